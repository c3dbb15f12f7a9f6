import { randomInt, randomUUID } from "node:crypto";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { complaints, deadlines, organizations, registrationCounters, registrations } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { notFound } from "../domain/errors.ts";
import { localDate } from "../domain/time.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { actorStamp } from "./complaint-events.ts";

export type RegisterRequest = {
  complaintId: string;
  actor: SessionUser;
  now: Date;
  calendar: Calendar;
  /** When the paper was received (office intake); defaults to when the holder received it. */
  receivedAt?: Date;
  requestId?: string | null;
};

const CHECK_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A short code printed on the talon; with the number it opens the public status page. */
export function newCheckCode(): string {
  return Array.from({ length: 8 }, () => CHECK_ALPHABET[randomInt(CHECK_ALPHABET.length)]).join("");
}

/**
 * Registers the complaint at its current holder on its legal date — the day the holder received
 * it, or the next working day after a day off (legal.md), whenever the registrar acts: the next
 * number of that year (gap-free: the counter row is locked until commit), the accepting official
 * and, as `answerBy`, the due date of the answer clock that started on receipt (the review; at
 * the body whose own act is appealed, which must forward, the forward deadline). The
 * registration clock closes: met when the registrar acted by its due date, missed after.
 */
export async function registerComplaint(tx: Tx, r: RegisterRequest) {
  const [found] = await tx
    .select({ complaint: complaints, holder: organizations })
    .from(complaints)
    .innerJoin(organizations, eq(organizations.id, complaints.holderId))
    .where(eq(complaints.id, r.complaintId))
    .for("update", { of: complaints });
  if (!found) throw notFound();
  const { complaint, holder } = found;
  const lang = complaint.language;
  const registeredOn = r.calendar.registrationDate(localDate(r.receivedAt ?? complaint.receivedHereAt));
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

  // The answer clock started on receipt (start-clocks.ts): forwarding at the appealed body, else the review.
  const [answer] = await tx
    .select({ due: deadlines.due })
    .from(deadlines)
    .where(
      and(
        eq(deadlines.complaintId, complaint.id),
        eq(deadlines.organizationId, holder.id),
        inArray(deadlines.kind, ["forward", "review", "extension"]),
        isNull(deadlines.closedOn),
      ),
    )
    .orderBy(desc(deadlines.due))
    .limit(1);
  const answerBy = answer?.due ?? registeredOn;

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
    answerBy,
    answerPlace,
    checkCode: newCheckCode(),
  };
  await tx.insert(registrations).values(registration);
  await applyTransition(tx, complaint, "register", {
    actor: r.actor,
    now: r.now,
    requestId: r.requestId,
    data: (closed) => ({
      number,
      registeredOn,
      answerBy,
      registrationDeadline: closed.find((d) => d.kind === "registration")?.due ?? null,
    }),
  });
  return registration;
}
