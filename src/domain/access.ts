import type { ComplaintStatus } from "./complaint.ts";
import { DomainError } from "./errors.ts";
import { ACTIONS, type Action, canTransition } from "./lifecycle.ts";
import { type ProcedureFacts, procedureRefusal } from "./procedure.ts";
import type { OrganizationKind, Role } from "./roles.ts";

/** Who asks. */
export type Viewer = {
  id: string;
  role: Role;
  organizationId: string | null;
  organizationKind: OrganizationKind | null;
  regionCode: string | null;
};

/** The facts about a complaint that decide who may see it and act on it. */
export type ComplaintScope = {
  status: ComplaintStatus;
  applicantId: string | null;
  filedBy: string | null;
  holderId: string;
  respondentId: string;
  addresseeId: string;
  /** Every organization that registered it (earlier holders keep seeing the case). */
  registeredAt: readonly string[];
  /** Region codes (KATO prefixes) of the holder and the respondent. */
  regions: readonly string[];
  executorId: string | null;
  /** The holder's reviewing body (it sees the holder's overdue complaints). */
  supervisorIds?: readonly string[];
  /** An open term of the complaint is past its due date (derived from today by the caller). */
  overdue?: boolean;
  /** What the procedure needs to know (who may decide, open windows, escalation). */
  procedure: ProcedureFacts;
};

/**
 * How the viewer relates to the complaint; the first that applies wins:
 * the applicant; staff of the holder (the body that has it now: the respondent, then the
 * reviewing body); staff of a body involved earlier (respondent, addressee, an earlier holder —
 * the reviewing body keeps seeing a case it sent on, the respondent one it forwarded); staff of
 * the reviewing body of the holder while the complaint is overdue there; staff of the quality
 * authority of the region; the operator who entered it; an administrator.
 */
export type Relationship =
  | "applicant"
  | "holder_staff"
  | "involved_staff"
  | "supervising_body"
  | "regional_quality"
  | "operator"
  | "admin"
  | "none";

export const RELATIONSHIPS: readonly Relationship[] = [
  "applicant",
  "holder_staff",
  "involved_staff",
  "supervising_body",
  "regional_quality",
  "operator",
  "admin",
  "none",
];

export function relationship(v: Viewer, s: ComplaintScope): Relationship {
  if (v.role === "citizen") return s.applicantId === v.id ? "applicant" : "none";
  if (v.role === "admin") return "admin";
  if (v.role === "operator") return s.filedBy === v.id ? "operator" : "none";
  if (!v.organizationId) return "none";
  if (v.organizationId === s.holderId) return "holder_staff";
  if ([s.respondentId, s.addresseeId, ...s.registeredAt].includes(v.organizationId)) return "involved_staff";
  if (s.overdue && s.supervisorIds?.includes(v.organizationId)) return "supervising_body";
  if (v.organizationKind === "quality_authority" && v.regionCode) {
    const region = v.regionCode;
    if (s.regions.some((r) => r.startsWith(region))) return "regional_quality";
  }
  return "none";
}

/** What can be asked of a complaint: the lifecycle's actions and the reads. */
export type Capability = Action | "view" | "history" | "decision_letter" | "case_file";

export const CAPABILITIES: readonly Capability[] = [
  "view",
  "history",
  "decision_letter",
  "case_file",
  ...ACTIONS,
];

type Cell = readonly Role[];
const STAFF: Cell = ["registrar", "executor", "head"];
const REG_HEAD: Cell = ["registrar", "head"];
const HEAD: Cell = ["head"];
const CITIZEN: Cell = ["citizen"];

/**
 * The access policy as ONE table: capability × relationship → the roles that may. A missing
 * cell means nobody in that relationship may. Seeing comes first (`view`: otherwise 404), then
 * the cell (otherwise 403), then the lifecycle (otherwise 409).
 */
export const POLICY: Record<Capability, Partial<Record<Relationship, Cell>>> = {
  view: {
    applicant: CITIZEN,
    holder_staff: STAFF,
    involved_staff: STAFF,
    supervising_body: STAFF,
    regional_quality: STAFF,
    operator: ["operator"],
    admin: ["admin"],
  },
  /**
   * The full log (its internal comments and personal fields as the field policy says:
   * `visibility.ts`, which also decides IIN, address and contacts).
   */
  history: { holder_staff: STAFF, involved_staff: STAFF, regional_quality: STAFF, admin: ["admin"] },
  decision_letter: {
    applicant: CITIZEN,
    holder_staff: STAFF,
    involved_staff: STAFF,
    regional_quality: STAFF,
    admin: ["admin"],
  },
  case_file: {
    applicant: CITIZEN,
    holder_staff: STAFF,
    involved_staff: STAFF,
    regional_quality: STAFF,
    admin: ["admin"],
  },
  register: { holder_staff: REG_HEAD },
  assign: { holder_staff: REG_HEAD },
  comment: { holder_staff: STAFF },
  favourable_act: { holder_staff: HEAD },
  forward: { holder_staff: REG_HEAD },
  redirect: { holder_staff: REG_HEAD },
  restore_term: { holder_staff: HEAD },
  extend: { holder_staff: HEAD },
  decide: { holder_staff: HEAD },
  leave_without_consideration: { holder_staff: HEAD },
  withdraw: { applicant: CITIZEN },
  escalate: { applicant: CITIZEN },
};

/** Whether the table lets this role in this relationship do it (state not considered). */
export function allows(capability: Capability, rel: Relationship, role: Role): boolean {
  return POLICY[capability][rel]?.includes(role) ?? false;
}

/** Scoping before policies: a complaint the viewer may not see is answered 404. */
export function canSee(v: Viewer, s: ComplaintScope): boolean {
  return allows("view", relationship(v, s), v.role);
}

/** Whether the viewer may use a capability now: 404 unseen, 403 not theirs, 409 not in this state. */
export type Verdict = "ok" | "not_visible" | "forbidden" | "wrong_state";

const isAction = (c: Capability): c is Action => (ACTIONS as readonly string[]).includes(c);

/**
 * Why an action is not possible in the complaint's state: `invalid_transition` when the
 * lifecycle does not allow it from this status, else the procedure's code (`must_forward`, …);
 * null when it is possible.
 */
export function stateRefusal(s: ComplaintScope, action: Action): string | null {
  if (!canTransition(s.status, action)) return "invalid_transition";
  return procedureRefusal(action, s.status, s.procedure);
}

export function judge(v: Viewer, s: ComplaintScope, capability: Capability): Verdict {
  const rel = relationship(v, s);
  if (!allows("view", rel, v.role)) return "not_visible";
  if (!allows(capability, rel, v.role)) return "forbidden";
  if (isAction(capability) && stateRefusal(s, capability)) return "wrong_state";
  return "ok";
}

/** Throws the verdict as the matching DomainError (404, 403, or 409 with the state's code). */
export function authorize(v: Viewer, s: ComplaintScope, capability: Capability): void {
  const verdict = judge(v, s, capability);
  if (verdict === "not_visible") throw new DomainError("not_found", "not_found");
  if (verdict === "forbidden") throw new DomainError("forbidden", "forbidden");
  if (verdict === "wrong_state" && isAction(capability))
    throw new DomainError("conflict", stateRefusal(s, capability)!, [], {
      action: capability,
      status: s.status,
    });
}

/** The actions this viewer may take now (the lifecycle allows them and the role may). */
export function permittedActions(v: Viewer, s: ComplaintScope): Action[] {
  return ACTIONS.filter((a) => judge(v, s, a) === "ok");
}
