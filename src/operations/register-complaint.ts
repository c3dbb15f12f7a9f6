import { randomInt, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { complaints, deadlines, organizations, registrationCounters, registrations } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { reviewBodyOf } from "../domain/complaint-rules.ts";
import { announceDeadline, computeDeadline, type Deadline, regimeById } from "../domain/deadlines/index.ts";
import { notFound } from "../domain/errors.ts";
import { transition } from "../domain/lifecycle.ts";
import type { OrganizationKind } from "../domain/roles.ts";
import { localDate } from "../domain/time.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { actorStamp, recordEvent } from "./complaint-events.ts";

export type RegisterRequest = {
  complaintId: string;
  actor: SessionUser;
  now: Date;
  calendar: Calendar;
  /** When the paper was received (office intake); defaults to `now`. */
  receivedAt?: Date;
  requestId?: string | null;
};

const CHECK_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A short code printed on the talon; with the number it opens the public status page. */
export function newCheckCode(): string {
  return Array.from({ length: 8 }, () => CHECK_ALPHABET[randomInt(CHECK_ALPHABET.length)]).join("");
}

/**
 * Registers the complaint at its current holder: the next number of the organization's year
 * (gap-free: the counter row is locked until commit), the registration date (the next working
 * day when received on a day off), the accepting official, the forward clock (3 working days
 * from receipt, at the body whose act is appealed, APPC regime) and the review clock (5 or 15
 * working days from registration), whose due date is announced as `answerBy`.
 */
export async function registerComplaint(tx: Tx, r: RegisterRequest) {
  const [complaint] = await tx
    .select()
    .from(complaints)
    .where(eq(complaints.id, r.complaintId))
    .for("update");
  if (!complaint) throw notFound();
  const { to, mark } = transition(complaint.status, "register");
  const [holder] = await tx.select().from(organizations).where(eq(organizations.id, complaint.holderId));
  if (!holder) throw notFound();
  const lang = complaint.language;
  const received = r.receivedAt ?? r.now;
  const registeredOn = r.calendar.registrationDate(localDate(received));
  const year = Number(registeredOn.slice(0, 4));
  const [counter] = await tx
    .insert(registrationCounters)
    .values({ organizationId: holder.id, year, last: 1 })
    .onConflictDoUpdate({
      target: [registrationCounters.organizationId, registrationCounters.year],
      set: { last: sql`${registrationCounters.last} + 1` },
    })
    .returning({ last: registrationCounters.last });
  const seq = counter!.last;
  const number = `${holder.id.toUpperCase()}-${year}-${String(seq).padStart(5, "0")}`;

  const regime = regimeById(complaint.regime);
  const isRespondent = holder.id === complaint.respondentId;
  const body = reviewBodyOf(holder.kind as OrganizationKind, isRespondent);
  const clocks: Deadline[] = [];
  if (regime.forward && isRespondent && complaint.status === "submitted" && body !== "quality_authority") {
    clocks.push(
      computeDeadline({
        calendar: r.calendar,
        regime,
        kind: "forward",
        body,
        startsOn: localDate(complaint.receivedAt),
      }),
    );
  }
  const review = announceDeadline(
    computeDeadline({ calendar: r.calendar, regime, kind: "review", body, startsOn: registeredOn }),
  );
  clocks.push(review);
  for (const d of clocks) {
    await tx.insert(deadlines).values({
      id: randomUUID(),
      complaintId: complaint.id,
      organizationId: holder.id,
      kind: d.kind,
      body: d.body,
      startsOn: d.startsOn,
      workingDays: d.workingDays,
      due: d.due,
      computedDue: d.computedDue,
      announcedDue: d.announcedDue,
      basisCode: d.basis.code,
      calendarVersion: d.calendarVersion,
    });
  }

  const nameKey = lang === "kk" ? "nameKk" : lang === "ru" ? "nameRu" : "nameEn";
  const addressKey = lang === "kk" ? "addressKk" : lang === "ru" ? "addressRu" : "addressEn";
  const answerPlace = [holder[nameKey], holder[addressKey]].filter(Boolean).join(", ");
  const registration = {
    id: randomUUID(),
    complaintId: complaint.id,
    organizationId: holder.id,
    year,
    seq,
    number,
    registeredOn,
    registeredAt: r.now,
    acceptedBy: actorStamp(r.actor, lang),
    answerBy: review.due,
    answerPlace,
    checkCode: newCheckCode(),
  };
  await tx.insert(registrations).values(registration);
  await tx
    .update(complaints)
    .set({ status: to, version: complaint.version + 1, updatedAt: r.now })
    .where(eq(complaints.id, complaint.id));
  await recordEvent(
    tx,
    {
      complaintId: complaint.id,
      kind: "registered",
      mark,
      organizationId: holder.id,
      actor: r.actor,
      at: r.now,
      data: { number, registeredOn, answerBy: review.due },
      requestId: r.requestId,
    },
    lang,
  );
  return registration;
}
