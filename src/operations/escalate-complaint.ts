import { createHash, randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { attachments, complaints, organizations } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import type { ApplicantData } from "../domain/complaint.ts";
import { signedText } from "../domain/complaint-rules.ts";
import { regimeFor } from "../domain/deadlines/index.ts";
import { conflict } from "../domain/errors.ts";
import { transition } from "../domain/lifecycle.ts";
import { qualityAuthorityFor } from "../domain/reviewing-body.ts";
import type { OrganizationKind } from "../domain/roles.ts";
import { localDate } from "../domain/time.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { recordEvent } from "./complaint-events.ts";
import { complaintForAction } from "./complaint-for-action.ts";

/**
 * After a result the applicant appeals to the authorized body for quality of the region: a new
 * complaint (addressee `quality_authority`), linked both ways (`escalated_from`), with the whole
 * case — the original complaint is referenced and its attachments copied (new rows, same bytes).
 * It is delivered, not yet registered: the quality authority registers it and its 15 working
 * days start then. Returns the new complaint's id.
 */
export async function escalateComplaint(
  tx: Tx,
  r: {
    complaintId: string;
    actor: SessionUser;
    reasons: string;
    demands: string;
    now: Date;
    calendar: Calendar;
    requestId?: string | null;
  },
): Promise<string> {
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "escalate");
  const step = transition(complaint.status, "escalate");
  const orgs = await tx.select().from(organizations);
  const nodes = orgs.map((o) => ({ ...o, kind: o.kind as OrganizationKind }));
  const holder = nodes.find((o) => o.id === complaint.holderId)!;
  if (holder.kind === "quality_authority") throw conflict("escalation_not_available");
  const [already] = await tx
    .select({ id: complaints.id })
    .from(complaints)
    .where(eq(complaints.escalatedFrom, complaint.id));
  if (already) throw conflict("already_escalated");
  const respondent = nodes.find((o) => o.id === complaint.respondentId)!;
  const quality = qualityAuthorityFor(respondent.regionCode ?? holder.regionCode, nodes);
  if (!quality) throw conflict("no_quality_authority");

  const files = await tx
    .select()
    .from(attachments)
    .where(eq(attachments.complaintId, complaint.id))
    .orderBy(asc(attachments.createdAt));
  const applicant: ApplicantData = complaint.applicant;
  const addressee = { kind: "quality_authority" as const, organizationId: quality.id };
  const respondentPart = { organizationId: complaint.respondentId, officials: complaint.respondentOfficials };
  const text = signedText(
    { ...complaint, addressee, respondent: respondentPart, reasons: r.reasons, demands: r.demands },
    applicant,
    files,
  );
  const today = localDate(r.now);
  const id = randomUUID();
  await tx.insert(complaints).values({
    id,
    channel: "portal",
    regime: regimeFor(r.calendar.registrationDate(today)).id,
    status: "submitted",
    holderId: quality.id,
    addresseeKind: addressee.kind,
    addresseeId: quality.id,
    respondentId: complaint.respondentId,
    respondentOfficials: complaint.respondentOfficials,
    serviceId: complaint.serviceId,
    grounds: complaint.grounds,
    reasons: r.reasons,
    demands: r.demands,
    learnedOn: complaint.learnedOn,
    filedLate: false,
    applicantId: complaint.applicantId,
    applicant,
    language: complaint.language,
    receivedAt: r.now,
    filedBy: r.actor.id,
    signature: {
      method: "portal_session",
      signedAt: r.now.toISOString(),
      sha256: createHash("sha256").update(text).digest("hex"),
    },
    escalatedFrom: complaint.id,
    createdAt: r.now,
    updatedAt: r.now,
  });
  for (const f of files) {
    await tx.insert(attachments).values({ ...f, id: randomUUID(), complaintId: id, createdAt: r.now });
  }
  await recordEvent(
    tx,
    {
      complaintId: id,
      kind: "submitted",
      mark: "delivered",
      organizationId: quality.id,
      actor: r.actor,
      at: r.now,
      data: { channel: "portal", escalatedFrom: complaint.id, attachmentsCopied: files.length },
      requestId: r.requestId,
    },
    complaint.language,
  );
  await recordEvent(
    tx,
    {
      complaintId: complaint.id,
      kind: step.event,
      mark: null,
      organizationId: complaint.holderId,
      actor: r.actor,
      at: r.now,
      data: { to: id, qualityAuthorityId: quality.id },
      requestId: r.requestId,
    },
    complaint.language,
  );
  return id;
}
