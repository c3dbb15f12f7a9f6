import { parseDate } from "./calendar/dates.ts";
import type { FieldIssue } from "./errors.ts";
import { localDate } from "./time.ts";

/** How many calendar days back a receipt may be entered without a written reason. */
export const BACKDATE_DAYS = 30;
/** Clock drift between the registrar's watch and the server that is not "the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * Checks the receipt date a registrar enters for a paper complaint (api.md, wave 2): never in
 * the future; more than {@link BACKDATE_DAYS} calendar days back (in Asia/Almaty) only with a
 * reason, which is then recorded. The regime still follows the receipt date — that is the law.
 */
export function receiptDateIssues(receivedAt: Date, now: Date, backdateReason: string | null): FieldIssue[] {
  if (receivedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    return [{ field: "receivedAt", code: "date_in_future" }];
  }
  const daysBack = parseDate(localDate(now)) - parseDate(localDate(receivedAt));
  if (daysBack > BACKDATE_DAYS && !backdateReason?.trim()) {
    return [{ field: "backdateReason", code: "backdate_reason_required", params: { days: BACKDATE_DAYS } }];
  }
  return [];
}
