import { eq, sql } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { rowsFromJson } from "../db/prepared.ts";
import { complaints, deadlines } from "../db/schema.ts";
import { type Action, type Step, transition } from "../domain/lifecycle.ts";
import { localDate } from "../domain/time.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { closeDeadlines } from "./close-deadlines.ts";
import { recordEvent } from "./complaint-events.ts";
import type { ComplaintRow } from "./complaint-for-action.ts";

/** The clocks a step stopped. */
type Closed = Pick<typeof deadlines.$inferSelect, "id" | "kind" | "due" | "completed">[];

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
  // The status and the clocks it stops, in one statement (the complaint row is locked already).
  const closing = closeDeadlines(tx, complaint.id, localDate(r.now), step.closes, step.completes);
  const changed = tx.$with("cu", {}).as(
    tx
      .update(complaints)
      .set({ ...r.set, status: step.to, version: complaint.version + 1, updatedAt: r.now })
      .where(eq(complaints.id, complaint.id))
      .returning({ version: complaints.version })
      .getSQL(),
  );
  const [updated] = await tx
    .with(changed, ...(closing ? [closing] : []))
    .select({
      version: sql<number>`(SELECT version FROM cu)`,
      closed: (closing ? sql`(SELECT coalesce(json_agg(cd), '[]') FROM cd)` : sql`'[]'::json`).mapWith(
        rowsFromJson<typeof deadlines, Closed[number]>(deadlines),
      ),
    })
    .from(sql`(SELECT 1) AS one`);
  // Those the act completes first, then those it only stops, as the event lists them.
  const closed = updated!.closed.sort((a, b) => Number(b.completed) - Number(a.completed));
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
