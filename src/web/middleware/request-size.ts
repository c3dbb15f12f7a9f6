import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { DomainError } from "../../domain/errors.ts";
import type { AppEnv } from "../context.ts";

export const isMultipart = (type: string) => type.toLowerCase().startsWith("multipart/form-data");

/** No request body above this reaches a parser (a form may carry a couple of scans). */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;

/**
 * Refuses an oversized body with 413 before anything reads it (the CSRF check parses forms).
 * A multipart body is left to `multipartBody`, which streams it under the same limit.
 */
export const requestSizeLimit = () => {
  const limit = bodyLimit({
    maxSize: MAX_REQUEST_BYTES,
    onError: () => {
      throw new DomainError("payload_too_large", "payload_too_large");
    },
  });
  return createMiddleware<AppEnv>((c, next) =>
    isMultipart(c.req.header("content-type") ?? "") ? next() : limit(c, next),
  );
};
