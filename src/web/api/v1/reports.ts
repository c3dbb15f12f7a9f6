import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { DomainError } from "../../../domain/errors.ts";
import { localDate } from "../../../domain/time.ts";
import { refreshReportAggregates } from "../../../operations/refresh-report-aggregates.ts";
import { currentCalendar } from "../../../queries/calendar.ts";
import { reportSummary, summaryCsv } from "../../../queries/report-summary.ts";
import type { AppEnv } from "../../context.ts";
import { requireUser } from "../../guards.ts";
import { IsoDate } from "./complaint-schemas.ts";
import { Problem } from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/reports/summary",
  tags: ["reports"],
  summary:
    "Counts by status, outcome and ground; share decided on time; mean working days (quality authority: its region; head: its organization; admin: all). Accept: text/csv for CSV",
  request: {
    query: z.object({
      from: IsoDate.optional(),
      to: IsoDate.optional(),
      organizationId: z.string().max(100).optional(),
      region: z
        .string()
        .regex(/^\d{1,9}$/, "invalid")
        .optional(),
    }),
  },
  responses: {
    200: {
      description: "The summary",
      content: {
        "application/json": {
          schema: z.object({ total: z.number(), shareDecidedOnTime: z.number().nullable() }).passthrough(),
        },
        "text/csv": { schema: z.string() },
      },
    },
    401: { description: "Not signed in", content: { "application/problem+json": { schema: Problem } } },
    403: { description: "Not allowed", content: { "application/problem+json": { schema: Problem } } },
  },
});

export function reportRoutes(api: OpenAPIHono<AppEnv>) {
  api.openapi(route, async (c) => {
    const user = requireUser(c, ["head", "registrar", "admin"]);
    const q = c.req.valid("query");
    const { db, now } = c.get("deps");
    const today = localDate(now());
    // What each role may compare: the quality authority its region, a head its organization.
    let { organizationId, region } = q;
    if (user.role !== "admin") {
      if (user.organizationKind === "quality_authority" && user.regionCode) region = user.regionCode;
      else if (user.role === "head") organizationId = user.organizationId ?? "";
      else throw new DomainError("forbidden", "forbidden");
    }
    // The timeliness figures come from the report sums: caught up first, as the report page does.
    await refreshReportAggregates(db, await currentCalendar(db), { wait: false });
    const summary = await reportSummary(db, {
      from: q.from ?? `${today.slice(0, 4)}-01-01`,
      to: q.to ?? today,
      today,
      organizationId,
      region,
    });
    if ((c.req.header("accept") ?? "").includes("text/csv")) {
      return c.body(summaryCsv(summary), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="summary-${summary.from}-${summary.to}.csv"`,
      }) as never;
    }
    return c.json(summary, 200);
  });
}
