import { eq, sql } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { complaints } from "../db/schema.ts";
import { transition } from "../domain/lifecycle.ts";
import { localDate } from "../domain/time.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { closeDeadlines } from "./close-deadlines.ts";
import { recordEvent } from "./complaint-events.ts";
import { complaintForAction } from "./complaint-for-action.ts";

export type WithdrawRequest = {
  complaintId: string;
  actor: SessionUser;
  now: Date;
  language: "kk" | "ru" | "en";
  requestId?: string | null;
};

/**
 * The applicant withdraws the complaint (until it is decided): status `withdrawn`, mark
 * `withdrawn`, the running deadlines closed today. 404 when the caller may not see it, 403 for
 * anyone but the applicant, 409 when the lifecycle no longer allows it.
 */
export async function withdrawComplaint(tx: Tx, r: WithdrawRequest): Promise<void> {
  const { complaint: row } = await complaintForAction(tx, r.complaintId, r.actor, "withdraw");
  const { to, mark } = transition(row.status, "withdraw");
  await tx
    .update(complaints)
    .set({ status: to, updatedAt: r.now, version: sql`${complaints.version} + 1` })
    .where(eq(complaints.id, r.complaintId));
  await closeDeadlines(tx, r.complaintId, localDate(r.now));
  await recordEvent(
    tx,
    {
      complaintId: r.complaintId,
      kind: "withdrawn",
      mark,
      organizationId: row.holderId,
      actor: r.actor,
      at: r.now,
      data: { from: row.status },
      requestId: r.requestId,
    },
    r.language,
  );
}
