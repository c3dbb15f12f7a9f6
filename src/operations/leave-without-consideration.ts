import type { Tx } from "../db/connection.ts";
import type { LeaveGround } from "../domain/lifecycle.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { complaintForAction } from "./complaint-for-action.ts";

/** The head of the holder leaves the complaint without consideration, with a ground and a text (mark "refusal"). */
export async function leaveWithoutConsideration(
  tx: Tx,
  r: {
    complaintId: string;
    actor: SessionUser;
    ground: LeaveGround;
    text: string;
    now: Date;
    requestId?: string | null;
  },
) {
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "leave_without_consideration");
  await applyTransition(tx, complaint, "leave_without_consideration", {
    ...r,
    note: r.text,
    data: { ground: r.ground },
  });
}
