import type { Calendar } from "./calendar/index.ts";
import { DomainError } from "./errors.ts";
import type { Role } from "./roles.ts";

/**
 * Home visits (seed 000): a person whose body functions are persistently impaired asks the
 * contact centre (1414) for a State Corporation employee to accept the documents of a public
 * service where they live. Pure rules: the due date, the branch a request goes to, the life of a
 * visit and who may see and act on it.
 */

export const VISIT_STATUSES = [
  "requested",
  "scheduled",
  "not_at_home",
  "documents_accepted",
  "cancelled",
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const VISIT_ACTIONS = ["schedule", "not_at_home", "complete", "cancel"] as const;
export type VisitAction = (typeof VISIT_ACTIONS)[number];

/** The time windows a visit is booked in (local time). */
export const VISIT_WINDOWS = ["09:00-12:00", "12:00-15:00", "15:00-18:00"] as const;
export type VisitWindow = (typeof VISIT_WINDOWS)[number];

/** The events of a visit's history; each is told to the person by SMS. */
export const VISIT_EVENTS = [
  "requested",
  "scheduled",
  "rescheduled",
  "not_at_home",
  "documents_accepted",
  "cancelled",
] as const;
export type VisitEvent = (typeof VISIT_EVENTS)[number];

/**
 * The oblasts and cities of republican significance by their KATO code (two digits); names are
 * `region.<code>` in the catalogues.
 */
export const REGION_CODES = [
  "71",
  "75",
  "79",
  "10",
  "11",
  "15",
  "19",
  "23",
  "27",
  "31",
  "33",
  "35",
  "39",
  "43",
  "47",
  "55",
  "59",
  "61",
  "62",
  "63",
] as const;

/** The national office of the State Corporation: requests from a region without a branch go there. */
export const NATIONAL_OFFICE = "gov4c";

/** The basis of the due period: a branch standard until a legal source is found (docs/home-visits.md). */
export const DUE_BASIS = "branch_standard";

/**
 * The due date of a request received on `receivedOn` (Asia/Almaty): counted like a complaint's
 * term, from the day it was received (or the next working day when that is a day off, day 0) to
 * the `workingDays`-th working day after, on the official calendar.
 */
export function visitDue(
  calendar: Calendar,
  receivedOn: string,
  workingDays: number,
): { startsOn: string; due: string } {
  const startsOn = calendar.registrationDate(receivedOn);
  return { startsOn, due: calendar.addWorkingDays(startsOn, workingDays) };
}

export type Branch = { id: string; kind: string; regionCode: string | null; parentId: string | null };

/**
 * The State Corporation branch that serves a region (KATO code, its first two digits name the
 * oblast or city of republican significance); the national office when the region has none.
 */
export function routeToBranch(
  regionCode: string | null | undefined,
  organizations: readonly Branch[],
): string {
  const oblast = (regionCode ?? "").slice(0, 2);
  if (!oblast) return NATIONAL_OFFICE;
  const branch = organizations.find(
    (o) =>
      o.kind === "state_corporation" &&
      o.id !== NATIONAL_OFFICE &&
      (o.regionCode ?? "").slice(0, 2) === oblast,
  );
  return branch?.id ?? NATIONAL_OFFICE;
}

/** The next status after an action, or a 409 `home_visit_not_allowed` in the current one. */
const TRANSITIONS: Record<VisitAction, Partial<Record<VisitStatus, VisitStatus>>> = {
  schedule: { requested: "scheduled", scheduled: "scheduled", not_at_home: "scheduled" },
  not_at_home: { scheduled: "not_at_home" },
  complete: { scheduled: "documents_accepted" },
  cancel: { requested: "cancelled", scheduled: "cancelled", not_at_home: "cancelled" },
};

export function nextVisitStatus(status: VisitStatus, action: VisitAction): VisitStatus {
  const next = TRANSITIONS[action][status];
  if (!next) throw new DomainError("conflict", "home_visit_not_allowed");
  return next;
}

export const isOpenVisit = (status: VisitStatus) => status !== "documents_accepted" && status !== "cancelled";

/** The event a step appends: scheduling an already scheduled visit is a reschedule. */
export function visitEvent(status: VisitStatus, action: VisitAction): VisitEvent {
  if (action === "schedule") return status === "requested" ? "scheduled" : "rescheduled";
  if (action === "complete") return "documents_accepted";
  if (action === "cancel") return "cancelled";
  return "not_at_home";
}

/** Overdue: still open after its due date (derived from today, never stored). */
export const isVisitOverdue = (v: { status: VisitStatus; due: string }, today: string) =>
  isOpenVisit(v.status) && v.due < today;

/**
 * Late: overdue, or booked for a day after the due date. A late or cancelled visit is what the
 * person may complain about (to the head of the State Corporation or the informatization body).
 */
export const isVisitLate = (
  v: { status: VisitStatus; due: string; scheduledOn: string | null },
  today: string,
) => isVisitOverdue(v, today) || (isOpenVisit(v.status) && !!v.scheduledOn && v.scheduledOn > v.due);

export const mayComplainAbout = (
  v: { status: VisitStatus; due: string; scheduledOn: string | null },
  today: string,
) => v.status === "cancelled" || isVisitLate(v, today);

export type VisitActor = {
  id: string;
  role: Role;
  organizationId: string | null;
  /** The kind of the actor's organization: only the State Corporation's staff work visits. */
  organizationKind: string | null;
};
export type VisitScope = { branchId: string; createdBy: string | null; employeeId: string | null };

/** How an actor relates to a visit: none means it is a 404 to them. */
export type VisitRelation = "operator" | "branch" | "employee" | "none";

/**
 * Operator: the requests they took; registrar and head of the branch: all of the branch's;
 * an executor of the branch (the field employee): the visits assigned to them. Nobody else.
 */
export function visitRelation(actor: VisitActor, v: VisitScope): VisitRelation {
  if (actor.role === "operator") return v.createdBy === actor.id ? "operator" : "none";
  if (actor.organizationKind !== "state_corporation" || actor.organizationId !== v.branchId) return "none";
  if (actor.role === "registrar" || actor.role === "head") return "branch";
  if (actor.role === "executor" && v.employeeId === actor.id) return "employee";
  return "none";
}

/** What an actor may do now: the branch plans and records; the field employee records the outcome of their visit. */
export function allowedVisitActions(relation: VisitRelation, status: VisitStatus): VisitAction[] {
  const mine: readonly VisitAction[] =
    relation === "branch" ? VISIT_ACTIONS : relation === "employee" ? ["not_at_home", "complete"] : [];
  return mine.filter((a) => TRANSITIONS[a][status] !== undefined);
}

/** Whether the health note (what limits mobility) may be shown: the branch, its employee, the operator who took it. */
export const mayReadHealthNote = (relation: VisitRelation) => relation !== "none";

/** A short reference to write down: "HV-" and six letters and digits without look-alikes (0/O, 1/I). */
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export function visitReference(random: Uint8Array): string {
  let out = "";
  for (let i = 0; i < 6; i++) out += REFERENCE_ALPHABET[(random[i] ?? 0) % REFERENCE_ALPHABET.length];
  return `HV-${out}`;
}
export const isVisitReference = (s: string) => /^HV-[23456789A-HJ-NP-Z]{6}$/.test(s);

/** The digits of a phone, for matching what a caller says against what was recorded (last 10). */
export const phoneKey = (phone: string) => phone.replace(/\D/g, "").slice(-10);

/**
 * The day sheet's route order: by district (a route is driven district by district), then the
 * time window, then the address.
 */
export function routeOrder<T extends { district: string; window: string | null; address: string }>(
  visits: readonly T[],
): T[] {
  return [...visits].sort(
    (a, b) =>
      a.district.localeCompare(b.district, "ru") ||
      (a.window ?? "").localeCompare(b.window ?? "") ||
      a.address.localeCompare(b.address, "ru"),
  );
}
