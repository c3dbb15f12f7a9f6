/** Report periods as whole months (YYYY-MM), read from a query or derived from a day. */
import { daysInMonth } from "./calendar/dates.ts";

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The first and last day of a period given as months (YYYY-MM). */
export function periodDays(from: string, to: string) {
  const [y, m] = to.split("-").map(Number) as [number, number];
  return { from: `${from}-01`, to: `${to}-${String(daysInMonth(y, m)).padStart(2, "0")}` };
}

/** A period of months from the query, this year to this month by default; the two ends in order. */
export function periodQuery(raw: (k: string) => string, today: string) {
  const from = MONTH.test(raw("from")) ? raw("from") : `${today.slice(0, 4)}-01`;
  const to = MONTH.test(raw("to")) ? raw("to") : today.slice(0, 7);
  return from <= to ? { from, to } : { from: to, to: from };
}

/** The month before `month` (YYYY-MM). */
export function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}
