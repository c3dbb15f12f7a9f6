import { eq, sql } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { attachments, complaintEvents } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { deadlineState } from "../domain/deadlines/index.ts";
import { invalid } from "../domain/errors.ts";
import { proposeReviewingBody, REVIEWING_KINDS } from "../domain/reviewing-body.ts";
import { localDate } from "../domain/time.ts";
import { orgNodes } from "../queries/org-nodes.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { complaintForAction } from "./complaint-for-action.ts";
import { startClocksAtHolder } from "./start-clocks.ts";

/**
 * The respondent forwards the complaint with the administrative case to the reviewing body
 * (APPC art. 91 p. 4): the proposal comes from the organization hierarchy unless the sender
 * names another body. The case file travels — the complaint, its attachments, the respondent's
 * explanation and the whole timeline stay linked to the complaint, which the reviewing body now
 * holds; the status is `forwarded` until it registers there. The forward clock closes as met or
 * missed (and the respondent's own review clock with it); the applicant sees "forwarded".
 */
export async function forwardComplaint(
  tx: Tx,
  r: {
    complaintId: string;
    actor: SessionUser;
    reviewingBodyId: string | null;
    explanation: string | null;
    note: string | null;
    now: Date;
    calendar: Calendar;
    requestId?: string | null;
  },
) {
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "forward", r.now);
  const nodes = await orgNodes(tx);
  const holder = nodes.find((o) => o.id === complaint.holderId)!;
  const targetId = r.reviewingBodyId ?? proposeReviewingBody(holder, nodes)?.id ?? null;
  const target = nodes.find((o) => o.id === targetId);
  if (!target || target.id === holder.id || !REVIEWING_KINDS.includes(target.kind))
    throw invalid([
      { field: "reviewingBodyId", code: r.reviewingBodyId ? "unknown_reviewing_body" : "required" },
    ]);
  const today = localDate(r.now);
  // The case file that travels: every attachment and the whole timeline stay with the complaint.
  const files = await tx
    .select({ id: attachments.id })
    .from(attachments)
    .where(eq(attachments.complaintId, complaint.id));
  const [timeline] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(complaintEvents)
    .where(eq(complaintEvents.complaintId, complaint.id));
  await applyTransition(tx, complaint, "forward", {
    ...r,
    set: { holderId: target.id, executorId: null, receivedHereAt: r.now },
    data: (closed) => {
      const forwardClock = closed.find((d) => d.kind === "forward");
      return {
        from: holder.id,
        to: target.id,
        proposed: proposeReviewingBody(holder, nodes)?.id ?? null,
        explanation: r.explanation,
        forwardDeadline: forwardClock ? deadlineState({ due: forwardClock.due }, today, today) : null,
        caseFile: { attachmentIds: files.map((f) => f.id), events: (timeline?.n ?? 0) + 1 },
      };
    },
  });
  // The reviewing body's own clocks run from the day it receives the complaint.
  await startClocksAtHolder(tx, complaint, target, r.now, r.calendar);
  return { reviewingBodyId: target.id };
}
