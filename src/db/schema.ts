import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type {
  AcceptedBy,
  Addressee,
  Appealed,
  ApplicantData,
  Channel,
  ComplaintStatus,
  Decision,
  Ground,
  Official,
  Outcome,
  Refusal,
  Signature,
} from "../domain/complaint.ts";

type ClockKind = import("../domain/deadlines/index.ts").DeadlineKind;

export type Phone = { raw: string; e164: string | null; note?: string };

export const organizations = pgTable("organizations", {
  id: text("id").primaryKey(),
  kind: text("kind").notNull(),
  parentId: text("parent_id"),
  reviewingBodyId: text("reviewing_body_id"),
  nameKk: text("name_kk").notNull(),
  nameRu: text("name_ru").notNull(),
  nameEn: text("name_en").notNull(),
  addressKk: text("address_kk"),
  addressRu: text("address_ru"),
  addressEn: text("address_en"),
  phones: jsonb("phones").$type<Phone[]>().notNull().default([]),
  regionCode: text("region_code"),
  source: text("source"),
});

export const users = pgTable("users", {
  id: uuid("id").primaryKey(),
  kind: text("kind").$type<"citizen" | "staff">().notNull(),
  role: text("role").$type<import("../domain/roles.ts").Role>().notNull(),
  login: text("login").notNull().unique(),
  /** Null for an account the OpenID Connect provider created (0035): no password sign-in. */
  passwordHash: text("password_hash"),
  iin: text("iin"),
  surname: text("surname").notNull(),
  name: text("name").notNull(),
  patronymic: text("patronymic"),
  email: text("email"),
  phone: text("phone"),
  organizationId: text("organization_id"),
  positionKk: text("position_kk"),
  positionRu: text("position_ru"),
  positionEn: text("position_en"),
  language: text("language").notNull().default("kk"),
  isDemo: boolean("is_demo").notNull().default(false),
  notifyVia: text("notify_via").$type<"email" | "sms" | "cabinet">().notNull().default("email"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable("sessions", {
  tokenHash: text("token_hash").primaryKey(),
  userId: uuid("user_id").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

/** A redirect to the OpenID Connect provider awaiting its callback (0035). */
export const oidcRequests = pgTable("oidc_requests", {
  stateHash: text("state_hash").primaryKey(),
  browserHash: text("browser_hash").notNull(),
  codeVerifier: text("code_verifier").notNull(),
  nonce: text("nonce").notNull(),
  lang: text("lang").notNull(),
  client: text("client").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

export const signInFailures = pgTable("sign_in_failures", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  login: text("login").notNull(),
  address: text("address").notNull(),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
});

export const auditEvents = pgTable("audit_events", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid("actor_id"),
  action: text("action").notNull(),
  entityType: text("entity_type").notNull(),
  entityId: text("entity_id").notNull(),
  data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  requestId: text("request_id"),
  /** Hash chain (0022): chain key, place from 1, previous link's hash, this link's hash. */
  chain: text("chain"),
  seq: bigint("seq", { mode: "number" }),
  prevHash: text("prev_hash"),
  hash: text("hash"),
});

/** The last link of each hash chain (0022): locked by every append, checked by audit:verify. */
export const auditChainHeads = pgTable("audit_chain_heads", {
  chain: text("chain").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
});

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });
const day = (name: string) => date(name, { mode: "string" });
const instant = (name: string) => timestamp(name, { withTimezone: true });

export const services = pgTable("services", {
  id: text("id").primaryKey(),
  code: text("code"),
  nameKk: text("name_kk").notNull(),
  nameRu: text("name_ru").notNull(),
  nameEn: text("name_en").notNull(),
  providerKind: text("provider_kind"),
  providerIds: jsonb("provider_ids").$type<string[]>().notNull().default([]),
  source: text("source"),
});

export const complaints = pgTable("complaints", {
  id: uuid("id").primaryKey(),
  channel: text("channel").$type<Channel>().notNull(),
  regime: text("regime").$type<"appc-2021" | "appeals-law-2007">().notNull(),
  status: text("status").$type<ComplaintStatus>().notNull(),
  outcome: text("outcome").$type<Outcome>(),
  holderId: text("holder_id").notNull(),
  addresseeKind: text("addressee_kind").$type<Addressee["kind"]>().notNull(),
  addresseeId: text("addressee_id").notNull(),
  respondentId: text("respondent_id").notNull(),
  respondentOfficials: jsonb("respondent_officials").$type<Official[]>().notNull().default([]),
  serviceId: text("service_id"),
  grounds: jsonb("grounds").$type<Ground[]>().notNull().default([]),
  reasons: text("reasons").notNull(),
  demands: text("demands").notNull(),
  learnedOn: day("learned_on"),
  filedLate: boolean("filed_late").notNull().default(false),
  applicantId: uuid("applicant_id"),
  applicant: jsonb("applicant").$type<ApplicantData>().notNull(),
  language: text("language").$type<"kk" | "ru" | "en">().notNull().default("kk"),
  receivedAt: instant("received_at").notNull(),
  filedBy: uuid("filed_by"),
  signature: jsonb("signature").$type<Signature>(),
  executorId: uuid("executor_id"),
  decision: jsonb("decision").$type<Decision>(),
  escalatedFrom: uuid("escalated_from"),
  /** What is appealed: the body's own decision, act or inaction, or an employee's conduct. */
  appealed: text("appealed").$type<Appealed>().notNull().default("body"),
  /** When the current holder received it (delivery, forward or redirect): its clocks start here. */
  receivedHereAt: instant("received_here_at").notNull(),
  /** The applicant's request to restore a missed filing term (APPC art. 92), with the reason. */
  lateReason: text("late_reason"),
  /** The reviewing body's answer to that request: null until decided. */
  termRestored: boolean("term_restored"),
  refusal: jsonb("refusal").$type<Refusal>(),
  version: integer("version").notNull().default(1),
  /** The nearest open due date (kept by a trigger on deadlines). */
  nextDue: day("next_due"),
  /** The latest registration number (kept by a trigger on registrations). */
  currentNumber: text("current_number"),
  /** 0 while still to be registered by the holder (generated). */
  inboxRank: integer("inbox_rank").generatedAlwaysAs(
    sql`CASE WHEN status IN ('submitted', 'forwarded') THEN 0 ELSE 1 END`,
  ),
  createdAt: instant("created_at").notNull().defaultNow(),
  updatedAt: instant("updated_at").notNull().defaultNow(),
});

/** Number, applicant's name and texts in one string per complaint, trigram-indexed for the text
 * filters of the lists; kept by triggers on complaints (migration 0038). */
export const complaintSearch = pgTable("complaint_search", {
  complaintId: uuid("complaint_id").primaryKey(),
  searchText: text("search_text").notNull(),
});

export const registrationCounters = pgTable(
  "registration_counters",
  {
    organizationId: text("organization_id").notNull(),
    year: integer("year").notNull(),
    last: integer("last").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.year] })],
);

