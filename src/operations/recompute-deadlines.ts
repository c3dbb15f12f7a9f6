import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db, Executor } from "../db/connection.ts";
import { complaints, deadlines, registrations } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { type RegimeId, recomputeDeadline } from "../domain/deadlines/index.ts";
import { loadCalendar } from "../queries/calendar.ts";
import { recordEvent } from "./complaint-events.ts";

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
export async function recomputeDeadlines(
  tx: Executor,
  calendar: Calendar,
  now: Date,
): Promise<RecomputeResult> {
  const rows = await tx
    .select({
      id: deadlines.id,
      complaintId: deadlines.complaintId,
      organizationId: deadlines.organizationId,
      kind: deadlines.kind,
      body: deadlines.body,
      startsOn: deadlines.startsOn,
      workingDays: deadlines.workingDays,
      due: deadlines.due,
      computedDue: deadlines.computedDue,
      announcedDue: deadlines.announcedDue,
      calendarVersion: deadlines.calendarVersion,
      regime: complaints.regime,
      language: complaints.language,
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
    // A later date of an announced term is announced in turn (and kept from then on).
    const announceLater = row.announcedDue !== null && next.due > row.due;
    await tx
      .update(deadlines)
      .set({
        due: next.due,
        computedDue: next.computedDue,
        calendarVersion: calendar.version,
        ...(announceLater ? { announcedDue: next.due } : {}),
      })
      .where(eq(deadlines.id, row.id));
    if (announceLater) await announceLaterAnswer(tx, row, next.due, now);
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
 * A review moved later by a calendar change: the talon's answer date follows (it is never moved
 * earlier) and the complaint's log says why.
 */
async function announceLaterAnswer(
  tx: Executor,
  row: { complaintId: string; organizationId: string; due: string; language: "kk" | "ru" | "en" },
  due: string,
  now: Date,
) {
  await tx
    .update(registrations)
    .set({ answerBy: due })
    .where(
      and(
        eq(registrations.complaintId, row.complaintId),
        eq(registrations.organizationId, row.organizationId),
        eq(registrations.answerBy, row.due),
      ),
    );
  await recordEvent(
    tx,
    {
      complaintId: row.complaintId,
      kind: "deadline_moved",
      mark: null,
      organizationId: row.organizationId,
      actor: null,
      at: now,
      data: { from: row.due, to: due, reason: "calendar_changed" },
    },
    row.language,
  );
}

/**
 * The job form: recomputes the running deadlines on the calendar as stored now, in one
 * transaction (e.g. after reference data were reloaded, or on a schedule as a safety net).
 */
export async function runRecomputeDeadlines(db: Db, now: Date): Promise<RecomputeResult> {
  return db.transaction(async (tx) => recomputeDeadlines(tx, await loadCalendar(tx), now));
}
