import { createHash } from "node:crypto";
import type { Tx } from "../db/connection.ts";
import type { Decision, Signature } from "../domain/complaint.ts";
import { conflict, invalid } from "../domain/errors.ts";
import { decisionSignedText } from "../domain/signatures.ts";
import { localDate } from "../domain/time.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { audit } from "./audit.ts";
import { actorStamp } from "./complaint-events.ts";
import { complaintForAction } from "./complaint-for-action.ts";
import { nextLetter } from "./letter-number.ts";

export type DecisionOutcome = "satisfied" | "partially_satisfied" | "not_satisfied";

/**
 * The head of the holder decides: satisfied, partially satisfied or not satisfied, with a
 * reasoned text, in a letter with the holder's next outgoing number. Not where the holder must
 * forward (409 `must_forward`), nor on a late complaint whose term is not restored. The row is locked for the transaction, so of two heads deciding at once one
 * wins and the other gets 409 (`invalid_transition`); a caller that read version N may also
 * send it and gets 409 `version_conflict` when someone changed the complaint since.
 */
export async function decideComplaint(
  tx: Tx,
  r: {
    complaintId: string;
    actor: SessionUser;
    outcome: DecisionOutcome;
    text: string;
    version?: number | undefined;
    /** The head's checked EDS signature over `decisionSignedText` of this decision. */
    signature?: Signature | undefined;
    /** DECISION_EDS_REQUIRED: a decision without one is refused. */
    edsRequired?: boolean;
    now: Date;
    requestId?: string | null;
  },
) {
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "decide", r.now);
  if (r.version !== undefined && r.version !== complaint.version) throw conflict("version_conflict");
  if (!r.signature && r.edsRequired) throw invalid([{ field: "cms", code: "decision_signature_required" }]);
  if (r.signature) {
    const signed = decisionSignedText({
      complaintId: complaint.id,
      organizationId: complaint.holderId,
      outcome: r.outcome,
      text: r.text,
      head: r.actor,
    });
    if (createHash("sha256").update(signed).digest("hex") !== r.signature.sha256)
      throw invalid([{ field: "cms", code: "signature_text_changed" }]);
  }
  const decision: Decision = {
    outcome: r.outcome,
    text: r.text,
    decidedAt: r.now.toISOString(),
    decidedBy: actorStamp(r.actor, complaint.language),
    organizationId: complaint.holderId,
    letter: await nextLetter(tx, complaint.holderId, localDate(r.now)),
    ...(r.signature ? { signature: r.signature } : {}),
  };
  const { version } = await applyTransition(tx, complaint, "decide", {
    ...r,
    set: { outcome: r.outcome, decision },
    note: r.text,
    data: { outcome: r.outcome },
  });
  if (r.signature?.eds)
    await audit(tx, {
      actorId: r.actor.id,
      action: "decision.eds_signed",
      entityType: "complaint",
      entityId: complaint.id,
      data: {
        sha256: r.signature.sha256,
        subject: r.signature.eds.subject,
        serialNumber: r.signature.eds.serialNumber,
        letter: decision.letter?.number ?? null,
      },
      requestId: r.requestId ?? null,
      at: r.now,
    });
  return { version };
}
