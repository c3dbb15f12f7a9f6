import { randomUUID } from "node:crypto";
import type { Tx } from "../db/connection.ts";
import { attachments, complaints } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { type ApplicantData, isAnswered, type Signature } from "../domain/complaint.ts";
import { regimeFor } from "../domain/deadlines/index.ts";
import { conflict, invalid } from "../domain/errors.ts";
import { localDate } from "../domain/time.ts";
import { escalationContent } from "../queries/escalation-content.ts";
import { orgNodes } from "../queries/org-nodes.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { recordEvent } from "./complaint-events.ts";
import { complaintForAction } from "./complaint-for-action.ts";
import { spendSmsCode } from "./spend-sms-code.ts";
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
    /** A checked SMS code or EDS signature over `escalationContent`'s text. */
    signature?: Signature | null | undefined;
    /** The SMS code's challenge, spent in this transaction. */
    smsChallengeId?: string | null | undefined;
    /** Whether the session may sign without one (PORTAL_SESSION_SIGNING). */
    sessionSigning: boolean;
  },
): Promise<string> {
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "escalate", r.now);
  const content = await escalationContent(tx, complaint, r);
  if (!content) throw conflict("no_quality_authority");
  // Signed like the complaint: by an SMS code or EDS over this very text, or by the session where
  // PORTAL_SESSION_SIGNING allows it (the demo world).
  if (!r.signature && !r.sessionSigning) throw invalid([{ field: "signature", code: "signature_required" }]);
  if (r.signature && r.signature.sha256 !== content.sha256)
    throw invalid([{ field: "signature", code: "signature_text_changed" }]);
  if (r.signature?.method === "sms_otp" && r.smsChallengeId)
    await spendSmsCode(tx, {
      actorId: r.actor.id,
      challengeId: r.smsChallengeId,
      sha256: content.sha256,
      now: r.now,
      requestId: r.requestId,
    });
  const files = content.files;
  const applicant: ApplicantData = complaint.applicant;
  const addressee = { kind: "quality_authority" as const, organizationId: content.qualityId };
  const quality = (await orgNodes(tx)).find((o) => o.id === content.qualityId)!;
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
    signature: r.signature ?? {
      method: "portal_session",
      signedAt: r.now.toISOString(),
      sha256: content.sha256,
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
