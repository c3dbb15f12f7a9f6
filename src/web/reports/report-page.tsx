import { GROUNDS } from "../../domain/complaint.ts";
import { MEASURES, percent } from "../../domain/measures.ts";
import type { Lang } from "../../i18n/index.ts";
import type { ReportChoices } from "../../queries/report-cases.ts";
import { Button, Select } from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";
import { Table as UiTable } from "../ui/table.tsx";
import { type Bar, ShareChart } from "./chart.tsx";
import { type Cell, isRatio, type Table } from "./tables.ts";

export type ReportQuery = {
  from: string;
  to: string;
  region: string;
  body: string;
  service: string;
  ground: string;
};

/** A cell as the page shows it: a ratio as "n of m (x %)". */
function CellText({ cell }: { cell: Cell }) {
  const { tr } = useLang();
  if (cell === null) return <>—</>;
  if (isRatio(cell)) return <>{tr("report.ratio", { n: cell.n, of: cell.of, share: percent(cell.share) })}</>;
  return <>{String(cell)}</>;
}

/** The report period's first and last month (reports and open data). */
export function PeriodFields(p: { from: string; to: string }) {
  const { tr } = useLang();
  return (
    <>
      {(["from", "to"] as const).map((k) => (
        <div class="govuk-form-group">
          <label class="govuk-label" for={`f-${k}`}>
            {tr(`report.${k}`)}
          </label>
          <div class="govuk-hint" id={`f-${k}-hint`}>
            {tr("report.monthHint")}
          </div>
          <input
            class="govuk-input govuk-input--width-10"
            id={`f-${k}`}
            name={k}
            type="month"
            value={p[k]}
            aria-describedby={`f-${k}-hint`}
          />
        </div>
      ))}
    </>
  );
}

/** A report table with its CSV and XLSX links; rows under the threshold are tagged. */
export function ReportTable({
  table,
  exportHref,
}: {
  table: Table;
  exportHref?: (format: string) => string;
}) {
  const { tr } = useLang();
  return (
    // Wide tables scroll sideways on a desktop; the region takes the keyboard focus so that they
    // can be scrolled without a mouse (axe scrollable-region-focusable).
    <section class="app-report-table" id={`table-${table.key}`} aria-label={table.caption} tabindex={0}>
      <UiTable
        caption={table.caption}
        head={table.headers}
        rowHeaders
        attrs={{ "data-table": table.key }}
        empty={tr("report.empty")}
        rows={table.rows.map((row) => ({
          attrs: { class: row.below ? "govuk-table__row app-report__below" : "govuk-table__row" },
          cells: row.cells.map((cell, i) =>
            i === 0 ? (
              <>
                {row.href ? (
                  <a class="govuk-link" href={row.href}>
                    <CellText cell={cell} />
                  </a>
                ) : (
                  <CellText cell={cell} />
                )}
                {row.below && (
                  <>
                    {" "}
                    <strong class="govuk-tag govuk-tag--red">{tr("report.belowThreshold")}</strong>
                  </>
                )}
              </>
            ) : row.links?.[i] ? (
              <a
                class="govuk-link"
                href={row.links[i]!}
                data-link={table.key}
                data-count={isRatio(cell) ? cell.n : String(cell)}
              >
                <CellText cell={cell} />
              </a>
            ) : (
              <CellText cell={cell} />
            ),
          ),
        }))}
      />
      {exportHref && (
        <p class="govuk-body">
          <a class="govuk-link" href={exportHref("csv")} download>
            {tr("report.download.csv", { table: table.caption })}
          </a>
          {" · "}
          <a class="govuk-link" href={exportHref("xlsx")} download>
            {tr("report.download.xlsx", { table: table.caption })}
          </a>
        </p>
      )}
    </section>
  );
}

