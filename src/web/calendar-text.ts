import { parseDate, type SkippedDay, weekday } from "../domain/calendar/index.ts";
import { localDate } from "../domain/time.ts";
import { formatDate, formatWeekday, type Lang, t } from "../i18n/index.ts";

const LOCALES: Record<Lang, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

/** Whether the text is an existing date written YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    parseDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Why a day is not counted, in `lang`: the entry's name, or "Saturday/Sunday — day off". */
export function skippedReason(lang: Lang, day: SkippedDay): string {
  if (day.name) return day.name[lang];
  return t(lang, weekday(parseDate(day.date)) === 6 ? "calendarReason.saturday" : "calendarReason.sunday");
}

/** "26 мая 2025 г., понедельник" / "Monday, 26 May 2025". */
export function dateWithWeekday(lang: Lang, iso: string): string {
  return t(lang, "deadlinePage.dateWeekday", {
    date: formatDate(lang, iso),
    weekday: formatWeekday(lang, iso),
  });
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The standalone name of a month (1–12), capitalized: "Январь", "Қаңтар", "January". */
export function monthName(lang: Lang, month: number): string {
  const format = new Intl.DateTimeFormat(LOCALES[lang], { month: "long", timeZone: "UTC" });
  return capitalize(format.format(new Date(Date.UTC(2001, month - 1, 1))));
}

/** Short and long names of the days of the week, Monday first. */
export function weekdayNames(lang: Lang): { short: string; long: string }[] {
  const short = new Intl.DateTimeFormat(LOCALES[lang], { weekday: "short", timeZone: "UTC" });
  const long = new Intl.DateTimeFormat(LOCALES[lang], { weekday: "long", timeZone: "UTC" });
  // 2001-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(Date.UTC(2001, 0, 1 + i));
    return { short: capitalize(short.format(day)), long: long.format(day) };
  });
}

/** This year in Asia/Almaty. */
export function currentYear(now: Date): number {
  return Number(localDate(now).slice(0, 4));
}
