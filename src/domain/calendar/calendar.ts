import {
  civilDate,
  DateOutOfRange,
  type DayNumber,
  dayNumber,
  formatDate,
  isWeekend,
  parseDate,
} from "./dates.ts";
import { parseDayEntry } from "./parse.ts";
import { projectYear } from "./projection.ts";
import type { CalendarYearData, DayEntry, SkippedDay, StatutoryRules } from "./types.ts";

export interface CalendarOptions {
  /** Statutory rules used to project the years without data. */
  readonly rules: StatutoryRules;
  /** First and last year covered (defaults 2015 and 2040). */
  readonly firstYear?: number;
  readonly lastYear?: number;
}

/** Short stable hash (FNV-1a, 32 bits) of a text, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * The working-day calendar of Kazakhstan over a range of whole years. Immutable: `withDay` and
 * `withoutDay` return a new calendar. Every arithmetic call is O(1): `workingBefore[i]` counts
 * the working days before day index i and `workingIndex[k]` is the index of the k-th working day.
 * Build it with `buildCalendar` (the constructor takes already validated entries). Methods ending in N take and return day numbers (the hot path);
 * the others take and return ISO dates. Days outside the range throw a RangeError.
 */
export class Calendar {
  /** Changes whenever any entry or the covered range changes. */
  readonly version: string;
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  private readonly length: number;
  private readonly working: Uint8Array;
  private readonly workingBefore: Int32Array;
  private readonly workingIndex: Int32Array;
  private readonly provisionalBefore: Int32Array;

