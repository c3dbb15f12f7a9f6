import { type ComplaintScope, type Relationship, relationship, type Viewer } from "./access.ts";
import type { Signature } from "./complaint.ts";
import { maskIin } from "./iin.ts";
import type { Role } from "./roles.ts";

/** How much of a personal field a viewer gets: all of it, a recognisable part, or nothing. */
export type Disclosure = "full" | "masked" | "none";

/**
 * What of a complaint's sensitive fields one viewer sees (the rules and their reasons:
 * docs/reliability.md, "Who sees which field"). Whether the complaint is visible at all, and
 * which actions are allowed, is the access table's (`access.ts`); this table only narrows what a
 * viewer who may see the complaint is shown of it.
 */
export type FieldPolicy = {
  /** The applicant's name: in full, or initials only. */
  name: "full" | "initials";
  /** The applicant's IIN. */
  iin: Disclosure;
  /** The applicant's postal address. */
  address: Disclosure;
  /** The applicant's phones and e-mail. */
  contacts: Disclosure;
  /**
   * Internal comments (staff notes never meant for the applicant): all of them, only those the
   * viewer's own organization wrote, or none.
   */
  comments: "all" | "own_organization" | "none";
  /** The attached files (listed and downloadable). */
  attachments: boolean;
  /** The name of the executor the holder assigned (in the history's details). */
  executorNames: boolean;
};

const HOLDER: FieldPolicy = {
  name: "full",
  iin: "full",
  address: "full",
  contacts: "full",
  comments: "all",
  attachments: true,
  executorNames: true,
};
/** A body that supervises or controls: the case and its timing, not the person behind it. */
const SUPERVISOR: FieldPolicy = {
  name: "full",
  iin: "masked",
  address: "masked",
  contacts: "masked",
  comments: "none",
  attachments: false,
  executorNames: true,
};
/** Nothing beyond what the complaint's visibility already gives. */
const NOTHING: FieldPolicy = {
  name: "initials",
  iin: "none",
  address: "none",
  contacts: "none",
  comments: "none",
  attachments: false,
  executorNames: false,
};

/**
 * The decision table: relationship → the field policy of the roles in it. A relationship whose
 * viewers cannot see the complaint (`none`) gets nothing.
 */
export const VISIBILITY: Record<Relationship, FieldPolicy> = {
  /** Their own data in full; the body's internal notes and who works on it inside are not theirs. */
  applicant: { ...HOLDER, comments: "none", executorNames: false },
  /** The body that has the complaint now works with the applicant: everything. */
  holder_staff: HOLDER,
  /**
   * A body involved earlier (the respondent, the addressee, an earlier holder): the case and its
   * own notes, masked personal data — the respondent is the party appealed against.
   */
  involved_staff: { ...SUPERVISOR, comments: "own_organization", attachments: true },
  /** The holder's reviewing body, while the complaint is overdue there: timing, not the person. */
  supervising_body: SUPERVISOR,
  /** The region's quality authority (control of service quality): the same. */
  regional_quality: SUPERVISOR,
  /**
   * The contact-centre operator who took the call: what they recorded — the name, the contacts
   * to call back and the files they attached; the IIN masked (enough to recognise the caller),
   * the address masked, no internal notes.
   */
  operator: { ...HOLDER, iin: "masked", address: "masked", comments: "none", executorNames: false },
  /** The administrator runs the system, not the case: no personal data, no internal notes. */
  admin: NOTHING,
  none: NOTHING,
};

/**
 * The field policy of a role in a relationship. An executor of the holder sees the applicant's
 * personal data only once the complaint is assigned to them (until then, what a supervisor sees
 * plus the body's notes).
 */
export function fieldPolicy(
  role: Role,
  rel: Relationship,
  facts: { assignedToViewer?: boolean } = {},
): FieldPolicy {
  const policy = VISIBILITY[rel];
  if (rel === "holder_staff" && role === "executor" && !facts.assignedToViewer)
    return { ...SUPERVISOR, comments: "all", attachments: true };
  return policy;
}

