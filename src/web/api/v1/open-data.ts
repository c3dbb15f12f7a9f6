import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { MONTH, periodDays, periodQuery } from "../../../domain/period.ts";
import { localDate } from "../../../domain/time.ts";
import { LANGS } from "../../../i18n/index.ts";
import { refreshReportAggregates } from "../../../operations/refresh-report-aggregates.ts";
import { currentCalendar } from "../../../queries/calendar.ts";
import { openDataCsv, openDataDictionary, openDataMonthly } from "../../../queries/open-data.ts";
import type { AppEnv } from "../../context.ts";
import { Problem } from "./schemas.ts";

const Month = z.string().regex(MONTH, "invalid");

const route = createRoute({
  method: "get",
  path: "/open-data/monthly",
  tags: ["open data"],
  summary:
    'Monthly aggregates per body and service, public: counts (1–4 suppressed as null, "<5" in CSV), on-time share and median working days (over at least 5 answers), outcomes; licence, data dictionary, calendar version. ?format=csv for CSV',
  request: {
    query: z.object({
      from: Month.optional(),
      to: Month.optional(),
      format: z.enum(["json", "csv"]).optional(),
    }),
  },
  responses: {
    200: {
      description: "The aggregates",
      content: {
        "application/json": {
          schema: z
            .object({
              calendarVersion: z.string(),
              licence: z.object({ id: z.string(), url: z.string() }),
              rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
            })
            .passthrough(),
        },
        "text/csv": { schema: z.string() },
      },
    },
    422: { description: "Invalid month", content: { "application/problem+json": { schema: Problem } } },
  },
});

/** The open data: no sign-in. */
export function openDataRoutes(api: OpenAPIHono<AppEnv>) {
  api.openapi(route, async (c) => {
    const q = c.req.valid("query");
    const { db, now } = c.get("deps");
    const today = localDate(now());
    const period = periodQuery((k) => q[k as "from" | "to"] ?? "", today);
    const calendar = await currentCalendar(db);
    await refreshReportAggregates(db, calendar, { wait: false });
    const data = await openDataMonthly(db, calendar, periodDays(period.from, period.to), today);
    if (q.format === "csv") {
      return c.body(openDataCsv(data), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="open-data-monthly-${period.from}-${period.to}.csv"`,
      }) as never;
    }
    return c.json(
      {
        ...data,
        period,
        dictionary: Object.fromEntries(LANGS.map((lang) => [lang, openDataDictionary(lang)])),
      },
      200,
    );
  });
}
