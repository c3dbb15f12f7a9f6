import type { ComplaintStatus, Mark } from "./complaint.ts";
import { DomainError } from "./errors.ts";

/** Everything that can be done to a complaint. */
export const ACTIONS = [
  "register",
  "assign",
  "comment",
  "favourable_act",
  "forward",
  "extend",
  "decide",
  "leave_without_consideration",
  "withdraw",
  "escalate",
] as const;
export type Action = (typeof ACTIONS)[number];

/** Grounds for leaving a complaint without consideration (each has the text `leaveGround.<code>`). */
export const LEAVE_GROUNDS = [
  "not_competent",
  "missed_term",
  "repeated",
  "incomplete",
  "court_proceedings",
  "other",
] as const;
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
  /** Who is told. */
  notice: Notice;
  /** Which open deadlines of the holder the action closes. */
  closes: "none" | "forward" | "all";
};

const OPEN: readonly ComplaintStatus[] = ["registered", "in_execution"];

/**
 * The lifecycle as one table: action → from which states, into which state, with which mark,
 * by whom, which event and notice it produces and which clocks it stops.
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
    closes: "none",
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
    closes: "none",
  },
  comment: {
    from: ["submitted", "registered", "in_execution", "forwarded"],
    to: null,
    mark: null,
    by: "staff",
    event: "comment",
    internal: true,
    notice: "none",
    closes: "none",
  },
  favourable_act: {
    from: OPEN,
    to: "decided",
    mark: "result",
    by: "staff",
    event: "favourable_act",
    internal: false,
    notice: "applicant",
    closes: "all",
  },
  forward: {
    from: OPEN,
    to: "forwarded",
    mark: "forwarded",
    by: "staff",
    event: "forwarded",
    internal: false,
    notice: "applicant",
    closes: "all",
  },
  extend: {
    from: OPEN,
    to: null,
    mark: "extended",
    by: "staff",
    event: "extended",
    internal: false,
    notice: "applicant",
    closes: "none",
  },
  decide: {
    from: OPEN,
    to: "decided",
    mark: "result",
    by: "staff",
    event: "decided",
    internal: false,
    notice: "applicant",
    closes: "all",
  },
  leave_without_consideration: {
    from: ["submitted", ...OPEN],
    to: "left_without_consideration",
    mark: "refusal",
    by: "staff",
    event: "left_without_consideration",
    internal: false,
    notice: "applicant",
    closes: "all",
  },
  withdraw: {
    from: ["submitted", "forwarded", ...OPEN],
    to: "withdrawn",
    mark: "withdrawn",
    by: "applicant",
    event: "withdrawn",
    internal: false,
    notice: "none",
    closes: "all",
  },
  escalate: {
    from: ["decided"],
    to: null,
    mark: null,
    by: "applicant",
    event: "escalated",
    internal: false,
    notice: "none",
    closes: "none",
  },
};

/** True when `action` is allowed in `status` (whoever asks). */
export function canTransition(status: ComplaintStatus, action: Action): boolean {
  return TRANSITIONS[action].from.includes(status);
}

export type Step = {
  to: ComplaintStatus;
  mark: Mark | null;
  event: string;
  internal: boolean;
  notice: Notice;
  closes: Transition["closes"];
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
  };
}

/** Actions possible in a status (before asking who may). */
export function actionsIn(status: ComplaintStatus): Action[] {
  return ACTIONS.filter((a) => canTransition(status, a));
}
