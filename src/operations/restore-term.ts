import type { Tx } from "../db/connection.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { complaintForAction } from "./complaint-for-action.ts";

/**
 * APPC art. 92: a complaint filed after the 3-month term is accepted; the head of the reviewing
 * body grants or refuses the applicant's request to restore the term, with reasons, before
 * deciding. Refused, the complaint can only be left without consideration (`term_not_restored`).
 */
export async function restoreTerm(
  tx: Tx,
  r: {
    complaintId: string;
    actor: SessionUser;
    granted: boolean;
    reasons: string;
    now: Date;
    requestId?: string | null;
  },
) {
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "restore_term", r.now);
  await applyTransition(tx, complaint, "restore_term", {
    ...r,
    set: { termRestored: r.granted },
    note: r.reasons,
    data: { granted: r.granted },
  });
}
