import type { Tx } from "../db/connection.ts";
import type { Decision } from "../domain/complaint.ts";
import { localDate } from "../domain/time.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { actorStamp } from "./complaint-events.ts";
import { complaintForAction } from "./complaint-for-action.ts";
import { nextLetter } from "./letter-number.ts";

/**
 * APPC art. 91 p. 4: while the forward clock still runs (its due date not yet passed today),
 * the head of the body whose act is appealed may adopt a favourable act fully meeting the
 * demands instead of forwarding. The act's number and text are recorded with an outgoing letter
 * number, the complaint closes with outcome `favourable_act` (mark "result") and its forward
 * clock is met. After the window: 409 `forward_window_closed` (the procedure decides).
 */
export async function adoptFavourableAct(
  tx: Tx,
  r: {
    complaintId: string;
    actor: SessionUser;
    actNumber: string | null;
    text: string;
    now: Date;
    requestId?: string | null;
  },
) {
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "favourable_act", r.now);
  const decision: Decision = {
    outcome: "favourable_act",
    text: r.text,
    decidedAt: r.now.toISOString(),
    decidedBy: actorStamp(r.actor, complaint.language),
    ...(r.actNumber ? { actNumber: r.actNumber } : {}),
    organizationId: complaint.holderId,
    letter: await nextLetter(tx, complaint.holderId, localDate(r.now)),
  };
  await applyTransition(tx, complaint, "favourable_act", {
    ...r,
    set: { outcome: "favourable_act", decision },
    note: r.text,
    data: { outcome: "favourable_act", actNumber: r.actNumber },
  });
}
