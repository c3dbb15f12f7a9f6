import type { Tx } from "../db/connection.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { complaintForAction } from "./complaint-for-action.ts";

export type WithdrawRequest = {
  complaintId: string;
  actor: SessionUser;
  now: Date;
  language: "kk" | "ru" | "en";
  /** Why the applicant withdraws, in their words (the portal asks for it; the API may omit it). */
  reason?: string | undefined;
  requestId?: string | null;
};

/**
 * The applicant withdraws the complaint (until it is decided): status `withdrawn`, mark
 * `withdrawn`, the running deadlines closed today. 404 when the caller may not see it, 403 for
 * anyone but the applicant, 409 when the lifecycle no longer allows it.
 */
export async function withdrawComplaint(tx: Tx, r: WithdrawRequest): Promise<void> {
  const { complaint: row } = await complaintForAction(tx, r.complaintId, r.actor, "withdraw", r.now);
  await applyTransition(tx, row, "withdraw", {
    ...r,
    data: { from: row.status, ...(r.reason ? { reason: r.reason } : {}) },
  });
}
