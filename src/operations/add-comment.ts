import type { Tx } from "../db/connection.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { complaintForAction } from "./complaint-for-action.ts";

/** An internal comment of the holder's staff: in the history, never shown to the applicant. */
export async function addComment(
  tx: Tx,
  r: { complaintId: string; actor: SessionUser; text: string; now: Date; requestId?: string | null },
) {
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "comment", r.now);
  await applyTransition(tx, complaint, "comment", { ...r, note: r.text });
}
