import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { deadlines, organizations, registrations } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { reviewBodyOf } from "../domain/complaint-rules.ts";
import { announceDeadline, computeDeadline, regimeById } from "../domain/deadlines/index.ts";
import { conflict, invalid } from "../domain/errors.ts";
import type { OrganizationKind } from "../domain/roles.ts";
import { localDate } from "../domain/time.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { complaintForAction } from "./complaint-for-action.ts";

/**
 * The head of the holder extends the review where the regime allows it (APPC regime: only the
 * authorized body for quality, up to the regime's maximum in total — Law on public services
 * art. 25 p. 4), with a reason. The extension runs from the current due date; the new date is
 * announced (answerBy) and shown to the applicant with the mark "extended".
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
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "extend");
  const regime = regimeById(complaint.regime);
  const [holder] = await tx.select().from(organizations).where(eq(organizations.id, complaint.holderId));
  const body = reviewBodyOf(holder!.kind as OrganizationKind, holder!.id === complaint.respondentId);
  const rule = regime.extension;
  if (!rule?.bodies.includes(body)) throw conflict("extension_not_allowed");
  const clocks = await tx
    .select()
    .from(deadlines)
    .where(
      and(
        eq(deadlines.complaintId, complaint.id),
        eq(deadlines.organizationId, holder!.id),
        inArray(deadlines.kind, ["review", "extension"]),
      ),
    )
    .orderBy(desc(deadlines.due));
  const used = clocks.filter((d) => d.kind === "extension").reduce((n, d) => n + d.workingDays, 0);
  const left = rule.maxWorkingDays - used;
  if (!Number.isInteger(r.workingDays) || r.workingDays < 1 || r.workingDays > left)
    throw invalid([{ field: "workingDays", code: "extension_too_long", params: { max: Math.max(left, 0) } }]);
  const current = clocks.find((d) => d.closedOn === null);
  if (!current) throw conflict("extension_not_allowed");
  const today = localDate(r.now);
  const extension = announceDeadline(
    computeDeadline({
      calendar: r.calendar,
      regime,
      kind: "extension",
      body,
      startsOn: current.due,
      workingDays: r.workingDays,
    }),
  );
  await tx.update(deadlines).set({ closedOn: today }).where(eq(deadlines.id, current.id));
  await tx.insert(deadlines).values({
    id: randomUUID(),
    complaintId: complaint.id,
    organizationId: holder!.id,
    kind: "extension",
    body: extension.body,
    startsOn: extension.startsOn,
    workingDays: extension.workingDays,
    due: extension.due,
    computedDue: extension.computedDue,
    announcedDue: extension.announcedDue,
    basisCode: extension.basis.code,
    calendarVersion: extension.calendarVersion,
  });
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
  await applyTransition(tx, complaint, "extend", {
    ...r,
    note: r.reason,
    data: {
      workingDays: r.workingDays,
      due: extension.due,
      previousDue: current.due,
      basis: extension.basis.code,
    },
  });
  return { due: extension.due };
}
