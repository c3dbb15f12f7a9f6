import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { AppEnv } from "../../context.ts";

const route = createRoute({
  method: "get",
  path: "/health",
  tags: ["operations"],
  summary: "Liveness and database check",
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

export function healthRoutes(api: OpenAPIHono<AppEnv>) {
  api.openapi(route, async (c) => {
    try {
      await c.get("deps").db.execute(sql`select 1`);
      return c.json({ status: "ok" as const, database: "ok" as const }, 200);
    } catch (err) {
      c.get("log").error({ err }, "health check failed");
      return c.json({ status: "error" as const, database: "error" as const }, 503);
    }
  });
}
