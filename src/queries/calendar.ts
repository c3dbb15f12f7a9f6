import { readFileSync } from "node:fs";
import { asc } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { calendarDays, calendarYears } from "../db/schema.ts";
import {
  buildCalendar,
  type Calendar,
  type CalendarYearData,
  type DayEntry,
  parseStatutoryRules,
  type StatutoryRules,
} from "../domain/calendar/index.ts";
import { referenceData } from "./reference.ts";

let rules: StatutoryRules | undefined;
const statutoryRules = () =>
  (rules ??= parseStatutoryRules(
    JSON.parse(readFileSync(new URL("../../data/calendar/kz-statutory.json", import.meta.url), "utf8")),
  ));

/**
 * The current calendar from the database, from the reference cache (`referenceData`): rebuilt
 * only when the database's reference revision moved (one small query otherwise, none when the
 * caller passes the revision it read), so every process sees an administrator's edit on its next
 * use. Pass the database rather than a transaction to benefit from the cache.
 */
export async function currentCalendar(db: Executor, revision?: number): Promise<Calendar> {
  return (await referenceData(db, revision)).calendar;
}

/** The calendar as stored now, built without the cache (inside a transaction that changes it). */
export async function loadCalendar(db: Executor): Promise<Calendar> {
  return buildCalendar(await calendarData(db), { rules: statutoryRules() });
}

/** The published years with their entries, as stored. */
export async function calendarData(db: Executor): Promise<CalendarYearData[]> {
  const years = await db.select().from(calendarYears).orderBy(asc(calendarYears.year));
  const days = await db.select().from(calendarDays).orderBy(asc(calendarDays.date));
  const byYear = new Map<number, DayEntry[]>(years.map((y) => [y.year, []]));
  for (const d of days) {
    byYear.get(Number(d.date.slice(0, 4)))?.push({
      date: d.date,
      working: d.working,
      kind: d.kind,
      name: { kk: d.nameKk, ru: d.nameRu, en: d.nameEn },
      source: d.source,
      provisional: d.provisional,
    });
  }
  return years.map((y) => ({
    year: y.year,
    days: byYear.get(y.year) ?? [],
    sources: y.sources,
    notes: y.notes,
  }));
}
