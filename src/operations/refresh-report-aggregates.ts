import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/connection.ts";
import { reportDaily, reportDirty, reportState } from "../db/schema.ts";
import { daysInMonth } from "../domain/calendar/dates.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { tallyCells } from "../domain/measure-tally.ts";
import { loadCases } from "../queries/report-cases.ts";

/** The rows of a raw statement (both drivers answer `{ rows }`). */
const rowsOf = async <T>(q: Promise<unknown>) => ((await q) as { rows: T[] }).rows;

/**
 * Keeps the report sums (`report_daily`, `report_pairs`) current: recounts only the days and
 * bodies of the complaints changed since the last run (`report_dirty`, filled by a trigger), or
 * everything when asked (`full`), on the first run, or when the calendar changed (working days
 * are counted on it). The cases are measured by the same domain functions as a direct recount.
 * One transaction under an advisory lock, so two runners never interleave; a reader catching up
 * before a report (`wait: false`) does not queue behind a running refresh, it reads as of it.
 */
export async function refreshReportAggregates(
  db: Db,
  calendar: Calendar,
  o: { full?: boolean; now?: Date; wait?: boolean } = {},
): Promise<{ full: boolean; days: number; complaints: number } | null> {
  return db.transaction(async (tx) => {
    if (o.wait === false) {
      const [lock] = await rowsOf<{ ok: boolean }>(
        tx.execute(sql`SELECT pg_try_advisory_xact_lock(4242032) AS ok`),
      );
      if (!lock?.ok) return null;
    } else await tx.execute(sql`SELECT pg_advisory_xact_lock(4242032)`);
    const [state] = await tx.select().from(reportState).where(eq(reportState.id, 1));
    const full = Boolean(o.full) || !state || state.calendarVersion !== calendar.version;
    // Taken first: a change committed after this reads again, one still running stays marked.
    const dirty = full
      ? []
      : (await tx.delete(reportDirty).returning({ id: reportDirty.complaintId })).map((r) => r.id);
    let days = 0;
    if (full) {
      await tx.delete(reportDirty);
      await tx.delete(reportDaily);
      await tx.execute(sql`DELETE FROM report_pairs`);
      const [range] = await rowsOf<{ first: string | null; last: string | null }>(
        tx.execute(
          sql`SELECT min(starts_on)::text AS first, max(starts_on)::text AS last FROM deadlines WHERE kind = 'registration'`,
        ),
      );
      if (range?.first && range.last) {
        for (let month = range.first.slice(0, 7); month <= range.last.slice(0, 7); month = nextMonth(month)) {
          const [y, m] = month.split("-").map(Number) as [number, number];
          await recount(
            tx,
            calendar,
            `${month}-01`,
            `${month}-${String(daysInMonth(y, m)).padStart(2, "0")}`,
            null,
          );
          days += daysInMonth(y, m);
        }
      }
    } else if (dirty.length) {
      // The cases of the changed complaints: their days and bodies are counted again, whole.
      const touched = new Map<string, Set<string>>();
      for (let i = 0; i < dirty.length; i += 5000) {
        const rows = await rowsOf<{ day: string; body: string }>(
          tx.execute(
            sql`SELECT DISTINCT starts_on::text AS day, organization_id AS body FROM deadlines
                 WHERE kind = 'registration' AND complaint_id IN ${dirty.slice(i, i + 5000)}`,
          ),
        );
        for (const r of rows) touched.set(r.day, (touched.get(r.day) ?? new Set()).add(r.body));
      }
      for (const [day, bodies] of touched) await recount(tx, calendar, day, day, [...bodies]);
      days = touched.size;
    }
    if (!full && !dirty.length) return { full, days, complaints: 0 };
    await tx
      .insert(reportState)
      .values({ id: 1, calendarVersion: calendar.version, refreshedAt: o.now ?? new Date() })
      .onConflictDoUpdate({
        target: reportState.id,
        set: { calendarVersion: calendar.version, refreshedAt: o.now ?? new Date() },
      });
    return { full, days, complaints: dirty.length };
  });
}

const nextMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
};

/** Replaces the sums of the days `from`–`to` (of `bodies`, or all) by a recount of their cases. */
async function recount(tx: Tx, calendar: Calendar, from: string, to: string, bodies: string[] | null) {
  const inDays = sql`BETWEEN ${from}::date AND ${to}::date`;
  await tx
    .delete(reportDaily)
    .where(and(sql`${reportDaily.day} ${inDays}`, bodies ? inArray(reportDaily.bodyId, bodies) : undefined));
  const inBodies = (col: string) => (bodies ? sql`AND ${sql.raw(col)} IN ${bodies}` : sql``);
  await tx.execute(sql`DELETE FROM report_pairs WHERE day ${inDays} ${inBodies("body_id")}`);
  const cases = await loadCases(tx, { from, to, scope: { bodyIds: bodies } });
  const cells = tallyCells(cases, calendar).map((c) => ({
    day: c.day,
    bodyId: c.bodyId,
    serviceId: c.serviceId,
    grounds: c.grounds,
    cases: c.tally.cases,
    regLate: c.tally.regLate,
    fwdDone: c.tally.fwdDone,
    fwdMet: c.tally.fwdMet,
    revDone: c.tally.revDone,
    revMet: c.tally.revMet,
    otDone: c.tally.otDone,
    otMet: c.tally.otMet,
    answered: c.tally.answered,
    escalated: c.tally.escalated,
    escDecided: c.tally.escDecided,
    escUpheld: c.tally.escUpheld,
    satisfied: c.tally.outcomes.satisfied,
    partiallySatisfied: c.tally.outcomes.partially_satisfied,
    notSatisfied: c.tally.outcomes.not_satisfied,
    favourableAct: c.tally.outcomes.favourable_act,
    leftWithoutConsideration: c.tally.outcomes.left_without_consideration,
    withdrawn: c.tally.outcomes.withdrawn,
    refusals: c.tally.refusals,
    days: c.tally.days,
    openDue: c.tally.openDue,
    regOpenDue: c.tally.regOpenDue,
  }));
  for (let i = 0; i < cells.length; i += 1000) await tx.insert(reportDaily).values(cells.slice(i, i + 1000));
  // Each case with an earlier case of its complaint (the nearest before it, by day received).
  await tx.execute(sql`
    INSERT INTO report_pairs (day, body_id, prev_day, prev_body_id, service_id, grounds, n)
    SELECT x.starts_on, x.organization_id, x.prev_day, x.prev_body, coalesce(c.service_id, ''),
           (SELECT coalesce(jsonb_agg(DISTINCT g.v COLLATE "C" ORDER BY g.v COLLATE "C"), '[]'::jsonb)
              FROM jsonb_array_elements_text(c.grounds) AS g(v)), count(*)
      FROM (SELECT r.complaint_id, r.starts_on, r.organization_id,
                   lag(r.starts_on) OVER w AS prev_day, lag(r.organization_id) OVER w AS prev_body
              FROM deadlines r
             WHERE r.kind = 'registration'
               AND r.complaint_id IN (SELECT complaint_id FROM deadlines
                                       WHERE kind = 'registration' AND starts_on ${inDays} ${inBodies("organization_id")})
            WINDOW w AS (PARTITION BY r.complaint_id ORDER BY r.starts_on, r.created_at)) x
      JOIN complaints c ON c.id = x.complaint_id
     WHERE x.prev_day IS NOT NULL AND x.starts_on ${inDays} ${inBodies("x.organization_id")}
     GROUP BY 1, 2, 3, 4, 5, 6`);
}
