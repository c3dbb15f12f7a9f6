import type { Tx } from "../db/connection.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { reviewBodyOf } from "../domain/complaint-rules.ts";
import { computeDeadline, deadlineState, regimeById } from "../domain/deadlines/index.ts";
import { invalid } from "../domain/errors.ts";
import { proposeCompetentBody, REDIRECT_KINDS } from "../domain/reviewing-body.ts";
import type { OrganizationKind } from "../domain/roles.ts";
import { localDate } from "../domain/time.ts";
import { orgNodes } from "../queries/org-nodes.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { complaintForAction } from "./complaint-for-action.ts";
import { insertDeadline, startClocksAtHolder } from "./start-clocks.ts";

/**
 * A body that is not competent (wrong territory or kind) sends the complaint to the competent
 * one, with a reason, within 3 working days of receipt (legal.md, "Redirect, never dead-end"):
 * the redirect clock is recorded as met or missed, the holder's other clocks stop, the new
 * holder's registration clock starts from today, and the applicant sees "forwarded". The
 * proposal is the regional quality department of the appealed body, or its reviewing body.
 */
export async function redirectComplaint(
  tx: Tx,
  r: {
    complaintId: string;
    actor: SessionUser;
    organizationId: string | null;
    reason: string;
    now: Date;
    calendar: Calendar;
    requestId?: string | null;
  },
) {
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "redirect", r.now);
  const nodes = await orgNodes(tx);
  const holder = nodes.find((o) => o.id === complaint.holderId)!;
  const respondent = nodes.find((o) => o.id === complaint.respondentId)!;
  const proposed = proposeCompetentBody(holder, respondent, nodes);
  const target = nodes.find((o) => o.id === (r.organizationId ?? proposed?.id));
  if (!target || target.id === holder.id || !REDIRECT_KINDS.includes(target.kind))
    throw invalid([
      { field: "organizationId", code: r.organizationId ? "unknown_organization" : "required" },
    ]);
  const today = localDate(r.now);
  const clock = computeDeadline({
    calendar: r.calendar,
    regime: regimeById(complaint.regime),
    kind: "redirect",
    body: reviewBodyOf(holder.kind as OrganizationKind, false),
    startsOn: localDate(complaint.receivedHereAt),
  });
  await insertDeadline(tx, complaint.id, holder.id, clock, today);
  await applyTransition(tx, complaint, "redirect", {
    ...r,
    set: { holderId: target.id, executorId: null, receivedHereAt: r.now },
    note: r.reason,
    data: {
      from: holder.id,
      to: target.id,
      proposed: proposed?.id ?? null,
      redirectDeadline: deadlineState(clock, today, today),
    },
  });
  await startClocksAtHolder(tx, complaint, target, r.now, r.calendar);
  return { organizationId: target.id };
}
