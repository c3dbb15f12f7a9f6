import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/connection.ts";
import { calendarDays, calendarRevision, calendarYears } from "../db/schema.ts";
import {
  type Calendar,
  civilDate,
  type DayEntry,
  type LocalizedName,
  parseDate,
} from "../domain/calendar/index.ts";
import { DomainError, type FieldIssue } from "../domain/errors.ts";
import { loadCalendar } from "../queries/calendar.ts";
import type { RecomputeProgress } from "../queries/recompute-runs.ts";
import { advanceRecompute } from "./advance-recompute.ts";
import { audit } from "./audit.ts";
import { startRecompute } from "./start-recompute.ts";

/** Who changes the calendar and why: kept in the audit event. */
export type CalendarChangeContext = {
  actorId: string;
  reason: string;
  /** The act or publication the change rests on. */
  source: string;
  requestId?: string | null;
  now: Date;
  /**
   * How long the edit's own request works on the recompute after the edit is stored (default
   * `EDIT_RECOMPUTE_MS`); the job runner finishes what is left.
   */
  recomputeMs?: number;
};

/** A moment: a calendar with tens of thousands of open clocks is recomputed before the answer. */
export const EDIT_RECOMPUTE_MS = 2_000;

export type CalendarChangeResult = {
  date: string;
  before: DayEntry | null;
  after: DayEntry | null;
  calendarVersion: string;
  /** The recompute the change started, as far as it got before the answer. */
  recomputed: RecomputeProgress;
};

const invalid = (issues: FieldIssue[]) => new DomainError("validation", "validation", issues);

/** The day number of an existing ISO date, or a 422 naming `date`. */
export function checkedDate(date: string): number {
  try {
    return parseDate(date);
  } catch {
    throw invalid([{ field: "date", code: "date_iso" }]);
  }
}

export const toRow = (entry: DayEntry, actorId: string | null, at: Date) => ({
  date: entry.date,
  working: entry.working,
  kind: entry.kind,
  nameKk: entry.name.kk,
  nameRu: entry.name.ru,
  nameEn: entry.name.en,
  source: entry.source,
  provisional: entry.provisional,
  updatedAt: at,
  updatedBy: actorId,
});

export const dayJson = (entry: DayEntry) => ({
  date: entry.date,
  working: entry.working,
  kind: entry.kind,
  name: { ...entry.name } satisfies LocalizedName,
  source: entry.source,
  provisional: entry.provisional,
});

/**
 * Stores a projected year so that it can be edited: its row in `calendar_years` and the days off
 * projected from the statutory rules, copied in as they were (still provisional), so that adding
 * one day does not drop the year's other holidays.
 */
async function materializeYear(tx: Tx, calendar: Calendar, year: number, ctx: CalendarChangeContext) {
  const projected = calendar.entries(year);
  await tx.insert(calendarYears).values({
    year,
    sources: [],
    notes: [
      `Not published when first edited (${ctx.now.toISOString().slice(0, 10)}): the days off projected from the statutory rules were copied in, flagged provisional.`,
    ],
  });
  if (projected.length) await tx.insert(calendarDays).values(projected.map((e) => toRow(e, null, ctx.now)));
}

/**
 * One calendar change in ONE transaction: takes the calendar lock (the revision row, so that
 * concurrent edits apply one after the other and every process rebuilds), stores the year if it
 * was projected, stores the entry `decide` returns for the date (or none), starts the recompute
 * of the running deadlines on the new calendar (superseding one still running) and writes the
 * audit event. Then, outside it, the recompute runs in batches for `recomputeMs` — a short
 * transaction each, so no request waits on a clock for long — and the job runner finishes it.
 */
export async function changeCalendarDay(
  db: Db,
  date: string,
  action: "calendar.day_set" | "calendar.day_removed",
  ctx: CalendarChangeContext,
  decide: (before: Calendar, previous: DayEntry | null) => DayEntry | null,
): Promise<CalendarChangeResult> {
  const year = civilDate(checkedDate(date)).year;
  const stored = await db.transaction(async (tx) => {
    await tx
      .update(calendarRevision)
      .set({ revision: sql`${calendarRevision.revision} + 1` })
      .where(eq(calendarRevision.id, 1));
    const before = await loadCalendar(tx);
    if (year < before.firstYear || year > before.lastYear) {
      throw invalid([
        {
          field: "date",
          code: "date_out_of_calendar",
          params: { first: before.firstYear, last: before.lastYear },
        },
      ]);
    }
    const previous = before.entry(date) ?? null;
    const wasProjected = before.isProjected(year);
    const after = decide(before, previous);
    if (wasProjected) {
      await materializeYear(tx, before, year, ctx);
      // The copied entry of this date is replaced (or removed) by the change itself.
      await tx.delete(calendarDays).where(eq(calendarDays.date, date));
    }
    if (after) {
      const { date: _, ...row } = toRow(after, ctx.actorId, ctx.now);
      await tx
        .insert(calendarDays)
        .values({ date, ...row })
        .onConflictDoUpdate({ target: calendarDays.date, set: row });
    } else {
      await tx.delete(calendarDays).where(eq(calendarDays.date, date));
    }
    const calendar = await loadCalendar(tx);
    const runId = await startRecompute(tx, calendar.version, { actorId: ctx.actorId, now: ctx.now });
    await audit(tx, {
      actorId: ctx.actorId,
      action,
      entityType: "calendar_day",
      entityId: date,
      data: {
        before: previous && dayJson(previous),
        after: after && dayJson(after),
        reason: ctx.reason,
        source: ctx.source,
        ...(wasProjected && { yearStored: year }),
        calendarVersion: calendar.version,
        recompute: { run: runId },
      },
      requestId: ctx.requestId,
    });
    return { date, before: previous, after, calendarVersion: calendar.version };
  });
  const recomputed = await advanceRecompute(db, {
    now: ctx.now,
    budgetMs: ctx.recomputeMs ?? EDIT_RECOMPUTE_MS,
  });
  return { ...stored, recomputed: recomputed! };
}
