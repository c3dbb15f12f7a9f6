import { and, asc, eq, gte, lt } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { complaints, registrations } from "../db/schema.ts";
import { localInstant } from "../domain/time.ts";

export type TodayRegistration = {
  complaintId: string;
  number: string;
  registeredAt: Date;
  applicantSurname: string;
  channel: string;
};

/** The registrations an organization made on `today` (a date in Asia/Almaty), in order. */
export async function officeToday(
  db: Executor,
  organizationId: string,
  today: string,
): Promise<TodayRegistration[]> {
  const from = localInstant(today);
  const to = new Date(from.getTime() + 24 * 60 * 60 * 1000);
  const rows = await db
    .select({
      complaintId: registrations.complaintId,
      number: registrations.number,
      registeredAt: registrations.registeredAt,
      applicant: complaints.applicant,
      channel: complaints.channel,
    })
    .from(registrations)
    .innerJoin(complaints, eq(complaints.id, registrations.complaintId))
    .where(
      and(
        eq(registrations.organizationId, organizationId),
        gte(registrations.registeredAt, from),
        lt(registrations.registeredAt, to),
      ),
    )
    .orderBy(asc(registrations.registeredAt), asc(registrations.seq));
  return rows.map((r) => ({
    complaintId: r.complaintId,
    number: r.number,
    registeredAt: r.registeredAt,
    applicantSurname: r.applicant.surname,
    channel: r.channel,
  }));
}