  constructor(
    private readonly byDay: ReadonlyMap<DayNumber, DayEntry>,
    /** Years without published data, projected from the statutory rules (wholly provisional). */
    readonly projectedYears: ReadonlySet<number>,
    readonly firstYear: number,
    readonly lastYear: number,
  ) {
    this.firstDay = dayNumber(this.firstYear, 1, 1);
    this.lastDay = dayNumber(this.lastYear, 12, 31);
    const length = this.lastDay - this.firstDay + 1;
    this.length = length;
    this.working = new Uint8Array(length);
    this.workingBefore = new Int32Array(length + 1);
    this.provisionalBefore = new Int32Array(length + 1);
    const indexes: number[] = [];
    for (let i = 0; i < length; i++) {
      const day = this.firstDay + i;
      const entry = byDay.get(day);
      const working = entry ? entry.working : !isWeekend(day);
      const provisional = entry?.provisional || projectedYears.has(civilDate(day).year);
      if (working) indexes.push(i);
      this.working[i] = working ? 1 : 0;
      this.workingBefore[i + 1] = this.workingBefore[i]! + (working ? 1 : 0);
      this.provisionalBefore[i + 1] = this.provisionalBefore[i]! + (provisional ? 1 : 0);
    }
    this.workingIndex = Int32Array.from(indexes);
    const entries = [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
    this.version = `kz-${fnv1a(JSON.stringify([this.firstYear, this.lastYear, [...projectedYears], entries]))}`;
  }

  private index(day: DayNumber): number {
    const i = day - this.firstDay;
    if (!(i >= 0 && i < this.length && Number.isInteger(i))) {
      throw new DateOutOfRange(
        `Day ${Number.isInteger(day) ? formatDate(day) : day} is outside the calendar (${this.firstYear}–${this.lastYear})`,
      );
    }
    return i;
  }

  /** Whether the day is a working day. */
  isWorkingN(day: DayNumber): boolean {
    return this.working[this.index(day)] === 1;
  }

  /** The day itself when it is a working day, otherwise the next working day. */
  nextWorkingDayN(day: DayNumber): DayNumber {
    return this.workingDayAt(this.workingBefore[this.index(day)]!);
  }

  /** The n-th working day after day 0 (day 0 itself is not counted; n = 0 gives day 0). */
  addWorkingDaysN(day0: DayNumber, n: number): DayNumber {
    const i = this.index(day0);
    if (n === 0) return day0;
    if (!(n > 0 && Number.isInteger(n)))
      throw new RangeError(`Working days must be a whole number ≥ 0, got ${n}`);
    return this.workingDayAt(this.workingBefore[i + 1]! + n - 1);
  }

  /** Working days in (a, b]: the inverse of addWorkingDaysN (negative when b is before a). */
  workingDaysBetweenN(a: DayNumber, b: DayNumber): number {
    return this.workingBefore[this.index(b) + 1]! - this.workingBefore[this.index(a) + 1]!;
  }

  private workingDayAt(ordinal: number): DayNumber {
    const i = this.workingIndex[ordinal];
    if (i === undefined)
      throw new DateOutOfRange(`The term runs past the end of the calendar (${this.lastYear})`);
    return this.firstDay + i;
  }

  /** Whether any day from `from` to `to` (inclusive) is provisional: a projected year or a provisional entry. */
  isProvisionalN(from: DayNumber, to: DayNumber = from): boolean {
    return this.provisionalBefore[this.index(to) + 1]! - this.provisionalBefore[this.index(from)]! > 0;
  }

  isWorking(date: string): boolean {
    return this.isWorkingN(parseDate(date));
  }

  nextWorkingDay(date: string): string {
    return formatDate(this.nextWorkingDayN(parseDate(date)));
  }

  addWorkingDays(day0: string, n: number): string {
    return formatDate(this.addWorkingDaysN(parseDate(day0), n));
  }

  workingDaysBetween(a: string, b: string): number {
    return this.workingDaysBetweenN(parseDate(a), parseDate(b));
  }

  isProvisional(from: string, to: string = from): boolean {
    return this.isProvisionalN(parseDate(from), parseDate(to));
  }

  /** Registration date of a filing received on `received`: that day, or the next working day. */
  registrationDate(received: string): string {
    return this.nextWorkingDay(received);
  }

  /** The non-working days strictly after `from` up to and including `to`, with their reasons. */
  skippedDays(from: string, to: string): SkippedDay[] {
    const skipped: SkippedDay[] = [];
    for (let day = parseDate(from) + 1, last = parseDate(to); day <= last; day++) {
      if (this.isWorkingN(day)) continue;
      const entry = this.byDay.get(day);
      skipped.push(
        entry
          ? { date: entry.date, kind: entry.kind, name: entry.name }
          : { date: formatDate(day), kind: "weekend" },
      );
    }
    return skipped;
  }

  workingDaysInYear(year: number): number {
    return (
      this.workingBefore[this.index(dayNumber(year, 12, 31)) + 1]! -
      this.workingBefore[this.index(dayNumber(year, 1, 1))]!
    );
  }

  /** The entry of a date, if it departs from the Monday–Friday week. */
  entry(date: string): DayEntry | undefined {
    const day = parseDate(date);
    this.index(day);
    return this.byDay.get(day);
  }

  /** The entries of a year in date order (published, or projected when `isProjected(year)`). */
  entries(year: number): DayEntry[] {
    const first = dayNumber(year, 1, 1);
    const last = dayNumber(year, 12, 31);
    this.index(first);
    return [...this.byDay]
      .filter(([day]) => day >= first && day <= last)
      .sort(([a], [b]) => a - b)
      .map(([, entry]) => entry);
  }

  isProjected(year: number): boolean {
    return this.projectedYears.has(year);
  }

  /** A new calendar with this entry added or replacing the entry of the same date (validated). */
  withDay(entry: DayEntry): Calendar {
    const checked = parseDayEntry(entry);
    const day = parseDate(checked.date);
    this.index(day);
    return new Calendar(
      new Map(this.byDay).set(day, checked),
      this.projectedYears,
      this.firstYear,
      this.lastYear,
    );
  }

  /** A new calendar without the entry of this date (the day follows the Monday–Friday week). */
  withoutDay(date: string): Calendar {
    const day = parseDate(date);
    this.index(day);
    const byDay = new Map(this.byDay);
    byDay.delete(day);
    return new Calendar(byDay, this.projectedYears, this.firstYear, this.lastYear);
  }
}

/**
 * Builds the calendar from parsed year data (see parseCalendarYear); the years of the range
 * without data are projected from `options.rules` and flagged provisional.
 */
export function buildCalendar(years: readonly CalendarYearData[], options: CalendarOptions): Calendar {
  const firstYear = options.firstYear ?? 2015;
  const lastYear = options.lastYear ?? 2040;
  if (!(Number.isInteger(firstYear) && Number.isInteger(lastYear) && firstYear <= lastYear)) {
    throw new RangeError(`Invalid calendar range ${firstYear}–${lastYear}`);
  }
  const data = new Map<number, CalendarYearData>();
  for (const year of years) {
    if (year.year < firstYear || year.year > lastYear) {
      throw new RangeError(`Calendar data for ${year.year} is outside ${firstYear}–${lastYear}`);
    }
    if (data.has(year.year)) throw new RangeError(`Calendar data for ${year.year} is given twice`);
    data.set(year.year, year);
  }
  const byDay = new Map<DayNumber, DayEntry>();
  const projected = new Set<number>();
  for (let year = firstYear; year <= lastYear; year++) {
    const days = data.get(year)?.days ?? projectYear(year, options.rules);
    if (!data.has(year)) projected.add(year);
    for (const entry of days) byDay.set(parseDate(entry.date), entry);
  }
  return new Calendar(byDay, projected, firstYear, lastYear);
}
