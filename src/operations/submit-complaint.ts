import { createHash, randomUUID } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { attachments, complaints, organizations, services } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import type {
  AddresseeKind,
  ApplicantData,
  Channel,
  ComplaintInput,
  Signature,
} from "../domain/complaint.ts";
import { allowedAddressees, filingFacts, signedText } from "../domain/complaint-rules.ts";
import { type FieldIssue, invalid } from "../domain/errors.ts";
import { MAX_ATTACHMENTS } from "../domain/file-type.ts";
import type { OrganizationKind } from "../domain/roles.ts";
import { localDate } from "../domain/time.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { checkQuota } from "./check-quota.ts";
import { recordEvent } from "./complaint-events.ts";
import { startClocksAtHolder } from "./start-clocks.ts";

/** What the applicant states (api.md); identity comes from the account or the paper. */

export type SubmitRequest = {
  actor: SessionUser;
  channel: Channel;
  input: ComplaintInput;
  /** The applicant's identity: from the account (portal), the paper (office) or the caller (1414). */
  applicant: Omit<ApplicantData, "postalAddress" | "phones" | "email">;
  applicantId: string | null;
  language: "kk" | "ru" | "en";
  receivedAt: Date;
  signatureMethod: Signature["method"];
  /**
   * A signature checked before the filing (SMS code, EDS): stored as it is, and only when its
   * SHA-256 is the one of the text filed (else 422 `signature_text_changed`, nothing filed).
   */
  signature?: Signature;
  calendar: Calendar;
  requestId?: string | null;
  /** Recorded with the `submitted` event and its audit row (e.g. the reason for a late entry). */
  eventData?: Record<string, unknown> | undefined;
  /** A person filing for themselves may file this many in an hour (`FILINGS_PER_HOUR`); staff are not bound. */
  filingsPerHour?: number;
};

/** The organization kind each addressee kind must be (a provider head is the respondent itself). */
const ADDRESSEE_ORG_KIND: Record<AddresseeKind, OrganizationKind | "respondent"> = {
  provider_head: "respondent",
  akim: "akimat",
  state_corporation_head: "state_corporation",
  informatization_authority: "informatization_authority",
  quality_authority: "quality_authority",
};

/**
 * Accepts a complaint: checks the addressee, respondent, service and attachments against the
 * database, records the signature (method, time, SHA-256 of the exact text), flags a late filing
 * (APPC art. 92: accepted, never refused; the applicant's reason asks to restore the term),
 * starts the holder's clocks from receipt and marks it delivered. Returns the new id.
 */
export async function submitComplaint(tx: Tx, r: SubmitRequest): Promise<string> {
  if (r.filingsPerHour !== undefined)
    await checkQuota(tx, "filings", r.actor.id, r.receivedAt, r.filingsPerHour);
  const { input } = r;
  const issues: FieldIssue[] = [];
  const orgIds = [...new Set([input.addressee.organizationId, input.respondent.organizationId])];
  const orgs = new Map(
    (await tx.select().from(organizations).where(inArray(organizations.id, orgIds))).map((o) => [o.id, o]),
  );
  const respondent = orgs.get(input.respondent.organizationId);
  const addressee = orgs.get(input.addressee.organizationId);
  if (!respondent) issues.push({ field: "respondent.organizationId", code: "unknown_organization" });
  if (!addressee) issues.push({ field: "addressee.organizationId", code: "unknown_organization" });
  if (respondent && addressee) {
    const expected = ADDRESSEE_ORG_KIND[input.addressee.kind];
    const fits = expected === "respondent" ? addressee.id === respondent.id : addressee.kind === expected;
    if (!fits || !allowedAddressees(respondent.kind as OrganizationKind).includes(input.addressee.kind)) {
      issues.push({ field: "addressee.kind", code: "addressee_not_allowed" });
    }
  }
  if (input.serviceId) {
    const [service] = await tx
      .select({ id: services.id })
      .from(services)
      .where(eq(services.id, input.serviceId));
    if (!service) issues.push({ field: "serviceId", code: "unknown_service" });
  }
  const files = input.attachmentIds.length
    ? await tx
        .select({ id: attachments.id, filename: attachments.filename, sha256: attachments.sha256 })
        .from(attachments)
        .where(
          and(
            inArray(attachments.id, input.attachmentIds),
            eq(attachments.ownerId, r.actor.id),
            isNull(attachments.complaintId),
          ),
        )
    : [];
  if (files.length !== new Set(input.attachmentIds).size)
    issues.push({ field: "attachmentIds", code: "unknown_attachment" });
  if (input.attachmentIds.length > MAX_ATTACHMENTS) {
    issues.push({ field: "attachmentIds", code: "too_many_attachments", params: { max: MAX_ATTACHMENTS } });
  }
  const receivedOn = localDate(r.receivedAt);
  if (input.learnedOn && input.learnedOn > receivedOn)
    issues.push({ field: "learnedOn", code: "date_in_future" });
  if (issues.length) throw invalid(issues);

  const applicant: ApplicantData = {
    ...r.applicant,
    postalAddress: input.postalAddress,
    phones: input.phones,
    email: input.email,
  };
  const { regime, filedLate } = filingFacts(r.calendar, receivedOn, input.learnedOn);
  const text = signedText(input, applicant, files);
  const sha256 = createHash("sha256").update(text).digest("hex");
  if (r.signature && r.signature.sha256 !== sha256)
    throw invalid([{ field: "signature", code: "signature_text_changed" }]);
  const id = randomUUID();
  await tx.insert(complaints).values({
    id,
    channel: r.channel,
    regime: regime.id,
    status: "submitted",
    holderId: input.addressee.organizationId,
    addresseeKind: input.addressee.kind,
    addresseeId: input.addressee.organizationId,
    respondentId: input.respondent.organizationId,
    respondentOfficials: input.respondent.officials,
    serviceId: input.serviceId,
    grounds: input.grounds,
    reasons: input.reasons,
    demands: input.demands,
    learnedOn: input.learnedOn,
    filedLate,
    appealed: input.appealed ?? "body",
    lateReason: filedLate ? (input.lateReason ?? null) : null,
    applicantId: r.applicantId,
    applicant,
    language: r.language,
    receivedAt: r.receivedAt,
    receivedHereAt: r.receivedAt,
    filedBy: r.actor.id,
    signature: r.signature ?? { method: r.signatureMethod, signedAt: r.receivedAt.toISOString(), sha256 },
    createdAt: r.receivedAt,
    updatedAt: r.receivedAt,
  });
  if (files.length) {
    await tx
      .update(attachments)
      .set({ complaintId: id })
      .where(
        inArray(
          attachments.id,
          files.map((f) => f.id),
        ),
      );
  }
  await startClocksAtHolder(
    tx,
    {
      id,
      regime: regime.id,
      appealed: input.appealed ?? "body",
      respondentId: input.respondent.organizationId,
    },
    addressee!,
    r.receivedAt,
    r.calendar,
  );
  await recordEvent(
    tx,
    {
      complaintId: id,
      kind: "submitted",
      mark: "delivered",
      organizationId: input.addressee.organizationId,
      actor: r.actor,
      at: r.receivedAt,
      data: { channel: r.channel, filedLate, ...r.eventData },
      requestId: r.requestId,
    },
    r.language,
  );
  return id;
}