/** Outgoing letter numbers (decisions, refusals), gap-free per organization and year. */
export const letterCounters = pgTable(
  "letter_counters",
  {
    organizationId: text("organization_id").notNull(),
    year: integer("year").notNull(),
    last: integer("last").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.year] })],
);

export const registrations = pgTable("registrations", {
  id: uuid("id").primaryKey(),
  complaintId: uuid("complaint_id").notNull(),
  organizationId: text("organization_id").notNull(),
  year: integer("year").notNull(),
  seq: integer("seq").notNull(),
  number: text("number").notNull(),
  registeredOn: day("registered_on").notNull(),
  registeredAt: instant("registered_at").notNull(),
  acceptedBy: jsonb("accepted_by").$type<AcceptedBy>().notNull(),
  answerBy: day("answer_by").notNull(),
  answerPlace: text("answer_place").notNull(),
  checkCode: text("check_code").notNull(),
});

export const deadlines = pgTable("deadlines", {
  id: uuid("id").primaryKey(),
  complaintId: uuid("complaint_id").notNull(),
  organizationId: text("organization_id").notNull(),
  kind: text("kind").$type<ClockKind>().notNull(),
  body: text("body").$type<import("../domain/deadlines/index.ts").ReviewBody>().notNull(),
  startsOn: day("starts_on").notNull(),
  workingDays: integer("working_days").notNull(),
  due: day("due").notNull(),
  computedDue: day("computed_due").notNull(),
  announcedDue: day("announced_due"),
  basisCode: text("basis_code").notNull(),
  calendarVersion: text("calendar_version").notNull(),
  closedOn: day("closed_on"),
  /** Closed by the act it measures (met or missed), not only stopped by another step. */
  completed: boolean("completed").notNull().default(false),
  createdAt: instant("created_at").notNull().defaultNow(),
});

/** A calendar edit's recompute of the running deadlines, in batches (0034). */
export const recomputeRuns = pgTable("recompute_runs", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  calendarVersion: text("calendar_version").notNull(),
  status: text("status").$type<"running" | "finished" | "superseded">().notNull().default("running"),
  startedAt: instant("started_at").notNull(),
  finishedAt: instant("finished_at"),
  total: integer("total").notNull(),
  done: integer("done").notNull().default(0),
  changed: integer("changed").notNull().default(0),
  failed: integer("failed").notNull().default(0),
  failures: jsonb("failures").$type<{ id: string; error: string }[]>().notNull().default([]),
  cursor: uuid("cursor"),
  batch: integer("batch").notNull().default(500),
  actorId: uuid("actor_id"),
});

