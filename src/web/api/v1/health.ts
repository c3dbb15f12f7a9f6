import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { Context } from "hono";
import { DatabaseUnavailable, describeFailure, RETRY_AFTER_SECONDS } from "../../../db/availability.ts";
import type { AppEnv } from "../../context.ts";

const route = createRoute({
  method: "get",
  path: "/health",
  tags: ["operations"],
  summary: "Liveness and database check",
  description:
    "Answers 503 when the database is known to be away or does not answer `select 1` within HEALTH_TIMEOUT_MS.",
  responses: {
    200: {
      description: "Healthy",
      content: {
        "application/json": { schema: z.object({ status: z.literal("ok"), database: z.literal("ok") }) },
      },
    },
    503: {
      description: "Database unreachable",
      content: {
        "application/json": {
          schema: z.object({ status: z.literal("error"), database: z.literal("error") }),
        },
      },
    },
  },
});

class HealthTimeout extends Error {}

/** `select 1`, or a rejection after `ms` (a stalled server must not stall the health check). */
async function ping(c: Context<AppEnv>, ms: number): Promise<void> {
  const { db, availability } = c.get("deps");
  if (availability.down) throw new DatabaseUnavailable();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HealthTimeout(`no answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([db.execute(sql`select 1`), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(api: OpenAPIHono<AppEnv>) {
  api.openapi(route, async (c) => {
    c.header("Cache-Control", "no-store");
    const { availability, config } = c.get("deps");
    try {
      await ping(c, config.healthTimeoutMs);
      return c.json({ status: "ok" as const, database: "ok" as const }, 200);
    } catch (err) {
      if (err instanceof HealthTimeout) availability.suspect();
      else availability.report(err);
      c.get("log").warn({ reason: describeFailure(err) }, "health check failed");
      c.header("Retry-After", String(RETRY_AFTER_SECONDS));
      return c.json({ status: "error" as const, database: "error" as const }, 503);
    }
  });
}
