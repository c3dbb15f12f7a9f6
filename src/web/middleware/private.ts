import { timingSafeEqual } from "node:crypto";
import { createMiddleware } from "hono/factory";
import type { Config } from "../../config/env.ts";
import type { AppEnv } from "../context.ts";

/** `Cache-Control: no-store` unless the handler chose otherwise (pages and API answers are personal). */
export const noStore = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-store");
  });

/**
 * `/metrics` for the monitoring system only: with METRICS_TOKEN it asks for that bearer token;
 * without one it is served in development and absent (404) in production.
 */
export const metricsGuard = (config: Pick<Config, "metricsToken" | "production">) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!config.metricsToken) {
      if (config.production) return c.body(null, 404);
      return next();
    }
    const given = Buffer.from(c.req.header("authorization") ?? "");
    const expected = Buffer.from(`Bearer ${config.metricsToken}`);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return c.body(null, 401, { "WWW-Authenticate": 'Bearer realm="metrics"' });
    }
    return next();
  });
