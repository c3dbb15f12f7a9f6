import type { ComplaintStatus } from "./complaint.ts";
import { type Action, actionsIn } from "./lifecycle.ts";
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
};

/** How the viewer relates to the complaint; the first that applies wins. */
export type Relationship =
  | "applicant"
  | "holder_staff"
  | "involved_staff"
  | "regional_quality"
  | "operator"
  | "admin"
  | "none";

export function relationship(v: Viewer, s: ComplaintScope): Relationship {
  if (v.role === "citizen") return s.applicantId === v.id ? "applicant" : "none";
  if (v.role === "admin") return "admin";
  if (v.role === "operator") return s.filedBy === v.id ? "operator" : "none";
  if (!v.organizationId) return "none";
  if (v.organizationId === s.holderId) return "holder_staff";
  if ([s.respondentId, s.addresseeId, ...s.registeredAt].includes(v.organizationId)) return "involved_staff";
  if (v.organizationKind === "quality_authority" && v.regionCode) {
    const region = v.regionCode;
    if (s.regions.some((r) => r.startsWith(region))) return "regional_quality";
  }
  return "none";
}

/** Scoping before policies: a complaint the viewer may not see is answered 404. */
export function canSee(v: Viewer, s: ComplaintScope): boolean {
  return relationship(v, s) !== "none";
}

/** IIN and postal address are shown in full only to those who work with the applicant. */
export function seesPersonalData(v: Viewer, s: ComplaintScope): boolean {
  const r = relationship(v, s);
  return r === "applicant" || (r === "holder_staff" && (v.role !== "executor" || s.executorId === v.id));
}

/** Which role of the holder may take each staff action. */
const STAFF_ACTIONS: Partial<Record<Action, readonly Role[]>> = {
  register: ["registrar", "head"],
  assign: ["registrar", "head"],
  comment: ["registrar", "executor", "head"],
  favourable_act: ["head"],
  forward: ["registrar", "head"],
  extend: ["head"],
  decide: ["head"],
  leave_without_consideration: ["head"],
};
const APPLICANT_ACTIONS: readonly Action[] = ["withdraw", "escalate"];

/** The actions this viewer may take now (the lifecycle allows them and the role may). */
export function permittedActions(v: Viewer, s: ComplaintScope): Action[] {
  const r = relationship(v, s);
  return actionsIn(s.status).filter((a) => {
    if (r === "applicant") return APPLICANT_ACTIONS.includes(a);
    if (r === "holder_staff") return STAFF_ACTIONS[a]?.includes(v.role) ?? false;
    return false;
  });
}
