import type { Tx } from "../db/connection.ts";
import { applicantByIin } from "../queries/citizen-account.ts";
import { type AlsoWrite, type SubmitRequest, submitComplaint } from "./submit-complaint.ts";

/**
 * A complaint taken by the contact centre (1414) for a caller: the operator records what the
 * caller states, identity included; the operator is kept as the one who filed it, the signature
 * method is `operator_recorded`, and it stays `submitted` until the addressed body registers it.
 * A caller with a citizen account (by IIN) finds it in their cabinet. `also`: as submitComplaint's.
 * Returns the complaint id.
 */
export async function fileForCaller(
  tx: Tx,
  r: Omit<SubmitRequest, "channel" | "signatureMethod" | "applicantId" | "applicantAccount">,
  also?: AlsoWrite,
): Promise<string> {
  return submitComplaint(
    tx,
    {
      ...r,
      channel: "contact_centre",
      signatureMethod: "operator_recorded",
      ...(await applicantByIin(tx, r.applicant.iin)),
    },
    also,
  );
}
