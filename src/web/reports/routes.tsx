import { Hono } from "hono";
import { GROUNDS, type Ground } from "../../domain/complaint.ts";
import { DomainError } from "../../domain/errors.ts";
import { periodDays, periodQuery } from "../../domain/period.ts";
import { localDate } from "../../domain/time.ts";
import { t } from "../../i18n/index.ts";
import { refreshReportAggregates } from "../../operations/refresh-report-aggregates.ts";
import { currentCalendar } from "../../queries/calendar.ts";
import {
  performanceReport,
  reportChoices,
  reportLinkScope,
  reportScope,
  withinScope,
} from "../../queries/report-cases.ts";
import type { AppEnv } from "../context.ts";
import { requireUser } from "../guards.ts";
import { sendTable } from "./export.ts";
import { ReportPage, type ReportQuery } from "./report-page.tsx";
import { type LinkOf, reportTables } from "./tables.ts";

/**
 * The performance report (`/{lang}/reports`) for the quality authority (its region; the national
 * office all), akimats (their bodies) and heads (their own body): filters, breakdowns, the
 * recently overdue, a chart, and each table as CSV or XLSX (`?format=csv&table=body`).
 */
export function reportPageRoutes() {
  const app = new Hono<AppEnv>();
  app.get("/reports", async (c) => {
    const user = requireUser(c, ["head", "admin"]);
    const { db, now, config } = c.get("deps");
    const lang = c.get("lang");
    const scope = await reportScope(db, user);
    if (!scope) throw new DomainError("forbidden", "forbidden");
    const today = localDate(now());
    const raw = (k: string) => (c.req.query(k) ?? "").trim();
    const choices = await reportChoices(db, scope);
    const query: ReportQuery = {
      ...periodQuery(raw, today),
      region: choices.regions.includes(raw("region")) ? raw("region") : "",
      body: choices.bodies.has(raw("body")) ? raw("body") : "",
      service: choices.services.has(raw("service")) ? raw("service") : "",
      ground: (GROUNDS as readonly string[]).includes(raw("ground")) ? raw("ground") : "",
    };
    await refreshReportAggregates(db, await currentCalendar(db), { wait: false });
    const period = periodDays(query.from, query.to);
    const report = await performanceReport(
      db,
      {
        ...period,
        scope,
        region: query.region || undefined,
        bodyId: query.body || undefined,
        serviceId: query.service || undefined,
        ground: (query.ground || undefined) as Ground | undefined,
      },
      today,
    );
    const threshold = config.reportOnTimeThreshold;
    // Every number links to the inbox listing its complaints, where the reader may see them all.
    const linkScope = await reportLinkScope(db, user);
    const linkOf: LinkOf = (group, filters) => {
      const body = group.body ?? query.body;
      const bodies = body
        ? [body]
        : [...choices.bodies.keys()].filter(
            (id) => !query.region || choices.regionOf.get(id)?.startsWith(query.region),
          );
      if (!withinScope(bodies, linkScope)) return null;
      const month = group.month ? periodDays(group.month, group.month) : period;
      const service = group.service === undefined ? query.service : group.service || "none";
      const params = new URLSearchParams({ from: month.from, to: month.to });
      for (const [k, v] of Object.entries({
        body,
        region: query.region,
        service,
        ground: query.ground,
        ...filters,
      }))
        if (v) params.set(k, v);
      return `/${lang}/staff?${params}`;
    };
    const tables = reportTables(report, choices, lang, threshold, linkOf, query.ground);
    const format = raw("format");
    if (format) {
      const table = tables.find((x) => x.key === raw("table"));
      if (!table) throw new DomainError("not_found", "not_found");
      return sendTable(c, table, format, `report-${table.key}-${query.from}-${query.to}`);
    }
    const bars = report.body.map((g) => ({
      label: choices.bodies.get(g.key)?.[lang] ?? g.key,
      share: g.measures.onTimeShare.share,
    }));
    return c.render(
      <ReportPage query={query} choices={choices} tables={tables} bars={bars} threshold={threshold} />,
      {
        title: t(lang, "report.title"),
      },
    );
  });
  return app;
}
