import { createHash, randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { attachments, complaints } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { type ApplicantData, isAnswered } from "../domain/complaint.ts";
import { signedText } from "../domain/complaint-rules.ts";
import { regimeFor } from "../domain/deadlines/index.ts";
import { conflict } from "../domain/errors.ts";
import { escalationDepartment } from "../domain/reviewing-body.ts";
import { localDate } from "../domain/time.ts";
import { orgNodes } from "../queries/org-nodes.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { recordEvent } from "./complaint-events.ts";
import { complaintForAction } from "./complaint-for-action.ts";
import { startClocksAtHolder } from "./start-clocks.ts";

/**
 * After a result or a refusal — or a term missed with no answer (deemed refusal) — the applicant
 * appeals to the authorized body for quality of the region (the procedure says when): a new
 * complaint (addressee `quality_authority`), linked both ways (`escalated_from`), with the whole
 * case — the original complaint is referenced and its attachments copied (new rows, same bytes).
 * It is delivered, and its registration clock runs from today; the quality authority registers
 * it and its 15 working days count from that day. Returns the new complaint's id.
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
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "escalate", r.now);
  const nodes = await orgNodes(tx);
  const holder = nodes.find((o) => o.id === complaint.holderId)!;
  const respondent = nodes.find((o) => o.id === complaint.respondentId)!;
  const quality = escalationDepartment(respondent, holder, nodes);
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
    {
      ...complaint,
      addressee,
      respondent: respondentPart,
      reasons: r.reasons,
      demands: r.demands,
      lateReason: null,
    },
    applicant,
    files,
  );
  const today = localDate(r.now);
  const id = randomUUID();
  const regime = regimeFor(r.calendar.registrationDate(today)).id;
  await tx.insert(complaints).values({
    id,
    channel: "portal",
    regime,
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
    appealed: complaint.appealed,
    applicantId: complaint.applicantId,
    applicant,
    language: complaint.language,
    receivedAt: r.now,
    receivedHereAt: r.now,
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
  await startClocksAtHolder(
    tx,
    { id, regime, appealed: complaint.appealed, respondentId: complaint.respondentId },
    quality,
    r.now,
    r.calendar,
  );
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
  await applyTransition(tx, complaint, "escalate", {
    ...r,
    data: {
      to: id,
      qualityAuthorityId: quality.id,
      deemedRefusal: !isAnswered(complaint.status),
    },
  });
  return id;
}
