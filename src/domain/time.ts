/** The local time zone of every date the law counts (UTC+5 since 1 March 2024). */
export const TIME_ZONE = "Asia/Almaty";

const dateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE });

/** The calendar date (YYYY-MM-DD) of an instant in Asia/Almaty. */
export function localDate(instant: Date): string {
  return dateFormat.format(instant);
}

/** Kazakhstan's single offset since 1 March 2024 (no daylight saving): `+05:00`. */
export const UTC_OFFSET = "+05:00";

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** HH:MM of an instant in Asia/Almaty. */
export const localTime = (instant: Date) => timeFormat.format(instant);

/** The local hour (0–23) of an instant in Asia/Almaty. */
export const localHour = (instant: Date) => Number(localTime(instant).slice(0, 2));

/** A local date and time (`HH:MM` or `HH:MM:SS`) in Asia/Almaty as an ISO string with its offset. */
export const localIso = (isoDate: string, time = "00:00") =>
  `${isoDate}T${time.length === 5 ? `${time}:00` : time}${UTC_OFFSET}`;

/** The instant of a local date and time in Asia/Almaty. */
export const localInstant = (isoDate: string, time = "00:00") => new Date(localIso(isoDate, time));
