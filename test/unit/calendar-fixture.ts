import { readdirSync, readFileSync } from "node:fs";
import {
  buildCalendar,
  type CalendarYearData,
  parseCalendarYear,
  parseStatutoryRules,
  type StatutoryRules,
} from "../../src/domain/calendar/index.ts";

const dir = new URL("../../data/calendar/", import.meta.url);

/** Reads and parses one JSON file of data/calendar. */
export function readCalendarJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, dir), "utf8"));
}

export const rules: StatutoryRules = parseStatutoryRules(readCalendarJson("kz-statutory.json"));

/** Every data/calendar/kz-<year>.json, parsed. */
export const years: CalendarYearData[] = readdirSync(dir)
  .filter((file) => /^kz-\d{4}\.json$/.test(file))
  .map((file) => parseCalendarYear(readCalendarJson(file)));

/** The shipped calendar: data 2021–2026, projected 2015–2020 and 2027–2040. */
export const calendar = buildCalendar(years, { rules });
