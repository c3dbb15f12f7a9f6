import { randomUUID } from "node:crypto";
import type { Executor } from "../db/connection.ts";
import { deadlines } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import type { Appealed } from "../domain/complaint.ts";
import { reviewBodyOf } from "../domain/complaint-rules.ts";
import {
  announceDeadline,
  computeDeadline,
  type Deadline,
  type RegimeId,
  regimeById,
} from "../domain/deadlines/index.ts";
import { mustForward } from "../domain/procedure.ts";
import type { OrganizationKind } from "../domain/roles.ts";
import { localDate } from "../domain/time.ts";

/** Stores a computed clock of `organizationId`; `closedOn` records one closed at once (met). */
export async function insertDeadline(
  tx: Executor,
  complaintId: string,
  organizationId: string,
  d: Deadline,
  closedOn: string | null = null,
) {
  await tx.insert(deadlines).values(deadlineRow(complaintId, organizationId, d, closedOn));
}

/** The row of a computed clock of `organizationId` (`closedOn`: one closed at once, met). */
export function deadlineRow(
  complaintId: string,
  organizationId: string,
  d: Deadline,
  closedOn: string | null = null,
) {
  return {
    id: randomUUID(),
    complaintId,
    organizationId,
    kind: d.kind,
    body: d.body,
    startsOn: d.startsOn,
    workingDays: d.workingDays,
    due: d.due,
    computedDue: d.computedDue,
    announcedDue: d.announcedDue,
    basisCode: d.basis.code,
    calendarVersion: d.calendarVersion,
    closedOn,
    completed: closedOn !== null,
  };
}

/**
 * The clocks that start when a body receives a complaint — by delivery, forward or redirect —
 * whether or not anyone registers it (legal.md: the registration date is the receipt date, or
 * the next working day after a day off): registration, due that day; and either, at the body
 * whose own act is appealed (APPC), the forward clock, 3 working days from receipt (art. 91
 * p. 4), or the review clock, 5 or 15 working days from the registration date, announced at
 * once — the applicant sees the answer date and the answering body from delivery on.
 */
export async function startClocksAtHolder(
  tx: Executor,
  c: { id: string; regime: RegimeId; appealed: Appealed; respondentId: string },
  holder: { id: string; kind: string },
  receivedAt: Date,
  calendar: Calendar,
): Promise<Deadline> {
  const { answer, rows } = clocksAtHolder(c, holder, receivedAt, calendar);
  await tx.insert(deadlines).values(rows);
  return answer;
}

/** The rows `startClocksAtHolder` writes (registration first), and the answer clock. */
export function clocksAtHolder(
  c: { id: string; regime: RegimeId; appealed: Appealed; respondentId: string },
  holder: { id: string; kind: string },
  receivedAt: Date,
  calendar: Calendar,
) {
  const regime = regimeById(c.regime);
  const isRespondent = holder.id === c.respondentId;
  const kind = holder.kind as OrganizationKind;
  const body = reviewBodyOf(kind, isRespondent);
  const startsOn = localDate(receivedAt);
  const registration = computeDeadline({ calendar, regime, kind: "registration", body, startsOn });
  const forwarding = mustForward({
    regime: c.regime,
    appealed: c.appealed,
    holderIsRespondent: isRespondent,
    holderKind: kind,
  });
  const answer = forwarding
    ? computeDeadline({ calendar, regime, kind: "forward", body, startsOn })
    : announceDeadline(
        computeDeadline({
          calendar,
          regime,
          kind: "review",
          body,
          startsOn: calendar.registrationDate(startsOn),
        }),
      );
  return {
    answer,
    rows: [deadlineRow(c.id, holder.id, registration), deadlineRow(c.id, holder.id, answer)],
  };
}