export const complaintEvents = pgTable("complaint_events", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  complaintId: uuid("complaint_id").notNull(),
  at: instant("at").notNull(),
  kind: text("kind").notNull(),
  mark: text("mark"),
  organizationId: text("organization_id"),
  actorId: uuid("actor_id"),
  actor: jsonb("actor").$type<AcceptedBy>(),
  note: text("note"),
  internal: boolean("internal").notNull().default(false),
  data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  /** Hash chain (0022): chain key, place from 1, previous link's hash, this link's hash. */
  chain: text("chain"),
  seq: bigint("seq", { mode: "number" }),
  prevHash: text("prev_hash"),
  hash: text("hash"),
});

export const attachments = pgTable("attachments", {
  id: uuid("id").primaryKey(),
  ownerId: uuid("owner_id").notNull(),
  complaintId: uuid("complaint_id"),
  filename: text("filename").notNull(),
  size: integer("size").notNull(),
  contentType: text("content_type").$type<"application/pdf" | "image/jpeg" | "image/png">().notNull(),
  sha256: text("sha256").notNull(),
  /** The bytes, or null when they are in the file store under `sha256` (0021). */
  content: bytea("content"),
  createdAt: instant("created_at").notNull().defaultNow(),
});

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: uuid("user_id").notNull(),
    key: text("key").notNull(),
    createdAt: instant("created_at").notNull().defaultNow(),
    status: integer("status"),
    response: jsonb("response").$type<unknown>(),
    /** SHA-256 of the method, path and body the key was first used with (0020). */
    requestHash: text("request_hash"),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

export const calendarYears = pgTable("calendar_years", {
  year: integer("year").primaryKey(),
  sources: jsonb("sources").$type<string[]>().notNull().default([]),
  notes: jsonb("notes").$type<string[]>().notNull().default([]),
});

export const calendarDays = pgTable("calendar_days", {
  date: day("date").primaryKey(),
  working: boolean("working").notNull(),
  kind: text("kind")
    .$type<"holiday" | "moved_day_off" | "transfer" | "religious" | "working_day">()
    .notNull(),
  nameKk: text("name_kk").notNull(),
  nameRu: text("name_ru").notNull(),
  nameEn: text("name_en").notNull(),
  source: text("source").notNull(),
  provisional: boolean("provisional").notNull().default(false),
  updatedAt: instant("updated_at").notNull().defaultNow(),
  updatedBy: uuid("updated_by"),
});

export const calendarRevision = pgTable("calendar_revision", {
  id: integer("id").primaryKey(),
  revision: bigint("revision", { mode: "number" }).notNull(),
});

/** Bumped by the database on any change of organizations, services or the calendar (0033). */
export const referenceRevision = pgTable("reference_revision", {
  id: integer("id").primaryKey(),
  revision: bigint("revision", { mode: "number" }).notNull(),
});

export const outbox = pgTable("outbox", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  dedupeKey: text("dedupe_key").notNull().unique(),
  channel: text("channel").$type<"email" | "sms" | "cabinet">().notNull(),
  recipient: text("recipient").notNull(),
  userId: uuid("user_id"),
  complaintId: uuid("complaint_id"),
  template: text("template").notNull(),
  language: text("language").$type<"kk" | "ru" | "en">().notNull(),
  params: jsonb("params").$type<Record<string, string | number>>().notNull().default({}),
  status: text("status").$type<"pending" | "sending" | "sent" | "failed">().notNull().default("pending"),
  attempts: integer("attempts").notNull().default(0),
  nextAttemptAt: instant("next_attempt_at").notNull().defaultNow(),
  claimedUntil: instant("claimed_until"),
  createdAt: instant("created_at").notNull().defaultNow(),
  sentAt: instant("sent_at"),
  readAt: instant("read_at"),
});

export const deliveryLedger = pgTable("delivery_ledger", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  outboxId: bigint("outbox_id", { mode: "number" }).notNull(),
  at: instant("at").notNull().defaultNow(),
  channel: text("channel").notNull(),
  recipient: text("recipient").notNull(),
  template: text("template").notNull(),
  status: text("status").$type<"sent" | "retry" | "failed">().notNull(),
  providerResponse: text("provider_response"),
  worker: text("worker"),
});

/** Portal drafts of the multi-step complaint form (migration 0005); `data` is a DraftData. */
export const complaintDrafts = pgTable("complaint_drafts", {
  id: uuid("id").primaryKey(),
  userId: uuid("user_id").notNull(),
  data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  createdAt: instant("created_at").notNull().defaultNow(),
  updatedAt: instant("updated_at").notNull().defaultNow(),
  submittedComplaintId: uuid("submitted_complaint_id"),
});

