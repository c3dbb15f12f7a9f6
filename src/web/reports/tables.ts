import { OUTCOMES, shortReference } from "../../domain/complaint.ts";
import {
  ANSWERS,
  belowThreshold,
  type MeasureKey,
  type Measures,
  type Ratio,
} from "../../domain/measures.ts";
import { type Lang, t } from "../../i18n/index.ts";
import type { Names } from "../../queries/organization-names.ts";
import type { PerformanceReport } from "../../queries/report-cases.ts";

/** A table cell: text, a count, a ratio (shown "n of m, x %", exported as the share) or nothing. */
export type Cell = string | number | Ratio | null;
/** `links[i]`: where cell i's number leads (the complaints behind it), if the reader may list them. */
export type TableRow = { cells: Cell[]; below?: boolean; href?: string; links?: (string | null)[] };
/** One report table: the page renders it, the CSV and XLSX exports write it. */
export type Table = { key: string; caption: string; headers: string[]; rows: TableRow[] };

/** The measures a breakdown shows, in order. */
export const BREAKDOWN_MEASURES = [
  "received",
  "registeredLate",
  "forwardedOnTime",
  "decidedOnTime",
  "onTimeShare",
  "overdueNow",
  "medianDays",
  "p90Days",
  "escalatedShare",
  "escalationsUpheld",
] as const satisfies readonly MeasureKey[];

export const measureCells = (m: Measures): Cell[] => BREAKDOWN_MEASURES.map((k) => m[k]);

/**
 * The inbox filters that list what a measure counts (its numerator for a ratio); the median and
 * the 90th percentile are not counts and link nowhere. docs/reports.md, "Every number links to
 * its complaints".
 */
export const MEASURE_LINKS: Partial<Record<(typeof BREAKDOWN_MEASURES)[number], Record<string, string>>> = {
  received: { unit: "complaint" },
  registeredLate: { clock: "registration", met: "0" },
  forwardedOnTime: { clock: "forward", met: "1" },
  decidedOnTime: { clock: "review", met: "1" },
  onTimeShare: { clock: "answer", met: "1" },
  overdueNow: { overdue: "1" },
  escalatedShare: { escalated: "1" },
  escalationsUpheld: { upheld: "1" },
};

/** A group of a report (a body, a service or a month; none: the total) and a measure's filters → a link, or null. */
export type LinkOf = (
  group: { body?: string; service?: string; month?: string },
  filters: Record<string, string>,
) => string | null;

export const isRatio = (cell: Cell): cell is Ratio => typeof cell === "object" && cell !== null;

/** An outcome's name: a decision's outcome, or the status of a refusal or a withdrawal. */
export const answerKey = (a: string) =>
  (OUTCOMES as readonly string[]).includes(a) ? `outcome.${a}` : `status.${a}`;

export type ReportNames = { bodies: Map<string, Names>; services: Map<string, Names> };

/** Every table of a performance report, in the reader's language. */
export function reportTables(
  report: PerformanceReport,
  names: ReportNames,
  lang: Lang,
  threshold: number,
  linkOf: LinkOf = () => null,
  groundFilter = "",
): Table[] {
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  const measureHeaders = BREAKDOWN_MEASURES.map((k) => tr(`measure.${k}`));
  const breakdown = (key: "body" | "service" | "month", label: (k: string) => string): Table => ({
    key,
    caption: tr(`report.by.${key}`),
    headers: [tr(`report.col.${key}`), ...measureHeaders],
    rows: report[key].map((g) => ({
      cells: [label(g.key), ...measureCells(g.measures)],
      below: key === "body" && belowThreshold(g.measures.onTimeShare, threshold),
      links: [null, ...measureLinks({ [key]: g.key })],
    })),
  });
  const measureLinks = (group: Parameters<LinkOf>[0]) =>
    BREAKDOWN_MEASURES.map((k) => {
      const filters = MEASURE_LINKS[k];
      return filters ? linkOf(group, filters) : null;
    });
  const counts = (
    key: string,
    record: Record<string, number>,
    label: (k: string) => string,
    filters: (k: string) => Record<string, string> | null,
  ): Table => ({
    key,
    caption: tr(`measure.${key}`),
    headers: [tr(`report.col.${key}`), tr("report.col.count")],
    rows: Object.entries(record).map(([k, n]) => {
      const f = filters(k);
      return { cells: [label(k), n], links: [null, f ? linkOf({}, f) : null] };
    }),
  });
  const nameOf = (map: Map<string, Names>) => (id: string) =>
    map.get(id)?.[lang] ?? (id || tr("report.none"));
  const total = report.total;
  const totalLinks = measureLinks({});
  return [
    {
      key: "total",
      caption: tr("report.totals"),
      headers: [tr("report.col.measure"), tr("report.col.value")],
      rows: BREAKDOWN_MEASURES.map((k, i) => ({
        cells: [tr(`measure.${k}`), total[k]],
        links: [null, totalLinks[i] ?? null],
      })),
    },
    breakdown("body", nameOf(names.bodies)),
    breakdown("service", nameOf(names.services)),
    breakdown("month", (k) => k),
    counts(
      "outcomes",
      Object.fromEntries(ANSWERS.map((a) => [a, total.outcomes[a]])),
      (k) => tr(answerKey(k)),
      (k) => ({ answer: k }),
    ),
    counts(
      "refusalsByGround",
      total.refusalsByGround,
      (k) => tr(`wf.leaveGround.${k}`),
      (k) => ({ refusal: k }),
    ),
    // Complaints stating a ground, each once; under a ground filter only that ground's row (the
    // inbox takes one ground).
    counts(
      "grounds",
      total.grounds,
      (k) => tr(`ground.${k}`),
      (k) => (groundFilter && groundFilter !== k ? null : { ground: k, unit: "complaint" }),
    ),
    {
      key: "overdue",
      caption: tr("report.overdue"),
      headers: [
        tr("report.col.complaint"),
        tr("report.col.body"),
        tr("report.col.service"),
        tr("report.col.overdueSince"),
      ],
      rows: report.overdue.map((r) => ({
        cells: [
          r.number ?? shortReference(r.complaintId),
          nameOf(names.bodies)(r.bodyId),
          nameOf(names.services)(r.serviceId ?? ""),
          r.overdueSince,
        ],
        href: `/${lang}/staff/complaints/${r.complaintId}`,
      })),
    },
  ];
}
