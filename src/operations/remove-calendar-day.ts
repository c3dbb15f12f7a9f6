import type { Db } from "../db/connection.ts";
import { DomainError } from "../domain/errors.ts";
import {
  type CalendarChangeContext,
  type CalendarChangeResult,
  changeCalendarDay,
} from "./calendar-change.ts";

export type RemoveCalendarDayInput = {
  date: string;
  reason: string;
  /** The act or publication the removal rests on. */
  source: string;
};

/**
 * Removes the exception of a date: the day follows the Monday–Friday week again. Audited with
 * the reason and source; the running deadlines are recomputed in the same transaction (a date
 * already announced to an applicant is never moved earlier). 404 when the date has no exception.
 */
export async function removeCalendarDay(
  db: Db,
  input: RemoveCalendarDayInput,
  ctx: Omit<CalendarChangeContext, "reason" | "source">,
): Promise<CalendarChangeResult> {
  return changeCalendarDay(
    db,
    input.date,
    "calendar.day_removed",
    { ...ctx, reason: input.reason, source: input.source },
    (_before, previous) => {
      if (!previous) throw new DomainError("not_found", "calendar_day_not_found", [], { date: input.date });
      return null;
    },
  );
}
