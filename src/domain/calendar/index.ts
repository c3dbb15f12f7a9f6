export { buildCalendar, Calendar, type CalendarOptions } from "./calendar.ts";
export {
  addMonths,
  civilDate,
  DateOutOfRange,
  type DayNumber,
  dayNumber,
  daysInMonth,
  formatDate,
  isLeapYear,
  isWeekend,
  parseDate,
  weekday,
} from "./dates.ts";
export { CalendarDataError, parseCalendarYear, parseDayEntry, parseStatutoryRules } from "./parse.ts";
export { projectYear } from "./projection.ts";
export {
  type CalendarYearData,
  DAY_KINDS,
  type DayEntry,
  type DayKind,
  type HolidayRule,
  type LocalizedName,
  type SkippedDay,
  type StatutoryRules,
} from "./types.ts";
