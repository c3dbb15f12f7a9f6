/** Days since 1970-01-01 (UTC arithmetic): the internal form of a calendar date. */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a proleptic Gregorian date (month 1–12). */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Year, month (1–12) and day of a day number. */
export function civilDate(n: DayNumber): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A date the calendar cannot place: not an existing YYYY-MM-DD, or outside the years the calendar
 * covers. Comes from input, so the web edge answers 422 rather than 500.
 */
export class DateOutOfRange extends RangeError {}

/** Parses an ISO date "YYYY-MM-DD"; throws a RangeError (DateOutOfRange) for any other text or an impossible date. */
export function parseDate(iso: string): DayNumber {
  const match = typeof iso === "string" ? ISO_DATE.exec(iso) : null;
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new DateOutOfRange(`Invalid date ${JSON.stringify(iso)}: expected an existing date as YYYY-MM-DD`);
  }
  return dayNumber(year, month, day);
}

/** Formats a day number as "YYYY-MM-DD". */
export function formatDate(n: DayNumber): string {
  const { year, month, day } = civilDate(n);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekday(n: DayNumber): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(n: DayNumber): boolean {
  return weekday(n) >= 6;
}

/**
 * The same date `months` months later, or the last day of that month when it has no such date
 * (31 Jan + 1 month = 28/29 Feb).
 */
export function addMonths(n: DayNumber, months: number): DayNumber {
  const { year, month, day } = civilDate(n);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
}
