import { Hono } from "hono";
import { OPEN_DATA_COUNTS, percent, SMALL_CELL } from "../../domain/measures.ts";
import { periodDays, periodQuery } from "../../domain/period.ts";
import { localDate } from "../../domain/time.ts";
import { type Lang, t } from "../../i18n/index.ts";
import { refreshReportAggregates } from "../../operations/refresh-report-aggregates.ts";
import { currentCalendar } from "../../queries/calendar.ts";
import {
  OPEN_DATA_COLUMNS,
  type OpenData,
  openDataDictionary,
  openDataMonthly,
} from "../../queries/open-data.ts";
import { type ReportChoices, reportChoices } from "../../queries/report-cases.ts";
import type { AppEnv } from "../context.ts";
import { ChartWithTable, PeriodFields, ReportTable } from "../reports/report-page.tsx";
import { answerKey, type Table } from "../reports/tables.ts";
import { Button } from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";

type Column = (typeof OPEN_DATA_COLUMNS)[number];

/** A column's heading: the report's words where they exist. */
function header(lang: Lang, field: Column): string {
  const key: Record<string, string> = {
    month: "report.col.month",
    bodyId: "report.col.body",
    regionCode: "report.region",
    serviceId: "report.col.service",
    received: "measure.received",
    answered: "openData.col.answered",
    onTimeShare: "measure.onTimeShare",
    medianDays: "measure.medianDays",
  };
  return t(lang, key[field] ?? answerKey(field));
}

/** The open data as a page table: names for ids, "<5" for a suppressed count, "—" for no rate. */
function openDataTable(data: OpenData, names: ReportChoices, lang: Lang): Table {
  const counts = new Set<string>(OPEN_DATA_COUNTS);
  const cell = (field: Column, v: string | number | null): string => {
    if (v === null) return counts.has(field) ? `<${SMALL_CELL}` : "—";
    if (field === "bodyId") return names.bodies.get(String(v))?.[lang] ?? String(v);
    if (field === "serviceId") return names.services.get(String(v))?.[lang] ?? String(v);
    if (field === "onTimeShare") return percent(Number(v));
    return String(v);
  };
  return {
    key: "open-data",
    caption: t(lang, "openData.table"),
    headers: OPEN_DATA_COLUMNS.map((f) => header(lang, f)),
    rows: data.rows.map((row) => ({ cells: OPEN_DATA_COLUMNS.map((f) => cell(f, row[f] ?? null)) })),
  };
}

function OpenDataPage(p: { data: OpenData; table: Table; period: { from: string; to: string } }) {
  const { lang, tr } = useLang();
  const q = new URLSearchParams(p.period);
  return (
    <>
      <h1 class="govuk-heading-l">{tr("openData.title")}</h1>
      <p class="govuk-body">{tr("openData.lead", { n: SMALL_CELL })}</p>
      <form method="get" action={`/${lang}/open-data`} class="app-inbox-filters">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{tr("report.filters")}</legend>
          <PeriodFields from={p.period.from} to={p.period.to} />
          <Button>{tr("report.apply")}</Button>
        </fieldset>
      </form>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={`/api/v1/open-data/monthly?${q}&format=csv`} download>
            {tr("openData.csv")}
          </a>
        </li>
        <li>
          <a class="govuk-link" href={`/api/v1/open-data/monthly?${q}`}>
            {tr("openData.json")}
          </a>
        </li>
      </ul>
      <p class="govuk-body" data-testid="licence">
        {tr("openData.licence")}{" "}
        <a class="govuk-link" href={p.data.licence.url} rel="license">
          {p.data.licence.id}
        </a>
      </p>
      <p class="govuk-body" data-testid="calendar-version">
        {tr("openData.calendarVersion", { version: p.data.calendarVersion })}
      </p>
      <ChartWithTable
        id="chart-region"
        title={tr("openData.chart.byRegion")}
        bars={p.data.regions.map((r) => ({
          label: r.regionCode ? tr("openData.regionCode", { code: r.regionCode }) : tr("report.none"),
          share: r.onTimeShare,
        }))}
        labelHeader={tr("report.region")}
      />
      <ReportTable table={p.table} />
      <h2 class="govuk-heading-m">{tr("openData.dictionary")}</h2>
      <dl class="govuk-summary-list" data-testid="dictionary">
        {openDataDictionary(lang).map((d) => (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">
              <code>{d.field}</code>
            </dt>
            <dd class="govuk-summary-list__value">{d.description}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** The public open-data page (`/{lang}/open-data`): no sign-in. */
export function openDataPageRoutes() {
  const app = new Hono<AppEnv>();
  app.get("/open-data", async (c) => {
    const { db, now } = c.get("deps");
    const lang = c.get("lang");
    const today = localDate(now());
    const period = periodQuery((k) => (c.req.query(k) ?? "").trim(), today);
    const calendar = await currentCalendar(db);
    await refreshReportAggregates(db, calendar, { wait: false });
    const data = await openDataMonthly(db, calendar, periodDays(period.from, period.to), today);
    const names = await reportChoices(db, { bodyIds: null });
    return c.render(<OpenDataPage data={data} table={openDataTable(data, names, lang)} period={period} />, {
      title: t(lang, "openData.title"),
    });
  });
  return app;
}
