import type { ComplaintStatus, Mark } from "./complaint.ts";
import { DEADLINE_KINDS, type DeadlineKind } from "./deadlines/compute.ts";
import { DomainError } from "./errors.ts";

/** Everything that can be done to a complaint. */
export const ACTIONS = [
  "register",
  "assign",
  "comment",
  "favourable_act",
  "forward",
  "redirect",
  "restore_term",
  "extend",
  "decide",
  "leave_without_consideration",
  "withdraw",
  "escalate",
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Lawful grounds for leaving a complaint without consideration (each has the text
 * `wf.leaveGround.<code>`). A missed filing term is not one (APPC art. 92: the complaint is
 * accepted and the reviewing body decides whether to restore the term); a refused restoration
 * is (`term_not_restored`). A body that is not competent redirects instead of refusing.
 */
export const LEAVE_GROUNDS = ["term_not_restored", "repeated", "incomplete", "court_proceedings"] as const;
export type LeaveGround = (typeof LEAVE_GROUNDS)[number];

/** Which side of the case takes the action (the access table says which roles exactly). */
export type Side = "staff" | "applicant";

/** Whom the change is told to, besides the log. */
export type Notice = "applicant" | "none";

export type Transition = {
  from: readonly ComplaintStatus[];
  /** The next status; `null` keeps the current one. */
  to: ComplaintStatus | null;
  /** The mark the applicant sees, if any (only when the status changes, unless `to` is null). */
  mark: Mark | null;
  /** Who takes it. */
  by: Side;
  /** The event written to the log (also the audit action `complaint.<event>`). */
  event: string;
  /** The event when the action repeats in the state it leads to (reassigning an executor). */
  repeatEvent?: string;
  /** Whether the event is internal (never shown to the applicant). */
  internal: boolean;
  /** Who is told (the applicant's notices are written only when this says so). */
  notice: Notice;
  /** Which open clocks of the complaint the action stops. */
  closes: readonly DeadlineKind[];
  /** Which of those it stops as done, i.e. the act the clock measures (met, or missed when late). */
  completes: readonly DeadlineKind[];
};

const OPEN: readonly ComplaintStatus[] = ["registered", "in_execution"];
/** Every clock. */
const ALL: readonly DeadlineKind[] = DEADLINE_KINDS;
const REVIEW: readonly DeadlineKind[] = ["review", "extension"];

/**
 * The lifecycle as one table: action → from which states, into which state, with which mark,
 * by whom, which event and notice it produces, which clocks it stops and which of them it meets.
 */
export const TRANSITIONS: Record<Action, Transition> = {
  register: {
    from: ["submitted", "forwarded"],
    to: "registered",
    mark: "registered",
    by: "staff",
    event: "registered",
    internal: false,
    notice: "applicant",
    closes: ["registration"],
    completes: ["registration"],
  },
  assign: {
    from: OPEN,
    to: "in_execution",
    mark: "in_execution",
    by: "staff",
    event: "assigned",
    repeatEvent: "reassigned",
    internal: false,
    notice: "none",
    closes: [],
    completes: [],
  },
  comment: {
    from: ["submitted", "registered", "in_execution", "forwarded"],
    to: null,
    mark: null,
    by: "staff",
    event: "comment",
    internal: true,
    notice: "none",
    closes: [],
    completes: [],
  },
  favourable_act: {
    from: OPEN,
    to: "decided",
    mark: "result",
    by: "staff",
    event: "favourable_act",
    internal: false,
    notice: "applicant",
    closes: ALL,
    completes: ["forward", ...REVIEW],
  },
  forward: {
    from: OPEN,
    to: "forwarded",
    mark: "forwarded",
    by: "staff",
    event: "forwarded",
    internal: false,
    notice: "applicant",
    closes: ALL,
    completes: ["forward"],
  },
  redirect: {
    from: ["submitted", "forwarded", ...OPEN],
    to: "forwarded",
    mark: "forwarded",
    by: "staff",
    event: "redirected",
    internal: false,
    notice: "applicant",
    closes: ALL,
    completes: ["redirect"],
  },
  restore_term: {
    from: OPEN,
    to: null,
    mark: null,
    by: "staff",
    event: "term_restoration",
    internal: false,
    notice: "none",
    closes: [],
    completes: [],
  },
  extend: {
    from: OPEN,
    to: null,
    mark: "extended",
    by: "staff",
    event: "extended",
    internal: false,
    notice: "applicant",
    closes: REVIEW,
    completes: [],
  },
  decide: {
    from: OPEN,
    to: "decided",
    mark: "result",
    by: "staff",
    event: "decided",
    internal: false,
    notice: "applicant",
    closes: ALL,
    completes: REVIEW,
  },
  leave_without_consideration: {
    from: OPEN,
    to: "left_without_consideration",
    mark: "refusal",
    by: "staff",
    event: "left_without_consideration",
    internal: false,
    notice: "applicant",
    closes: ALL,
    completes: REVIEW,
  },
  withdraw: {
    from: ["submitted", "forwarded", ...OPEN],
    to: "withdrawn",
    mark: "withdrawn",
    by: "applicant",
    event: "withdrawn",
    internal: false,
    notice: "none",
    closes: ALL,
    completes: [],
  },
  escalate: {
    // After a result or a refusal; while open only as a deemed refusal (procedure.ts).
    from: ["decided", "left_without_consideration", "submitted", "registered", "in_execution", "forwarded"],
    to: null,
    mark: null,
    by: "applicant",
    event: "escalated",
    internal: false,
    notice: "none",
    closes: [],
    completes: [],
  },
};

/** True when `action` is allowed in `status` (whoever asks). */
export function canTransition(status: ComplaintStatus, action: Action): boolean {
  return TRANSITIONS[action].from.includes(status);
}

export type Step = Pick<Transition, "mark" | "event" | "internal" | "notice" | "closes" | "completes"> & {
  to: ComplaintStatus;
};

/** The next status, mark and event, or a 409 `invalid_transition`. */
export function transition(status: ComplaintStatus, action: Action): Step {
  const t = TRANSITIONS[action];
  if (!t.from.includes(status))
    throw new DomainError("conflict", "invalid_transition", [], { action, status });
  const repeat = t.to !== null && t.to === status;
  return {
    to: t.to ?? status,
    mark: repeat ? null : t.mark,
    event: repeat ? (t.repeatEvent ?? t.event) : t.event,
    internal: t.internal,
    notice: repeat ? "none" : t.notice,
    closes: t.closes,
    completes: t.completes,
  };
}

/** Actions possible in a status (before asking who may). */
export function actionsIn(status: ComplaintStatus): Action[] {
  return ACTIONS.filter((a) => canTransition(status, a));
}
