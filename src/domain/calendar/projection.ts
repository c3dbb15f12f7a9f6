import { dayNumber, formatDate, isWeekend } from "./dates.ts";
import type { DayEntry, DayKind, HolidayRule, LocalizedName, StatutoryRules } from "./types.ts";

function inForce(rule: HolidayRule, year: number): boolean {
  return (rule.from === undefined || year >= rule.from) && (rule.until === undefined || year <= rule.until);
}

function movedName(template: LocalizedName, holiday: LocalizedName): LocalizedName {
  return {
    kk: template.kk.replace("{holiday}", holiday.kk),
    ru: template.ru.replace("{holiday}", holiday.ru),
    en: template.en.replace("{holiday}", holiday.en),
  };
}

/**
 * The day entries of a year by the statutory rules alone, all flagged provisional: fixed holidays
 * on weekdays are days off; a non-religious holiday on a Saturday or Sunday moves the day off to
 * the next working day (Law "On holidays", art. 5); religious days are never moved. Movable
 * days (Kurban Ait) and ministerial transfers are unknown here and omitted.
 */
export function projectYear(year: number, rules: StatutoryRules): DayEntry[] {
  const holidays = rules.holidays
    .filter((rule) => inForce(rule, year))
    .flatMap((rule) => rule.days.map((d) => ({ day: dayNumber(year, rule.month, d), rule })))
    .sort((a, b) => a.day - b.day);
  const taken = new Set(holidays.map((h) => h.day));
  const entry = (day: number, kind: DayKind, name: LocalizedName): DayEntry => ({
    date: formatDate(day),
    working: false,
    kind,
    name,
    source: rules.source,
    provisional: true,
  });
  const entries: DayEntry[] = [];
  for (const { day, rule } of holidays) {
    if (!isWeekend(day)) {
      entries.push(entry(day, rule.religious ? "religious" : "holiday", rule.name));
    } else if (!rule.religious) {
      let moved = day + 1;
      while (isWeekend(moved) || taken.has(moved)) moved++;
      taken.add(moved);
      entries.push(entry(moved, "moved_day_off", movedName(rules.movedDayOffName, rule.name)));
    }
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : 1));
}
