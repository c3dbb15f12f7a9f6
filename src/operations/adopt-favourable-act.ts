import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { deadlines } from "../db/schema.ts";
import type { Decision } from "../domain/complaint.ts";
import { conflict } from "../domain/errors.ts";
import { localDate } from "../domain/time.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { actorStamp } from "./complaint-events.ts";
import { complaintForAction } from "./complaint-for-action.ts";

/**
 * APPC art. 91 p. 4: while the forward clock still runs (its due date not yet passed today),
 * the head of the body whose act is appealed may adopt a favourable act fully meeting the
 * demands instead of forwarding. The act's number and text are recorded, the complaint closes
 * with outcome `favourable_act` (mark "result") and its clocks stop. After the window: 409
 * `forward_window_closed`.
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
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "favourable_act");
  const today = localDate(r.now);
  const [window] = await tx
    .select()
    .from(deadlines)
    .where(
      and(
        eq(deadlines.complaintId, complaint.id),
        eq(deadlines.kind, "forward"),
        eq(deadlines.organizationId, complaint.holderId),
        isNull(deadlines.closedOn),
      ),
    );
  if (!window || window.due < today) throw conflict("forward_window_closed");
  const decision: Decision = {
    outcome: "favourable_act",
    text: r.text,
    decidedAt: r.now.toISOString(),
    decidedBy: actorStamp(r.actor, complaint.language),
    ...(r.actNumber ? { actNumber: r.actNumber } : {}),
  };
  await applyTransition(tx, complaint, "favourable_act", {
    ...r,
    set: { outcome: "favourable_act", decision },
    note: r.text,
    data: { outcome: "favourable_act", actNumber: r.actNumber },
  });
}
