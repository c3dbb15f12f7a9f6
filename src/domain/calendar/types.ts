/** Why a day departs from the Monday–Friday week. */
export type DayKind = "holiday" | "moved_day_off" | "transfer" | "religious" | "working_day";

export const DAY_KINDS: readonly DayKind[] = [
  "holiday",
  "moved_day_off",
  "transfer",
  "religious",
  "working_day",
];

/** A name in the three languages of the product. */
export interface LocalizedName {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

/**
 * One exception to the Monday–Friday week: a weekday that is a day off (`working: false`) or a
 * Saturday/Sunday that becomes a working day (`working: true`, kind `working_day`).
 */
export interface DayEntry {
  readonly date: string;
  readonly working: boolean;
  readonly kind: DayKind;
  readonly name: LocalizedName;
  readonly source: string;
  readonly provisional: boolean;
}

/** The published calendar of one year (the contents of data/calendar/kz-<year>.json). */
export interface CalendarYearData {
  readonly year: number;
  readonly days: readonly DayEntry[];
  readonly sources?: readonly string[];
  readonly notes?: readonly string[];
}

/** A fixed-date holiday of the Law "On holidays", with the years it is in force. */
export interface HolidayRule {
  readonly id: string;
  readonly month: number;
  readonly days: readonly number[];
  /** Religious days off are not moved when they fall on a weekend. */
  readonly religious: boolean;
  readonly from?: number;
  readonly until?: number;
  readonly name: LocalizedName;
}

/** The statutory rules used to project years without published data (data/calendar/kz-statutory.json). */
export interface StatutoryRules {
  readonly source: string;
  /** Name of a day off moved from a weekend holiday; `{holiday}` is replaced by the holiday's name. */
  readonly movedDayOffName: LocalizedName;
  readonly holidays: readonly HolidayRule[];
}

/** A non-working day passed over by a term, with its reason (`weekend` days have no entry and no name). */
export interface SkippedDay {
  readonly date: string;
  readonly kind: DayKind | "weekend";
  readonly name?: LocalizedName;
}
