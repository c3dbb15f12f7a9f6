/** The local time zone of every date the law counts (UTC+5 since 1 March 2024). */
export const TIME_ZONE = "Asia/Almaty";

const dateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE });

/** The calendar date (YYYY-MM-DD) of an instant in Asia/Almaty. */
export function localDate(instant: Date): string {
  return dateFormat.format(instant);
}
