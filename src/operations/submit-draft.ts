import { and, eq } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { complaintDrafts } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import type { ComplaintInput, Signature } from "../domain/complaint.ts";
import { conflict, notFound } from "../domain/errors.ts";
import { type DraftData, draftFiles, signedContent } from "../queries/drafts.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { audit } from "./audit.ts";
import { spendSmsCode } from "./spend-sms-code.ts";
import { submitComplaint } from "./submit-complaint.ts";

export type SubmitDraftRequest = {
  draftId: string;
  actor: SessionUser;
  /** The edge's check of the answers (zod): the complaint input, or a 422 naming each missing answer. */
  toInput: (data: DraftData) => ComplaintInput;
  /** The SHA-256 of the text the applicant saw and confirmed on the declaration page. */
  confirmedSha256: string;
  language: "kk" | "ru" | "en";
  now: Date;
  calendar: Calendar;
  requestId?: string | null;
  filingsPerHour: number;
  /** A signature checked before (SMS code, EDS); without one the session signs (`portal_session`). */
  signature?: Signature;
  /** The SMS challenge the signature came from: spent in this transaction. */
  smsChallengeId?: string;
};

/**
 * Turns the signed-in citizen's draft into a complaint filed through the portal, signed by the
 * session: the draft row is locked, so a second submission of the same draft returns the first
 * complaint; if the answers changed since the declaration page was shown, nothing is filed (409).
 * Call it inside a transaction (the edge wraps it in `idempotent()` with a per-draft key too).
 */
export async function submitDraft(tx: Tx, r: SubmitDraftRequest): Promise<string> {
  const [row] = await tx
    .select()
    .from(complaintDrafts)
    .where(and(eq(complaintDrafts.id, r.draftId), eq(complaintDrafts.userId, r.actor.id)))
    .for("update");
  if (!row) throw notFound();
  if (row.submittedComplaintId) return row.submittedComplaintId;
  const data = row.data as DraftData;
  const input = r.toInput(data);
  const identity = {
    surname: r.actor.surname,
    name: r.actor.name,
    patronymic: r.actor.patronymic,
    iin: r.actor.iin ?? "",
  };
  const files = await draftFiles(tx, input.attachmentIds, r.actor.id);
  const { sha256 } = signedContent(input, identity, files);
  if (sha256 !== r.confirmedSha256) throw conflict("draft_changed");
  if (r.smsChallengeId)
    await spendSmsCode(tx, {
      actorId: r.actor.id,
      challengeId: r.smsChallengeId,
      sha256,
      now: r.now,
      requestId: r.requestId,
    });
  const id = await submitComplaint(tx, {
    actor: r.actor,
    channel: "portal",
    input,
    applicant: identity,
    applicantId: r.actor.id,
    language: r.language,
    receivedAt: r.now,
    signatureMethod: "portal_session",
    signature: r.signature,
    calendar: r.calendar,
    requestId: r.requestId,
    filingsPerHour: r.filingsPerHour,
  });
  await tx
    .update(complaintDrafts)
    .set({ submittedComplaintId: id, updatedAt: r.now })
    .where(eq(complaintDrafts.id, r.draftId));
  await audit(tx, {
    actorId: r.actor.id,
    action: "draft.submitted",
    entityType: "complaint_draft",
    entityId: r.draftId,
    data: { complaintId: id },
    requestId: r.requestId,
  });
  return id;
}
