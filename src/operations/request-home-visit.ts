import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { homeVisits, services } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { DomainError, invalid } from "../domain/errors.ts";
import { routeToBranch, visitDue, visitReference } from "../domain/home-visits.ts";
import { localDate } from "../domain/time.ts";
import type { Lang } from "../i18n/index.ts";
import { stateCorporationOffices } from "../queries/home-visits.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { logVisitStep } from "./home-visit-log.ts";

export type HomeVisitRequest = {
  applicant: { iin: string; surname: string; name: string; patronymic: string | null; phones: string[] };
  regionCode: string | null;
  district: string;
  address: string;
  serviceId: string;
  note: string | null;
  preferred: string | null;
  language: Lang;
};

/**
 * The contact centre records a request for documents accepted at home: routed to the State
 * Corporation branch of the person's region (else the national office), due in the branch
 * standard's working days on the official calendar; the person gets the reference by SMS.
 * Returns the visit id.
 */
export async function requestHomeVisit(
  tx: Tx,
  r: {
    actor: SessionUser;
    input: HomeVisitRequest;
    receivedAt: Date;
    calendar: Calendar;
    workingDays: number;
    requestId?: string | null;
  },
): Promise<string> {
  if (r.actor.role !== "operator") throw new DomainError("forbidden", "forbidden");
  const [service] = await tx
    .select({ id: services.id })
    .from(services)
    .where(eq(services.id, r.input.serviceId));
  if (!service) throw invalid([{ field: "serviceId", code: "choose_one" }]);
  if (!r.input.applicant.phones.length) throw invalid([{ field: "applicant.phones", code: "required" }]);
  const branchId = routeToBranch(r.input.regionCode, await stateCorporationOffices(tx));
  const { startsOn, due } = visitDue(r.calendar, localDate(r.receivedAt), r.workingDays);
  const id = randomUUID();
  let stored: (typeof homeVisits.$inferSelect)[] = [];
  for (let attempt = 0; attempt < 5 && !stored.length; attempt++) {
    stored = await tx
      .insert(homeVisits)
      .values({
        id,
        reference: visitReference(randomBytes(6)),
        branchId,
        status: "requested",
        applicant: r.input.applicant,
        regionCode: r.input.regionCode,
        district: r.input.district,
        address: r.input.address,
        serviceId: r.input.serviceId,
        mobilityNote: r.input.note,
        preferred: r.input.preferred,
        language: r.input.language,
        createdBy: r.actor.id,
        receivedAt: r.receivedAt,
        startsOn,
        workingDays: r.workingDays,
        due,
      })
      .onConflictDoNothing({ target: homeVisits.reference })
      .returning();
  }
  const visit = stored[0];
  if (!visit) throw new DomainError("internal", "internal");
  await logVisitStep(tx, {
    visit,
    kind: "requested",
    actorId: r.actor.id,
    at: r.receivedAt,
    data: { branchId, due },
    requestId: r.requestId ?? null,
  });
  return id;
}
