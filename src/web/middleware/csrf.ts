import { createMiddleware } from "hono/factory";
import { DomainError } from "../../domain/errors.ts";
import type { AppEnv } from "../context.ts";
import { csrfMatches, usesBearer } from "./session.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Every state-changing request made with the session cookie carries the CSRF token: the `_csrf`
 * field of a form or the `X-CSRF-Token` header. JSON bodies cannot be sent cross-site without a
 * CORS preflight (none is allowed), so they pass when their Origin, if any, is ours; bearer
 * requests carry no ambient credential.
 */
export const csrf = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (SAFE.has(c.req.method) || usesBearer(c)) return next();
    const origin = c.req.header("origin");
    // PUBLIC_URL's origin (a browser's Origin has no path and no trailing slash).
    const ours = new URL(c.get("deps").config.publicUrl).origin;
    if (origin && origin !== new URL(c.req.url).origin && origin !== ours) {
      throw new DomainError("forbidden", "csrf");
    }
    const type = c.req.header("content-type") ?? "";
    if (type.startsWith("application/json")) return next();
    let presented = c.req.header("x-csrf-token");
    if (
      !presented &&
      (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))
    ) {
      const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      presented = typeof body._csrf === "string" ? body._csrf : undefined;
    }
    if (!csrfMatches(c, presented)) throw new DomainError("forbidden", "csrf");
    return next();
  });
