import { eq } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { complaints } from "../db/schema.ts";
import { type Action, type Step, transition } from "../domain/lifecycle.ts";
import { localDate } from "../domain/time.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { closeDeadlines } from "./close-deadlines.ts";
import { recordEvent } from "./complaint-events.ts";
import type { ComplaintRow } from "./complaint-for-action.ts";

type Closed = Awaited<ReturnType<typeof closeDeadlines>>;

export type TransitionRequest = {
  actor: SessionUser;
  now: Date;
  requestId?: string | null | undefined;
  /** Columns changed along with the status (outcome, decision, holder, executor…). */
  set?: Partial<typeof complaints.$inferInsert>;
  note?: string | null | undefined;
  /** What the event records; may depend on the clocks the action closed. */
  data?: Record<string, unknown> | ((closed: Closed) => Record<string, unknown>);
};

/**
 * One lifecycle step on a locked complaint row, the way the transition table says: the next
 * status (409 when not allowed), the clocks it stops today (and which of them it meets), the
 * event with its mark, the applicant's notices when the table says so, and the audit row.
 * Returns the step, the closed clocks and the new version.
 */
export async function applyTransition(tx: Tx, complaint: ComplaintRow, action: Action, r: TransitionRequest) {
  const step: Step = transition(complaint.status, action);
  const [updated] = await tx
    .update(complaints)
    .set({ ...r.set, status: step.to, version: complaint.version + 1, updatedAt: r.now })
    .where(eq(complaints.id, complaint.id))
    .returning({ version: complaints.version });
  const closed = await closeDeadlines(tx, complaint.id, localDate(r.now), step.closes, step.completes);
  const data = typeof r.data === "function" ? r.data(closed) : (r.data ?? {});
  await recordEvent(
    tx,
    {
      complaintId: complaint.id,
      kind: step.event,
      mark: step.mark,
      organizationId: complaint.holderId,
      actor: r.actor,
      at: r.now,
      note: r.note ?? null,
      internal: step.internal,
      notify: step.notice === "applicant",
      data: closed.length ? { ...data, closedDeadlines: closed.map((d) => d.kind) } : data,
      requestId: r.requestId,
    },
    complaint.language,
  );
  return { step, closed, version: updated!.version };
}
