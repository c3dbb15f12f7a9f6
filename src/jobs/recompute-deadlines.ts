import { eq, inArray, isNull } from "drizzle-orm";
import type { Db, Executor } from "../db/connection.ts";
import { complaints, deadlines } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { type RegimeId, recomputeDeadline } from "../domain/deadlines/index.ts";
import { loadCalendar } from "../queries/calendar.ts";

export type RecomputeResult = {
  /** Open deadlines looked at. */
  checked: number;
  /** Those whose due or computed date changed. */
  changed: number;
  /** Deadlines that could not be recomputed (e.g. a term running past the calendar), left as they were. */
  failed: { id: string; error: string }[];
  calendarVersion: string;
};

const CHUNK = 500;

/**
 * Recomputes every running deadline of open complaints (`closed_on IS NULL`) on `calendar`,
 * inside the caller's transaction: the computed date follows the calendar, the due date is the
 * later of it and the date already announced to the applicant (never moved earlier). The rows
 * are locked while they are rewritten; unchanged ones only get the new calendar version.
 */
export async function recomputeDeadlines(tx: Executor, calendar: Calendar): Promise<RecomputeResult> {
  const rows = await tx
    .select({
      id: deadlines.id,
      kind: deadlines.kind,
      body: deadlines.body,
      startsOn: deadlines.startsOn,
      workingDays: deadlines.workingDays,
      due: deadlines.due,
      computedDue: deadlines.computedDue,
      announcedDue: deadlines.announcedDue,
      calendarVersion: deadlines.calendarVersion,
      regime: complaints.regime,
    })
    .from(deadlines)
    .innerJoin(complaints, eq(complaints.id, deadlines.complaintId))
    .where(isNull(deadlines.closedOn))
    .orderBy(deadlines.id)
    .for("update", { of: deadlines });

  const result: RecomputeResult = {
    checked: rows.length,
    changed: 0,
    failed: [],
    calendarVersion: calendar.version,
  };
  const sameDates: string[] = [];
  for (const row of rows) {
    let next: { due: string; computedDue: string };
    try {
      next = recomputeDeadline(
        {
          kind: row.kind,
          regime: row.regime as RegimeId,
          body: row.body,
          startsOn: row.startsOn,
          workingDays: row.workingDays,
          announcedDue: row.announcedDue,
        },
        calendar,
      );
    } catch (error) {
      result.failed.push({ id: row.id, error: (error as Error).message });
      continue;
    }
    if (next.due === row.due && next.computedDue === row.computedDue) {
      if (row.calendarVersion !== calendar.version) sameDates.push(row.id);
      continue;
    }
    result.changed++;
    await tx
      .update(deadlines)
      .set({ due: next.due, computedDue: next.computedDue, calendarVersion: calendar.version })
      .where(eq(deadlines.id, row.id));
  }
  for (let i = 0; i < sameDates.length; i += CHUNK) {
    await tx
      .update(deadlines)
      .set({ calendarVersion: calendar.version })
      .where(inArray(deadlines.id, sameDates.slice(i, i + CHUNK)));
  }
  return result;
}

/**
 * The job form: recomputes the running deadlines on the calendar as stored now, in one
 * transaction (e.g. after reference data were reloaded, or on a schedule as a safety net).
 */
export async function runRecomputeDeadlines(db: Db): Promise<RecomputeResult> {
  return db.transaction(async (tx) => recomputeDeadlines(tx, await loadCalendar(tx)));
}
