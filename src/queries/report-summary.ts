import { and, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { complaints } from "../db/schema.ts";
import { emptyTally, measuresOfTally } from "../domain/measure-tally.ts";
import { TIME_ZONE } from "../domain/time.ts";
import { toCsv } from "./csv.ts";
import { aggregateTallies } from "./report-aggregates.ts";

export type SummaryFilter = {
  /** Received from / to (dates in Asia/Almaty, inclusive). */
  from: string;
  to: string;
  organizationId?: string | undefined;
  /** A KATO prefix: complaints held by organizations of that region. */
  region?: string | undefined;
  /** Today in Asia/Almaty: a registration clock still open after its day is late too. */
  today: string;
};

const zone = sql.raw(`'${TIME_ZONE}'`);
const received = sql`(${complaints.receivedAt} at time zone ${zone})::date`;
const holder = sql.raw(`"complaints"."holder_id"`);

/**
 * The auditor's summary: counts by status, outcome and ground of the complaints received in the
 * period; and, by the measures of `src/domain/measures.ts` over the cases at the same bodies, how
 * many were registered late, of the reviews answered the share answered by their last lawful
 * day (extensions included) and the mean working days from registration to the answer.
 */
export async function reportSummary(db: Executor, f: SummaryFilter) {
  const where: SQL[] = [sql`${received} between ${f.from} and ${f.to}`];
  if (f.organizationId) where.push(sql`${complaints.holderId} = ${f.organizationId}`);
  if (f.region) {
    where.push(
      sql`exists (select 1 from organizations o where o.id = ${holder} and o.region_code like ${`${f.region}%`})`,
    );
  }
  const condition = and(...where);
  const count = sql<number>`count(*)`.mapWith(Number);
  const byStatus = await db
    .select({ key: complaints.status, n: count })
    .from(complaints)
    .where(condition)
    .groupBy(complaints.status);
  const byOutcome = await db
    .select({ key: complaints.outcome, n: count })
    .from(complaints)
    .where(and(condition, sql`${complaints.outcome} is not null`))
    .groupBy(complaints.outcome);
  const byGround = await db
    .select({ key: sql<string>`g.ground`, n: count })
    .from(sql`${complaints} cross join lateral jsonb_array_elements_text(${complaints.grounds}) as g(ground)`)
    .where(condition)
    .groupBy(sql`g.ground`);
  // Timeliness by the measures of src/domain/measures.ts over the cases at the same bodies, from
  // the daily sums (the caller catches them up first): registered late, decided on time, and the
  // mean working days read off the histogram of working days to answer.
  const [summed] = await aggregateTallies(
    db,
    {
      from: f.from,
      to: f.to,
      scope: { bodyIds: f.organizationId ? [f.organizationId] : null },
      region: f.region,
    },
    [[]],
    f.today,
  );
  const sums = summed?.[0];
  const tally = sums?.tally ?? emptyTally();
  const m = measuresOfTally(
    tally,
    sums?.extras ?? { received: 0, grounds: {}, overdueNow: 0, regOpenLate: 0 },
  );
  const late = m.registeredLate;
  const decided = m.decidedOnTime;
  const answers = tally.days.reduce((a, b) => a + b, 0);
  const dayTotal = tally.days.reduce((a, n, i) => a + n * i, 0);
  const total = byStatus.reduce((n, r) => n + r.n, 0);
  const asRecord = (rows: { key: string | null; n: number }[]) =>
    Object.fromEntries(rows.map((r) => [r.key, r.n]));
  return {
    from: f.from,
    to: f.to,
    organizationId: f.organizationId ?? null,
    region: f.region ?? null,
    total,
    byStatus: asRecord(byStatus),
    byOutcome: asRecord(byOutcome),
    byGround: asRecord(byGround),
    registeredLate: late.n,
    decided: decided.of,
    decidedOnTime: decided.n,
    shareDecidedOnTime: decided.share,
    meanWorkingDays: answers ? Math.round((dayTotal / answers) * 10) / 10 : null,
  };
}

export type Summary = Awaited<ReturnType<typeof reportSummary>>;

/** The summary as CSV: one `section,key,value` line per figure. */
export function summaryCsv(s: Summary): string {
  const lines = [["section", "key", "value"]];
  lines.push(["filter", "from", s.from], ["filter", "to", s.to]);
  if (s.organizationId) lines.push(["filter", "organizationId", s.organizationId]);
  if (s.region) lines.push(["filter", "region", s.region]);
  lines.push(["total", "complaints", String(s.total)]);
  for (const [section, record] of [
    ["status", s.byStatus],
    ["outcome", s.byOutcome],
    ["ground", s.byGround],
  ] as const) {
    for (const [key, n] of Object.entries(record)) lines.push([section, key, String(n)]);
  }
  lines.push(
    ["timeliness", "registeredLate", String(s.registeredLate)],
    ["timeliness", "decided", String(s.decided)],
    ["timeliness", "decidedOnTime", String(s.decidedOnTime)],
    ["timeliness", "shareDecidedOnTime", s.shareDecidedOnTime === null ? "" : String(s.shareDecidedOnTime)],
    ["timeliness", "meanWorkingDays", s.meanWorkingDays === null ? "" : String(s.meanWorkingDays)],
  );
  return toCsv(lines);
}