/** Public status lookups per client (address or operator), for the rate limit (0006). */
export const statusLookups = pgTable("status_lookups", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  client: text("client").notNull(),
  at: instant("at").notNull().defaultNow(),
});

/** Home visits (0030): a contact-centre request for documents accepted at home, tracked to the visit. */
export const homeVisits = pgTable("home_visits", {
  id: uuid("id").primaryKey(),
  reference: text("reference").notNull().unique(),
  branchId: text("branch_id").notNull(),
  status: text("status").$type<import("../domain/home-visits.ts").VisitStatus>().notNull(),
  applicant: jsonb("applicant")
    .$type<{ iin: string; surname: string; name: string; patronymic: string | null; phones: string[] }>()
    .notNull(),
  regionCode: text("region_code"),
  district: text("district").notNull(),
  address: text("address").notNull(),
  serviceId: text("service_id").notNull(),
  /** What limits the person's mobility: the branch, its field employee and the operator only. */
  mobilityNote: text("mobility_note"),
  preferred: text("preferred"),
  language: text("language").$type<"kk" | "ru" | "en">().notNull(),
  createdBy: uuid("created_by").notNull(),
  receivedAt: instant("received_at").notNull(),
  startsOn: day("starts_on").notNull(),
  workingDays: integer("working_days").notNull(),
  due: day("due").notNull(),
  scheduledOn: day("scheduled_on"),
  timeWindow: text("time_window"),
  employeeId: uuid("employee_id"),
  documents: jsonb("documents").$type<string[]>().notNull().default([]),
  cancelReason: text("cancel_reason"),
});

export const homeVisitEvents = pgTable("home_visit_events", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  visitId: uuid("visit_id").notNull(),
  at: instant("at").notNull(),
  kind: text("kind").$type<import("../domain/home-visits.ts").VisitEvent>().notNull(),
  actorId: uuid("actor_id"),
  data: jsonb("data").$type<Record<string, string | string[]>>().notNull().default({}),
});

/** One-time SMS codes that sign a complaint (0031): the hash of the code, never the code. */
export const signatureChallenges = pgTable("signature_challenges", {
  id: uuid("id").primaryKey(),
  /** Who asked for it: the citizen, or the contact-centre operator for a caller. */
  userId: uuid("user_id").notNull(),
  phoneMasked: text("phone_masked").notNull(),
  /** The SHA-256 of the exact text the code signs. */
  sha256: text("sha256").notNull(),
  codeHash: text("code_hash").notNull(),
  attempts: integer("attempts").notNull().default(0),
  createdAt: instant("created_at").notNull(),
  expiresAt: instant("expires_at").notNull(),
  usedAt: instant("used_at"),
});

/** Daily sums of the report measures per body, service ('' for none) and grounds (0032). */
export const reportDaily = pgTable(
  "report_daily",
  {
    day: day("day").notNull(),
    bodyId: text("body_id").notNull(),
    serviceId: text("service_id").notNull(),
    grounds: jsonb("grounds").$type<string[]>().notNull(),
    cases: integer("cases").notNull(),
    regLate: integer("reg_late").notNull(),
    fwdDone: integer("fwd_done").notNull(),
    fwdMet: integer("fwd_met").notNull(),
    revDone: integer("rev_done").notNull(),
    revMet: integer("rev_met").notNull(),
    otDone: integer("ot_done").notNull(),
    otMet: integer("ot_met").notNull(),
    answered: integer("answered").notNull(),
    escalated: integer("escalated").notNull(),
    escDecided: integer("esc_decided").notNull(),
    escUpheld: integer("esc_upheld").notNull(),
    satisfied: integer("satisfied").notNull(),
    partiallySatisfied: integer("partially_satisfied").notNull(),
    notSatisfied: integer("not_satisfied").notNull(),
    favourableAct: integer("favourable_act").notNull(),
    leftWithoutConsideration: integer("left_without_consideration").notNull(),
    withdrawn: integer("withdrawn").notNull(),
    refusals: jsonb("refusals").$type<Record<string, number>>().notNull(),
    days: integer("days").array().notNull(),
    /** Open cases by the earliest last day of their open clocks (migration 0036). */
    openDue: jsonb("open_due").$type<Record<string, number>>().notNull().default({}),
    /** Open registration clocks by their last day. */
    regOpenDue: jsonb("reg_open_due").$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.day, t.bodyId, t.serviceId, t.grounds] })],
);

/** Complaints changed since the last refresh of the report sums (a trigger on complaints, 0032). */
export const reportDirty = pgTable("report_dirty", { complaintId: uuid("complaint_id").primaryKey() });

/** The calendar version the report sums were counted on (0032). */
export const reportState = pgTable("report_state", {
  id: integer("id").primaryKey(),
  calendarVersion: text("calendar_version").notNull(),
  refreshedAt: instant("refreshed_at").notNull(),
});
