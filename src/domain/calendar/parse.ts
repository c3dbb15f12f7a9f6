import { civilDate, isWeekend, parseDate } from "./dates.ts";
import type {
  CalendarYearData,
  DayEntry,
  DayKind,
  HolidayRule,
  LocalizedName,
  StatutoryRules,
} from "./types.ts";
import { DAY_KINDS } from "./types.ts";

/** Bad calendar data: the message names the file part and the field at fault. */
export class CalendarDataError extends Error {
  override readonly name = "CalendarDataError";
}

type Json = Record<string, unknown>;

function fail(where: string, problem: string): never {
  throw new CalendarDataError(`${where}: ${problem}`);
}

function object(value: unknown, where: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(where, "must be an object");
  return value as Json;
}

function string(value: unknown, where: string): string {
  if (typeof value !== "string" || value.trim() === "") fail(where, "must be a non-empty string");
  return value;
}

function integer(value: unknown, where: string, min: number, max: number): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    fail(where, `must be an integer from ${min} to ${max}`);
  }
  return value as number;
}

function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, "must be an array");
  return value;
}

function optionalStrings(value: unknown, where: string): string[] | undefined {
  return value === undefined ? undefined : array(value, where).map((s, i) => string(s, `${where}[${i}]`));
}

function localizedName(value: unknown, where: string): LocalizedName {
  const o = object(value, where);
  return {
    kk: string(o.kk, `${where}.kk`),
    ru: string(o.ru, `${where}.ru`),
    en: string(o.en, `${where}.en`),
  };
}

/**
 * Checks one day entry: an existing ISO date, a known kind, `working` true exactly for kind
 * `working_day`, and a real exception to the Monday–Friday week (a weekday off or a weekend day
 * worked). Returns a clean copy.
 */
export function parseDayEntry(json: unknown, where = "day entry"): DayEntry {
  const o = object(json, where);
  const date = string(o.date, `${where}.date`);
  const at = `${where} (${date})`;
  let day: number;
  try {
    day = parseDate(date);
  } catch (error) {
    fail(at, (error as Error).message);
  }
  if (typeof o.working !== "boolean") fail(at, '"working" must be a boolean');
  if (!DAY_KINDS.includes(o.kind as DayKind)) fail(at, `"kind" must be one of ${DAY_KINDS.join(", ")}`);
  const kind = o.kind as DayKind;
  if (o.working !== (kind === "working_day"))
    fail(at, '"working" must be true exactly for kind "working_day"');
  if (o.working !== isWeekend(day)) {
    fail(at, o.working ? "a weekday is already working" : "a weekend day is already a day off");
  }
  if (typeof o.provisional !== "boolean") fail(at, '"provisional" must be a boolean');
  return {
    date,
    working: o.working,
    kind,
    name: localizedName(o.name, `${at}.name`),
    source: string(o.source, `${at}.source`),
    provisional: o.provisional,
  };
}

/** Validates the contents of data/calendar/kz-<year>.json; throws a CalendarDataError on bad data. */
export function parseCalendarYear(json: unknown): CalendarYearData {
  const o = object(json, "calendar year");
  const year = integer(o.year, "calendar year.year", 1900, 2999);
  const where = `kz-${year}`;
  const seen = new Set<string>();
  const days = array(o.days, `${where}.days`).map((d, i) => {
    const entry = parseDayEntry(d, `${where}.days[${i}]`);
    if (civilDate(parseDate(entry.date)).year !== year)
      fail(`${where}.days[${i}]`, `${entry.date} is not in ${year}`);
    if (seen.has(entry.date)) fail(`${where}.days[${i}]`, `${entry.date} is listed twice`);
    seen.add(entry.date);
    return entry;
  });
  const sources = optionalStrings(o.sources, `${where}.sources`);
  const notes = optionalStrings(o.notes, `${where}.notes`);
  return { year, days, ...(sources && { sources }), ...(notes && { notes }) };
}

function holidayRule(json: unknown, where: string): HolidayRule {
  const o = object(json, where);
  const month = integer(o.month, `${where}.month`, 1, 12);
  const days = array(o.days, `${where}.days`).map((d, i) => integer(d, `${where}.days[${i}]`, 1, 31));
  if (typeof o.religious !== "boolean") fail(where, '"religious" must be a boolean');
  return {
    id: string(o.id, `${where}.id`),
    month,
    days,
    religious: o.religious,
    ...(o.from !== undefined && { from: integer(o.from, `${where}.from`, 1900, 2999) }),
    ...(o.until !== undefined && { until: integer(o.until, `${where}.until`, 1900, 2999) }),
    name: localizedName(o.name, `${where}.name`),
  };
}

/** Validates the contents of data/calendar/kz-statutory.json; throws a CalendarDataError on bad data. */
export function parseStatutoryRules(json: unknown): StatutoryRules {
  const o = object(json, "statutory rules");
  return {
    source: string(o.source, "statutory rules.source"),
    movedDayOffName: localizedName(o.movedDayOffName, "statutory rules.movedDayOffName"),
    holidays: array(o.holidays, "statutory rules.holidays").map((h, i) => holidayRule(h, `holidays[${i}]`)),
  };
}
