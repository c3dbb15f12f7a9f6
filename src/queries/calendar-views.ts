import type { Calendar, DayEntry, SkippedDay } from "../domain/calendar/index.ts";
import { civilDate, parseDate } from "../domain/calendar/index.ts";
import {
  APPC_2021,
  type BasisCode,
  computeDeadline,
  type DeadlineRequest,
} from "../domain/deadlines/index.ts";
import { DomainError } from "../domain/errors.ts";

/** The longest term the calculator accepts, in working days. */
export const MAX_WORKING_DAYS = 366;

/** The usual terms and the provision each comes from. */
export const STANDARD_TERMS = [3, 5, 15] as const;

export type DeadlineCalculation = {
  receivedOn: string;
  /** The receipt date, or the next working day when received on a non-working day (day 0). */
  registeredOn: string;
  deadline: string;
  workingDays: number;
  /** The non-working days after day 0 up to the deadline, with their reasons. */
  skipped: readonly SkippedDay[];
  calendarVersion: string;
  provisional: boolean;
  /** The provision of a standard term (3, 5 or 15 working days), else null. */
  basis: BasisCode | null;
};

/** How a standard term is asked of the deadline engine (current regime, the APPC). */
function requestFor(workingDays: number): Pick<DeadlineRequest, "kind" | "body" | "workingDays"> {
  if (workingDays === 3) return { kind: "forward", body: "provider" };
  if (workingDays === 15) return { kind: "review", body: "quality_authority" };
  return { kind: "review", body: "provider", workingDays };
}

/**
 * "From this date, N working days": day 0 is the receipt date or the next working day, the
 * deadline the N-th working day after it, by the counting rule of the regime in force. A date
 * outside the calendar names `from`, a term running past it `workingDays` (422).
 */
export function calculateDeadline(
  calendar: Calendar,
  from: string,
  workingDays: number,
): DeadlineCalculation {
  const { year } = civilDate(parseDate(from));
  if (year < calendar.firstYear || year > calendar.lastYear) {
    throw new DomainError("validation", "validation", [
      {
        field: "from",
        code: "date_out_of_calendar",
        params: { first: calendar.firstYear, last: calendar.lastYear },
      },
    ]);
  }
  let d: ReturnType<typeof computeDeadline>;
  try {
    d = computeDeadline({ calendar, regime: APPC_2021, startsOn: from, ...requestFor(workingDays) });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new DomainError("validation", "validation", [
      { field: "workingDays", code: "past_calendar", params: { last: calendar.lastYear } },
    ]);
  }
  return {
    receivedOn: from,
    registeredOn: d.dayZero,
    deadline: d.computedDue,
    workingDays: d.workingDays,
    skipped: d.skipped,
    calendarVersion: d.calendarVersion,
    provisional: d.provisional,
    basis: (STANDARD_TERMS as readonly number[]).includes(workingDays) ? d.basis.code : null,
  };
}

export type YearView = {
  year: number;
  /** No published data: the days off are projected from the statutory rules. */
  projected: boolean;
  workingDays: number;
  /** The exceptions to the Monday–Friday week, in date order. */
  days: DayEntry[];
};

/** The exceptions of one year, or a 422 naming `year` when it is outside the calendar. */
export function yearView(calendar: Calendar, year: number): YearView {
  if (!(Number.isInteger(year) && year >= calendar.firstYear && year <= calendar.lastYear)) {
    throw new DomainError("validation", "validation", [
      {
        field: "year",
        code: "year_out_of_calendar",
        params: { first: calendar.firstYear, last: calendar.lastYear },
      },
    ]);
  }
  return {
    year,
    projected: calendar.isProjected(year),
    workingDays: calendar.workingDaysInYear(year),
    days: calendar.entries(year),
  };
}
