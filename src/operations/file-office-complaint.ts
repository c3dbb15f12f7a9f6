import type { Tx } from "../db/connection.ts";
import { invalid } from "../domain/errors.ts";
import { registerComplaint } from "./register-complaint.ts";
import { type SubmitRequest, submitComplaint } from "./submit-complaint.ts";

/**
 * A paper complaint handed in at the office: accepted and registered at once by the registrar
 * of the addressed organization, who issues the talon. Returns the complaint id.
 */
export async function fileOfficeComplaint(
  tx: Tx,
  r: Omit<SubmitRequest, "channel" | "signatureMethod" | "applicantId">,
  now: Date,
) {
  if (r.input.addressee.organizationId !== r.actor.organizationId) {
    throw invalid([{ field: "addressee.organizationId", code: "not_your_organization" }]);
  }
  const id = await submitComplaint(tx, {
    ...r,
    channel: "office",
    signatureMethod: "paper",
    applicantId: null,
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