/** A chart with its data as a table beside it (the table is what a screen reader reads). */
export function ChartWithTable(p: {
  id: string;
  title: string;
  bars: Bar[];
  threshold?: number;
  labelHeader: string;
}) {
  const { tr } = useLang();
  return (
    <div class="govuk-grid-row app-chart-row">
      <div class="govuk-grid-column-two-thirds">
        <h2 class="govuk-heading-m">{p.title}</h2>
        <ShareChart id={p.id} title={p.title} bars={p.bars} threshold={p.threshold} />
        {p.threshold !== undefined && (
          <p class="govuk-body-s">{tr("report.chart.threshold", { threshold: percent(p.threshold) })}</p>
        )}
      </div>
      <div class="govuk-grid-column-one-third">
        <UiTable
          caption={tr("report.chart.data")}
          captionSize="s"
          class="govuk-table--small-text-until-tablet"
          head={[p.labelHeader, tr("measure.onTimeShare")]}
          rowHeaders
          rows={p.bars.map((b) => [b.label, percent(b.share)])}
        />
      </div>
    </div>
  );
}

/** Each measure: its name, what it counts, its clock and the law behind it. */
export function MeasureDefinitions() {
  const { tr } = useLang();
  return (
    <>
      <h2 class="govuk-heading-m">{tr("report.definitions")}</h2>
      <dl class="govuk-summary-list" data-testid="definitions">
        {Object.entries(MEASURES).map(([key, def]) => (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{tr(`measure.${key}`)}</dt>
            <dd class="govuk-summary-list__value">
              <p class="govuk-body">{tr(`measure.${key}.hint`)}</p>
              {def.clock && (
                <p class="govuk-body-s">{tr("report.clock", { clock: tr(`report.clock.${def.clock}`) })}</p>
              )}
              {def.basis.map((code) => (
                <p class="govuk-body-s">{tr(`basis.${code}`)}</p>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

const nameOptions = (lang: Lang, map: ReportChoices["bodies"]) =>
  [...map]
    .map(([id, n]) => ({ value: id, label: n[lang] }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));

/** The report page: filters (a GET form), the chart of on-time shares by body, every table. */
export function ReportPage(p: {
  query: ReportQuery;
  choices: ReportChoices;
  tables: Table[];
  bars: Bar[];
  threshold: number;
}) {
  const { lang, tr } = useLang();
  const params = new URLSearchParams(Object.entries(p.query).filter(([, v]) => v));
  const exportHref = (table: string) => (format: string) => {
    const q = new URLSearchParams(params);
    q.set("format", format);
    q.set("table", table);
    return `/${lang}/reports?${q}`;
  };
  const any = { value: "", label: tr("report.any") };
  return (
    <>
      <h1 class="govuk-heading-l">{tr("report.title")}</h1>
      <p class="govuk-body">{tr("report.lead", { threshold: percent(p.threshold) })}</p>
      <form method="get" action={`/${lang}/reports`} class="app-inbox-filters">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{tr("report.filters")}</legend>
          <PeriodFields from={p.query.from} to={p.query.to} />
          <Select
            name="region"
            label={tr("report.region")}
            value={p.query.region}
            options={[any, ...p.choices.regions.map((r) => ({ value: r, label: r }))]}
          />
          <Select
            name="body"
            label={tr("report.body")}
            value={p.query.body}
            options={[any, ...nameOptions(lang, p.choices.bodies)]}
          />
          <Select
            name="service"
            label={tr("report.service")}
            value={p.query.service}
            options={[any, ...nameOptions(lang, p.choices.services)]}
          />
          <Select
            name="ground"
            label={tr("report.ground")}
            value={p.query.ground}
            options={[any, ...GROUNDS.map((g) => ({ value: g, label: tr(`ground.${g}`) }))]}
          />
          <Button>{tr("report.apply")}</Button>
        </fieldset>
      </form>
      <ChartWithTable
        id="chart-body"
        title={tr("report.chart.byBody")}
        bars={p.bars}
        threshold={p.threshold}
        labelHeader={tr("report.col.body")}
      />
      {p.tables.map((table) => (
        <ReportTable table={table} exportHref={exportHref(table.key)} />
      ))}
      <MeasureDefinitions />
    </>
  );
}
