import { createHash } from "node:crypto";
import { createMiddleware } from "hono/factory";
import { keyedRequest } from "../../operations/idempotency.ts";
import type { AppEnv } from "../context.ts";

/**
 * A request with an `Idempotency-Key` runs with the key and a SHA-256 of its method, path and
 * body, so that `idempotent()` can refuse the same key reused for another request.
 */
export const idempotencyKey = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.header("idempotency-key");
    if (!key || c.req.method === "GET" || c.req.method === "HEAD") return next();
    const body = new Uint8Array(await c.req.arrayBuffer());
    const fingerprint = createHash("sha256")
      .update(`${c.req.method} ${c.req.path}\n`)
      .update(body)
      .digest("hex");
    return keyedRequest.run({ key, fingerprint }, next);
  });
