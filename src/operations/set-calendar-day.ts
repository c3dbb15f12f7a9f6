import type { Db } from "../db/connection.ts";
import {
  type DayEntry,
  type DayKind,
  isWeekend,
  type LocalizedName,
  parseDayEntry,
} from "../domain/calendar/index.ts";
import { DomainError, type FieldIssue } from "../domain/errors.ts";
import {
  type CalendarChangeContext,
  type CalendarChangeResult,
  changeCalendarDay,
  checkedDate,
} from "./calendar-change.ts";

export type SetCalendarDayInput = {
  date: string;
  working: boolean;
  kind: DayKind;
  name: LocalizedName;
  /** The act or publication the entry rests on (kept with the entry and in the audit event). */
  source: string;
  provisional?: boolean;
  reason: string;
};

/**
 * Sets one exception to the Monday–Friday week (a weekday off, or a Saturday/Sunday worked),
 * replacing the entry of that date; audited with the reason and source, and the running
 * deadlines are recomputed in the same transaction.
 */
export async function setCalendarDay(
  db: Db,
  input: SetCalendarDayInput,
  ctx: Omit<CalendarChangeContext, "reason" | "source">,
): Promise<CalendarChangeResult> {
  const day = checkedDate(input.date);
  const issues: FieldIssue[] = [];
  if (input.working !== (input.kind === "working_day")) {
    issues.push({ field: "working", code: "working_day_kind" });
  } else if (isWeekend(day) && !input.working) {
    issues.push({ field: "kind", code: "weekend_already_off" });
  } else if (!isWeekend(day) && input.working) {
    issues.push({ field: "kind", code: "weekday_already_working" });
  }
  if (issues.length) throw new DomainError("validation", "validation", issues);
  const entry: DayEntry = parseDayEntry({
    date: input.date,
    working: input.working,
    kind: input.kind,
    name: input.name,
    source: input.source,
    provisional: input.provisional ?? false,
  });
  return changeCalendarDay(
    db,
    input.date,
    "calendar.day_set",
    { ...ctx, reason: input.reason, source: input.source },
    () => entry,
  );
}
