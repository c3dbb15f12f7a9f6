import type { Tx } from "../db/connection.ts";
import { invalid } from "../domain/errors.ts";
import { receiptDateIssues } from "../domain/receipt-date.ts";
import { applicantByIin } from "../queries/citizen-account.ts";
import { registerComplaint } from "./register-complaint.ts";
import { type SubmitRequest, submitComplaint } from "./submit-complaint.ts";

/**
 * A paper complaint handed in at the office: accepted and registered at once by the registrar
 * of the addressed organization, who issues the talon. The receipt date is never in the future
 * and, more than 30 days back, needs a reason, recorded with the `submitted` event (and so in
 * the audit). The regime follows the receipt date. An applicant with a citizen account (by IIN)
 * finds it in their cabinet. Returns the complaint id.
 */
export async function fileOfficeComplaint(
  tx: Tx,
  r: Omit<SubmitRequest, "channel" | "signatureMethod" | "applicantId" | "applicantAccount" | "eventData"> & {
    backdateReason?: string | null;
  },
  now: Date,
) {
  const { backdateReason = null, ...request } = r;
  const issues = receiptDateIssues(r.receivedAt, now, backdateReason);
  if (r.input.addressee.organizationId !== r.actor.organizationId) {
    issues.push({ field: "addressee.organizationId", code: "not_your_organization" });
  }
  if (issues.length) throw invalid(issues);
  const reason = backdateReason?.trim();
  const id = await submitComplaint(tx, {
    ...request,
    channel: "office",
    signatureMethod: "paper",
    ...(await applicantByIin(tx, r.applicant.iin)),
    eventData: reason ? { backdateReason: reason, enteredAt: now.toISOString() } : undefined,
  });
  await registerComplaint(tx, {
    complaintId: id,
    actor: r.actor,
    now,
    calendar: r.calendar,
    receivedAt: r.receivedAt,
    requestId: r.requestId,
  });
  return id;
}
