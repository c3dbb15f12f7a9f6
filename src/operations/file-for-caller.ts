import type { Tx } from "../db/connection.ts";
import { citizenIdByIin } from "../queries/citizen-account.ts";
import { type SubmitRequest, submitComplaint } from "./submit-complaint.ts";

/**
 * A complaint taken by the contact centre (1414) for a caller: the operator records what the
 * caller states, identity included; the operator is kept as the one who filed it, the signature
 * method is `operator_recorded`, and it stays `submitted` until the addressed body registers it.
 * A caller with a citizen account (by IIN) finds it in their cabinet.
 * Returns the complaint id.
 */
export async function fileForCaller(
  tx: Tx,
  r: Omit<SubmitRequest, "channel" | "signatureMethod" | "applicantId">,
): Promise<string> {
  return submitComplaint(tx, {
    ...r,
    channel: "contact_centre",
    signatureMethod: "operator_recorded",
    applicantId: await citizenIdByIin(tx, r.applicant.iin),
  });
}
