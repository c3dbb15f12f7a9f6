import { createHash, randomUUID } from "node:crypto";
import { eq, inArray, type SQLWrapper, sql } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { attachments, complaints, deadlines, organizations, services, users } from "../db/schema.ts";
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
import type { CitizenAccount } from "../queries/citizen-account.ts";
import type { ComplaintRows } from "../queries/complaint-view.ts";
import type { Reference } from "../queries/reference.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { HOUR_MS, quotaReached } from "./check-quota.ts";
import {
  type ComplaintEvent,
  eventWrites,
  firstEvent,
  type LinkedEvent,
  notifies,
  writeTogether,
} from "./complaint-events.ts";
import { markNotices, type OutboxEntry } from "./enqueue-notices.ts";
import { clocksAtHolder } from "./start-clocks.ts";

/** What the applicant states (api.md); identity comes from the account or the paper. */

export type SubmitRequest = {
  actor: SessionUser;
  channel: Channel;
  input: ComplaintInput;
  /** The applicant's identity: from the account (portal), the paper (office) or the caller (1414). */
  applicant: Omit<ApplicantData, "postalAddress" | "phones" | "email">;
  applicantId: string | null;
  /** The applicant's account's notice settings when the caller has read them already (by IIN). */
  applicantAccount?: Pick<CitizenAccount, "notifyVia" | "email" | "phone"> | null;
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
  /** The reference data at hand (organizations and services are checked against it, not re-read). */
  reference?: Reference;
};

/** What a filing wrote: the complaint's rows as a read would return them (its answer is made from them). */
export type Filing = Pick<ComplaintRows, "c" | "clocks" | "events" | "files">;

/**
 * A statement to write in the same batch as the filing, made from what it writes (the idempotency
 * record of the answer).
 */
