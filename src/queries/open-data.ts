import type { Executor } from "../db/connection.ts";
import { organizations } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { OPEN_DATA_COUNTS, OPEN_DATA_FIGURES, openDataFigures, SMALL_CELL } from "../domain/measures.ts";
import { type Lang, t } from "../i18n/index.ts";
import { toCsv } from "./csv.ts";
import { aggregateMeasures } from "./report-aggregates.ts";

/** The licence of the open data (its text is `openData.licence`). */
export const OPEN_DATA_LICENCE = { id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" };

/** The columns of a row: its keys, then the figures. */
export const OPEN_DATA_COLUMNS = [
  "month",
  "bodyId",
  "regionCode",
  "serviceId",
  ...OPEN_DATA_FIGURES,
] as const;

/**
 * Monthly aggregates per body and service, for everyone: no personal data, small cells
 * suppressed (`openDataFigures`), with the calendar version the working days were counted on.
 */
export async function openDataMonthly(
  db: Executor,
  calendar: Calendar,
  period: { from: string; to: string },
  today: string,
) {
  const filter = { ...period, scope: { bodyIds: null } };
  const [groups, regions] = await aggregateMeasures(
    db,
    filter,
    [["month", "body", "service"], ["region"]],
    today,
  );
  const region = await bodyRegions(db);
  return {
    period,
    calendarVersion: calendar.version,
    licence: OPEN_DATA_LICENCE,
    rows: groups!.map((g) => {
      const [month, bodyId, serviceId] = g.key.split("|") as [string, string, string];
      return {
        month,
        bodyId,
        regionCode: region.get(bodyId) ?? null,
        serviceId: serviceId || null,
        ...openDataFigures(g.measures),
      };
    }),
    /** The on-time share by region (the first two digits of the KATO code), over at least 5 answers. */
    regions: regions!.map((g) => ({
      regionCode: g.key,
      onTimeShare: openDataFigures(g.measures).onTimeShare,
    })),
  };
}

/** Each body's region code (KATO). */
async function bodyRegions(db: Executor) {
  const rows = await db
    .select({ id: organizations.id, region: organizations.regionCode })
    .from(organizations);
  return new Map(rows.map((r) => [r.id, r.region]));
}
export type OpenData = Awaited<ReturnType<typeof openDataMonthly>>;

/** The rows as CSV with the field names as headers; a suppressed count reads "<5". */
export function openDataCsv(data: OpenData): string {
  const counts = new Set<string>(OPEN_DATA_COUNTS);
  return toCsv([
    [...OPEN_DATA_COLUMNS],
    ...data.rows.map((row) =>
      OPEN_DATA_COLUMNS.map((k) => {
        const v = row[k];
        if (v === null) return counts.has(k) ? `<${SMALL_CELL}` : "";
        return String(v);
      }),
    ),
  ]);
}

/** The data dictionary: each column and what it holds, in `lang`. */
export const openDataDictionary = (lang: Lang) =>
  OPEN_DATA_COLUMNS.map((field) => ({ field, description: t(lang, `openData.field.${field}`) }));
