import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { deadlines, organizations, registrations } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { reviewBodyOf } from "../domain/complaint-rules.ts";
import { announceDeadline, computeDeadline, regimeById } from "../domain/deadlines/index.ts";
import { invalid } from "../domain/errors.ts";
import type { OrganizationKind } from "../domain/roles.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { complaintForAction } from "./complaint-for-action.ts";
import { insertDeadline } from "./start-clocks.ts";

/**
 * The head of the holder extends the review where the law allows it (the authorized body for
 * quality, in both regimes, up to the regime's maximum in total — Law on public services art. 25
 * p. 4), with a reason. The running review clock stops (closed) and the extension runs from its
 * due date; the new date is announced (answerBy) and shown to the applicant with the mark
 * "extended". Whether an extension is possible at all is the procedure's (409).
 */
export async function extendReview(
  tx: Tx,
  r: {
    complaintId: string;
    actor: SessionUser;
    workingDays: number;
    reason: string;
    now: Date;
    calendar: Calendar;
    requestId?: string | null;
  },
) {
  const { complaint, scope } = await complaintForAction(tx, r.complaintId, r.actor, "extend", r.now);
  const regime = regimeById(complaint.regime);
  const [holder] = await tx.select().from(organizations).where(eq(organizations.id, complaint.holderId));
  const body = reviewBodyOf(holder!.kind as OrganizationKind, holder!.id === complaint.respondentId);
  const left = scope.procedure.extensionLeft;
  if (!Number.isInteger(r.workingDays) || r.workingDays < 1 || r.workingDays > left)
    throw invalid([{ field: "workingDays", code: "extension_too_long", params: { max: left } }]);
  const [current] = await tx
    .select()
    .from(deadlines)
    .where(
      and(
        eq(deadlines.complaintId, complaint.id),
        eq(deadlines.organizationId, holder!.id),
        inArray(deadlines.kind, ["review", "extension"]),
        isNull(deadlines.closedOn),
      ),
    )
    .orderBy(desc(deadlines.due))
    .limit(1);
  const extension = announceDeadline(
    computeDeadline({
      calendar: r.calendar,
      regime,
      kind: "extension",
      body,
      startsOn: current!.due,
      workingDays: r.workingDays,
    }),
  );
  const [registration] = await tx
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.complaintId, complaint.id), eq(registrations.organizationId, holder!.id)))
    .orderBy(desc(registrations.registeredAt))
    .limit(1);
  if (registration)
    await tx
      .update(registrations)
      .set({ answerBy: extension.due })
      .where(eq(registrations.id, registration.id));
  // The table stops the running review clock; the extension starts after it.
  await applyTransition(tx, complaint, "extend", {
    ...r,
    note: r.reason,
    data: {
      workingDays: r.workingDays,
      due: extension.due,
      previousDue: current!.due,
      basis: extension.basis.code,
    },
  });
  await insertDeadline(tx, complaint.id, holder!.id, extension);
  return { due: extension.due };
}