/** The field policy of this viewer for this complaint. */
export function visibilityOf(v: Viewer, s: ComplaintScope): FieldPolicy {
  return fieldPolicy(v.role, relationship(v, s), { assignedToViewer: s.executorId === v.id });
}

/** IIN and postal address in full (the applicant, the holder's staff; an executor once assigned). */
export function seesPersonalData(v: Viewer, s: ComplaintScope): boolean {
  const p = visibilityOf(v, s);
  return p.iin === "full" && p.address === "full";
}

// --- Applying a policy (pure; the one presenter in src/queries calls these) -----------------

export type ApplicantData = {
  surname: string;
  name: string;
  patronymic?: string | null;
  iin: string;
  postalAddress: string;
  phones: string[];
  email?: string | null;
};

/** The applicant as shown: masked values keep a recognisable part, withheld ones are null or empty. */
export type ShownApplicant = {
  surname: string;
  name: string;
  patronymic: string | null;
  iin: string | null;
  postalAddress: string | null;
  phones: string[];
  email: string | null;
};

const MASK = "•••";
const initial = (s: string | null | undefined) => (s ? `${[...s.trim()][0] ?? ""}.` : "");

/** +77011234567 → •••4567 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.length > 4 ? `${MASK}${digits.slice(-4)}` : MASK;
}

/** nurlan.seitkali@example.kz → n•••@example.kz */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return MASK;
  return `${[...email][0]}${MASK}${email.slice(at)}`;
}

/** Postal address masked: nothing of it is safe to show in part. */
export const maskAddress = (_address: string) => MASK;

export function presentApplicant(a: ApplicantData, p: FieldPolicy): ShownApplicant {
  const pick = <T, R>(d: Disclosure, value: T, mask: (v: T) => R, none: R): T | R =>
    d === "full" ? value : d === "masked" ? mask(value) : none;
  return {
    surname: p.name === "full" ? a.surname : initial(a.surname),
    name: p.name === "full" ? a.name : initial(a.name),
    patronymic: p.name === "full" ? (a.patronymic ?? null) : a.patronymic ? initial(a.patronymic) : null,
    iin: pick(p.iin, a.iin, maskIin, null),
    postalAddress: pick(p.address, a.postalAddress, maskAddress, null),
    phones: pick(p.contacts, a.phones, (ps) => ps.map(maskPhone), [] as string[]),
    email: a.email ? pick(p.contacts, a.email, maskEmail, null) : null,
  };
}

/** Whether an event of the complaint's log is shown: internal ones only as the policy says. */
export function showsEvent(
  e: { internal: boolean; organizationId: string | null },
  p: FieldPolicy,
  viewerOrganizationId: string | null,
): boolean {
  if (!e.internal) return true;
  if (p.comments === "all") return true;
  return (
    p.comments === "own_organization" &&
    viewerOrganizationId !== null &&
    e.organizationId === viewerOrganizationId
  );
}

/** Keys of an event's data that name the executor (withheld unless `executorNames`). */
export const EXECUTOR_KEYS = ["executor", "previousExecutor"] as const;

/** An event's data as shown: without the executor's name where the policy withholds it. */
export function presentEventData(data: Record<string, unknown>, p: FieldPolicy): Record<string, unknown> {
  if (p.executorNames) return data;
  const shown = { ...data };
  for (const k of EXECUTOR_KEYS) delete shown[k];
  return shown;
}

/**
 * The signature as this viewer is shown it: an EDS signature names the signer's IIN (in the
 * certificate's subject and beside it), so it follows the IIN's disclosure; the CMS and the
 * certificate, which carry the IIN too, only for a viewer shown the IIN in full. The SMS phone
 * is stored masked already.
 */
export function presentSignature(s: Signature | null, p: FieldPolicy): Signature | null {
  if (!s?.eds || p.iin === "full") return s;
  const hide = (text: string) =>
    text.replace(/\d{12}/g, (iin) => (p.iin === "masked" ? maskIin(iin) : "••••"));
  return {
    ...s,
    eds: { ...s.eds, subject: hide(s.eds.subject), iin: hide(s.eds.iin), cms: "", certificate: "" },
  };
}
