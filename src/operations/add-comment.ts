import type { Tx } from "../db/connection.ts";
import { transition } from "../domain/lifecycle.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { recordEvent } from "./complaint-events.ts";
import { complaintForAction } from "./complaint-for-action.ts";

/** An internal comment of the holder's staff: in the history, never shown to the applicant. */
export async function addComment(
  tx: Tx,
  r: { complaintId: string; actor: SessionUser; text: string; now: Date; requestId?: string | null },
) {
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "comment", { lock: false });
  const step = transition(complaint.status, "comment");
  await recordEvent(
    tx,
    {
      complaintId: complaint.id,
      kind: step.event,
      mark: null,
      organizationId: r.actor.organizationId,
      actor: r.actor,
      at: r.now,
      note: r.text,
      internal: true,
      requestId: r.requestId,
    },
    complaint.language,
  );
}
