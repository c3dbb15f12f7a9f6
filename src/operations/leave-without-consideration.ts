import { eq } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { complaints } from "../db/schema.ts";
import { type LeaveGround, transition } from "../domain/lifecycle.ts";
import { localDate } from "../domain/time.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { closeDeadlines } from "./close-deadlines.ts";
import { recordEvent } from "./complaint-events.ts";
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
  const step = transition(complaint.status, "leave_without_consideration");
  await tx
    .update(complaints)
    .set({ status: step.to, version: complaint.version + 1, updatedAt: r.now })
    .where(eq(complaints.id, complaint.id));
  const closed = await closeDeadlines(tx, complaint.id, localDate(r.now));
  await recordEvent(
    tx,
    {
      complaintId: complaint.id,
      kind: step.event,
      mark: step.mark,
      organizationId: complaint.holderId,
      actor: r.actor,
      at: r.now,
      note: r.text,
      data: { ground: r.ground, closedDeadlines: closed.map((d) => d.kind) },
      requestId: r.requestId,
    },
    complaint.language,
  );
}