export type AlsoWrite = (filing: Filing) => SQLWrapper | null;

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
export async function submitComplaint(tx: Tx, r: SubmitRequest, also?: AlsoWrite): Promise<string> {
  const { input } = r;
  const issues: FieldIssue[] = [];
  // One read for the quota and the attachments (none when neither applies).
  const checks = await filingChecks(tx, r);
  if (checks.quota) quotaReached("filings", checks.quota, r.receivedAt, r.filingsPerHour!);
  const orgIds = [...new Set([input.addressee.organizationId, input.respondent.organizationId])];
  const orgs = r.reference
    ? new Map(
        orgIds.flatMap((o) =>
          r.reference!.organizations.has(o) ? [[o, r.reference!.organizations.get(o)!]] : [],
        ),
      )
    : new Map(
        (await tx.select().from(organizations).where(inArray(organizations.id, orgIds))).map((o) => [
          o.id,
          o,
        ]),
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
  if (input.serviceId && r.reference) {
    if (!r.reference.serviceIds.has(input.serviceId))
      issues.push({ field: "serviceId", code: "unknown_service" });
  } else if (input.serviceId) {
    const [service] = await tx
      .select({ id: services.id })
      .from(services)
      .where(eq(services.id, input.serviceId));
    if (!service) issues.push({ field: "serviceId", code: "unknown_service" });
  }
  const files = checks.files;
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
  const row: typeof complaints.$inferInsert = {
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
  };
  const { rows: clockRows } = clocksAtHolder(
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
  const event: ComplaintEvent = {
    complaintId: id,
    kind: "submitted",
    mark: "delivered",
    organizationId: input.addressee.organizationId,
    actor: r.actor,
    at: r.receivedAt,
    data: { channel: r.channel, filedLate, ...r.eventData },
    requestId: r.requestId,
  };
  const links = firstEvent(event, r.language, new Date());
  const account =
    r.applicantId === null
      ? null
      : r.applicantAccount !== undefined
        ? r.applicantAccount
        : r.applicantId === r.actor.id && r.actor.notifyVia
          ? { notifyVia: r.actor.notifyVia, email: r.actor.email, phone: r.actor.phone }
          : ((
              await tx
                .select({ notifyVia: users.notifyVia, email: users.email, phone: users.phone })
                .from(users)
                .where(eq(users.id, r.applicantId))
            )[0] ?? null);
  const notices = notifies(event)
    ? markNotices(
        { complaintId: id, mark: "delivered", at: r.receivedAt, data: event.data ?? {} },
        { applicantId: r.applicantId, applicant, channel: r.channel, language: r.language },
        account,
        null,
        addressee!,
      )
    : [];
  const filing: Filing = {
    c: {
      ...COMPLAINT_DEFAULTS,
      ...row,
      nextDue: clockRows.map((d) => d.due).sort()[0] ?? null,
    } as Filing["c"],
    clocks: clockRows
      .map((d) => ({ ...d, createdAt: r.receivedAt }))
      .sort((x, y) => x.kind.localeCompare(y.kind)),
    events: [links.event],
    files: files.map(({ id, filename, size, contentType, sha256 }) => ({
      id,
      filename,
      size,
      contentType,
      sha256,
    })),
  };
  await writeFiling(tx, {
    complaint: row,
    clocks: clockRows,
    links,
    notices,
    fileIds: files.map((f) => f.id),
    also: also?.(filing) ?? null,
  });
  return id;
}

/** What the database fills in a complaint row that the filing does not set. */
const COMPLAINT_DEFAULTS = {
  outcome: null,
  executorId: null,
  decision: null,
  escalatedFrom: null,
  termRestored: null,
  refusal: null,
  version: 1,
  currentNumber: null,
  inboxRank: 0,
};

/**
 * The rows of a filing in one statement (one round trip): the complaint, its clocks, its first
 * event and audit row with the head of their new chain, the applicant's notices (their dedupe
 * keys name the event's id), the attachments taken over, and `also`.
 */
async function writeFiling(
  tx: Tx,
  w: {
    complaint: typeof complaints.$inferInsert;
    clocks: (typeof deadlines.$inferInsert)[];
    links: LinkedEvent;
    notices: Omit<OutboxEntry, "dedupeKey">[];
    fileIds: string[];
    also: SQLWrapper | null;
  },
) {
  const none = {};
  // `getSQL()`: the statements themselves (embedded as values they would be parenthesized).
  await writeTogether(tx, [
    tx.$with("fc", none).as(tx.insert(complaints).values(w.complaint).getSQL()),
    tx.$with("fd", none).as(tx.insert(deadlines).values(w.clocks).getSQL()),
    ...eventWrites(tx, w.links, w.notices, "new"),
    ...(w.fileIds.length
      ? [
          tx
            .$with("ff", none)
            .as(
              tx
                .update(attachments)
                .set({ complaintId: w.complaint.id })
                .where(inArray(attachments.id, w.fileIds))
                .getSQL(),
            ),
        ]
      : []),
    ...(w.also ? [tx.$with("fx", none).as(w.also.getSQL())] : []),
  ]);
}

/**
 * The quota count (when the filer is bound by one) and the caller's own unattached attachments
 * named by the filing, in one statement; none when neither applies.
 */
async function filingChecks(tx: Tx, r: SubmitRequest) {
  const ids = r.input.attachmentIds;
  const quota = r.filingsPerHour !== undefined;
  if (!quota && !ids.length) return { quota: null, files: [] as FileRow[] };
  const since = new Date(r.receivedAt.getTime() - HOUR_MS);
  const [row] = await tx
    .select({
      n: quota
        ? sql<string>`(SELECT count(*) FROM ${complaints} WHERE ${complaints.filedBy} = ${r.actor.id} AND ${complaints.createdAt} > ${since.toISOString()}::timestamptz)`
        : sql<string>`0`,
      oldest: quota
        ? sql<
            string | null
          >`(SELECT min(${complaints.createdAt}) FROM ${complaints} WHERE ${complaints.filedBy} = ${r.actor.id} AND ${complaints.createdAt} > ${since.toISOString()}::timestamptz)`
        : sql<null>`NULL`,
      files: ids.length
        ? sql<
            FileRow[]
          >`(SELECT coalesce(json_agg(json_build_object('id', a.id, 'filename', a.filename, 'sha256', a.sha256, 'size', a.size, 'contentType', a.content_type) ORDER BY a.created_at, a.id), '[]'::json) FROM ${attachments} a WHERE a.id IN (${sql.join(
            ids.filter((i) => /^[0-9a-f-]{36}$/i.test(i)).map((i) => sql`${i}::uuid`),
            sql`, `,
          )}, NULL) AND a.owner_id = ${r.actor.id} AND a.complaint_id IS NULL)`
        : sql<FileRow[]>`'[]'::json`,
    })
    .from(sql`(SELECT 1) AS one`);
  const files = typeof row!.files === "string" ? (JSON.parse(row!.files) as FileRow[]) : row!.files;
  return {
    quota: quota ? { n: Number(row!.n), oldest: row!.oldest } : null,
    files,
  };
}

type FileRow = {
  id: string;
  filename: string;
  sha256: string;
  size: number;
  contentType: "application/pdf" | "image/jpeg" | "image/png";
};
