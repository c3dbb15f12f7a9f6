import { and, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { complaints } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { TIME_ZONE } from "../domain/time.ts";
import { toCsv } from "./csv.ts";

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
const decidedOn = sql`((${complaints.decision}->>'decidedAt')::timestamptz at time zone ${zone})::date`;
const holder = sql.raw(`"complaints"."holder_id"`);
const id = sql.raw(`"complaints"."id"`);

/**
 * The auditor's summary: counts by status, outcome and ground; how many were registered after
 * their legal registration day; of the decided complaints, the
 * share decided by the last day of their review (extensions included) and the mean number of
 * working days from registration to decision on the official calendar.
 */
export async function reportSummary(db: Executor, calendar: Calendar, f: SummaryFilter) {
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
  const decided = await db
    .select({
      decidedOn: sql<string>`${decidedOn}::text`,
      registeredOn: sql<
        string | null
      >`(select min(r.registered_on)::text from registrations r where r.complaint_id = ${id} and r.organization_id = ${holder})`,
      lastDay: sql<
        string | null
      >`(select max(d.due)::text from deadlines d where d.complaint_id = ${id} and d.organization_id = ${holder} and d.kind in ('review', 'extension'))`,
    })
    .from(complaints)
    .where(and(condition, sql`${complaints.decision} is not null`));
  // Registered late: a registration clock (due on the legal registration day) closed after its
  // day, or still open after it — at any body the complaint reached.
  const [late] = await db
    .select({ n: count })
    .from(complaints)
    .where(
      and(
        condition,
        sql`exists (select 1 from deadlines d where d.complaint_id = ${id} and d.kind = 'registration' and coalesce(d.closed_on, ${f.today}::date) > d.due)`,
      ),
    );
  const timed = decided.filter((d) => d.registeredOn && d.lastDay);
  const onTime = timed.filter((d) => d.decidedOn <= d.lastDay!).length;
  const days = timed.map((d) => calendar.workingDaysBetween(d.registeredOn!, d.decidedOn));
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
    registeredLate: late?.n ?? 0,
    decided: timed.length,
    decidedOnTime: onTime,
    shareDecidedOnTime: timed.length ? Math.round((onTime / timed.length) * 1000) / 1000 : null,
    meanWorkingDays: days.length
      ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10
      : null,
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
