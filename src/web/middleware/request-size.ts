import { bodyLimit } from "hono/body-limit";
import { DomainError } from "../../domain/errors.ts";

/** No request body above this reaches a parser (a form may carry a couple of scans). */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;

/** Refuses an oversized body with 413 before anything reads it (the CSRF check parses forms). */
export const requestSizeLimit = () =>
  bodyLimit({
    maxSize: MAX_REQUEST_BYTES,
    onError: () => {
      throw new DomainError("payload_too_large", "payload_too_large");
    },
  });
