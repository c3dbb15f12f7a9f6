import type { Tx } from "../db/connection.ts";
import type { Refusal } from "../domain/complaint.ts";
import { invalid } from "../domain/errors.ts";
import type { LeaveGround } from "../domain/lifecycle.ts";
import { localDate } from "../domain/time.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { actorStamp } from "./complaint-events.ts";
import { complaintForAction } from "./complaint-for-action.ts";
import { nextLetter } from "./letter-number.ts";

/**
 * The head of the reviewing body leaves a registered complaint without consideration on a
 * lawful ground, with reasons, in a refusal letter with the next outgoing number (mark
 * "refusal"; escalation is offered after it). `term_not_restored` only after the body refused
 * to restore a missed filing term. Not where the holder must forward (409 `must_forward`).
 */
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
  const { complaint } = await complaintForAction(
    tx,
    r.complaintId,
    r.actor,
    "leave_without_consideration",
    r.now,
  );
  if (r.ground === "term_not_restored" && complaint.termRestored !== false)
    throw invalid([{ field: "ground", code: "term_not_refused" }]);
  const refusal: Refusal = {
    ground: r.ground,
    text: r.text,
    refusedAt: r.now.toISOString(),
    refusedBy: actorStamp(r.actor, complaint.language),
    organizationId: complaint.holderId,
    letter: await nextLetter(tx, complaint.holderId, localDate(r.now)),
  };
  await applyTransition(tx, complaint, "leave_without_consideration", {
    ...r,
    set: { refusal },
    note: r.text,
    data: { ground: r.ground, letter: refusal.letter.number },
  });
}
