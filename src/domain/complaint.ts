import type { EdsEvidence } from "./signatures.ts";

/** The vocabulary of a complaint, as in api.md. */
/**
 * The reference a complaint has before it is registered: eight characters a person can write
 * down or read out over the phone (the portal's confirmation, the contact centre, notices).
 */
export const shortReference = (id: string) => id.slice(0, 8).toUpperCase();

export const CHANNELS = ["portal", "office", "contact_centre"] as const;
export type Channel = (typeof CHANNELS)[number];

export const STATUSES = [
  "submitted",
  "registered",
  "in_execution",
  "forwarded",
  "decided",
  "left_without_consideration",
  "withdrawn",
] as const;
export type ComplaintStatus = (typeof STATUSES)[number];

/** Received at its holder but not registered there yet: first in the inbox. */
export const UNREGISTERED_STATUSES = ["submitted", "forwarded"] as const satisfies readonly ComplaintStatus[];
/** Still to act on: the default inbox, the running clocks. */
export const OPEN_STATUSES = [
  ...UNREGISTERED_STATUSES,
  "registered",
  "in_execution",
] as const satisfies readonly ComplaintStatus[];
/** Answered: decided (a favourable act included) or left without consideration — escalation may follow. */
export const ANSWERED_STATUSES = [
  "decided",
  "left_without_consideration",
] as const satisfies readonly ComplaintStatus[];
/** Finished: answered or withdrawn; nothing runs any more. */
export const CLOSED_STATUSES = [
  ...ANSWERED_STATUSES,
  "withdrawn",
] as const satisfies readonly ComplaintStatus[];

const within = (set: readonly ComplaintStatus[]) => (status: ComplaintStatus) => set.includes(status);
export const isOpen = within(OPEN_STATUSES);
export const isAnswered = within(ANSWERED_STATUSES);
export const isClosed = within(CLOSED_STATUSES);

export const OUTCOMES = ["satisfied", "partially_satisfied", "not_satisfied", "favourable_act"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const GROUNDS = [
  "refusal",
  "deadline_violation",
  "improper_service",
  "rude_service",
  "extra_documents",
  "other",
] as const;
export type Ground = (typeof GROUNDS)[number];

export const ADDRESSEE_KINDS = [
  "provider_head",
  "akim",
  "state_corporation_head",
  "informatization_authority",
  "quality_authority",
] as const;
export type AddresseeKind = (typeof ADDRESSEE_KINDS)[number];
export type Addressee = { kind: AddresseeKind; organizationId: string };

/** What is appealed: the body's own decision, act or inaction (or its head's), or an employee's conduct. */
export const APPEALED = ["body", "employee"] as const;
export type Appealed = (typeof APPEALED)[number];

export const MARKS = [
  "delivered",
  "registered",
  "in_execution",
  "forwarded",
  "extended",
  "result",
  "refusal",
  "withdrawn",
] as const;
export type Mark = (typeof MARKS)[number];

export type Official = { position: string; surname: string; name: string };

/** What a complaint states (api.md): addressee, who and what is appealed, grounds, reasons, demands. */
export type ComplaintStatement = {
  addressee: Addressee;
  respondent: { organizationId: string; officials: Official[] };
  serviceId: string | null;
  grounds: Ground[];
  reasons: string;
  demands: string;
  learnedOn: string | null;
  /** What is appealed (default `"body"`). */
  appealed?: Appealed;
  /** Filed after the 3-month term: why, asking to restore it (APPC art. 92). */
  lateReason?: string | null;
};

/** What an applicant submits: the statement, their contacts and the files already uploaded. */
export type ComplaintInput = ComplaintStatement & {
  postalAddress: string;
  phones: string[];
  email: string | null;
  attachmentIds: string[];
};

export type ApplicantData = {
  surname: string;
  name: string;
  patronymic: string | null;
  iin: string;
  postalAddress: string;
  phones: string[];
  email: string | null;
};

/**
 * Who accepted or acted: surname, initials and position, as printed on the talon. `position` is
 * in the complaint's language; `positions` keeps all three so that each reader sees their own.
 */
export type AcceptedBy = {
  surname: string;
  initials: string;
  position: string;
  positions?: { kk: string; ru: string; en: string };
};

/** "Жұмабаева Ә. Қ., Специалист канцелярии": the stamp in the reader's language. */
export function stampLine(s: AcceptedBy, lang: "kk" | "ru" | "en"): string {
  return [`${s.surname} ${s.initials}`.trim(), s.positions?.[lang] ?? s.position].filter(Boolean).join(", ");
}

export type Signature = {
  method: "portal_session" | "paper" | "operator_recorded" | "sms_otp" | "eds_cms";
  signedAt: string;
  /** The SHA-256 of the exact text signed (`signedText`). */
  sha256: string;
  /** `sms_otp`: the phone the code went to, masked. */
  phone?: string;
  /** `eds_cms`: the CMS, the certificate and the checks it passed. */
  eds?: EdsEvidence;
};

/** An outgoing letter's number and date (per organization and year, gap-free). */
export type Letter = { number: string; date: string };

export type Decision = {
  outcome: Outcome;
  text: string;
  decidedAt: string;
  decidedBy: AcceptedBy;
  actNumber?: string;
  /** The body that decided (the holder then). */
  organizationId?: string;
  letter?: Letter;
  /** The head's EDS signature over `decisionSignedText` (method `eds_cms`), when the head signed. */
  signature?: Signature;
};

/** A refusal to consider (left without consideration): ground, reasons, who and the letter. */
export type Refusal = {
  ground: string;
  text: string;
  refusedAt: string;
  refusedBy: AcceptedBy;
  organizationId: string;
  letter: Letter;
};

/** "Нұрлан", "Маратұлы" → "Н. М." */
export function initials(name: string, patronymic?: string | null): string {
  return [name, patronymic]
    .filter((p): p is string => Boolean(p?.trim()))
    .map((p) => `${[...p.trim()][0]!.toUpperCase()}.`)
    .join(" ");
}
