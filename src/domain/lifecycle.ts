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

export type Transition = {
  from: readonly ComplaintStatus[];
  /** The next status; `null` keeps the current one. */
  to: ComplaintStatus | null;
  /** The mark the applicant sees, if any. */
  mark: Mark | null;
};

const OPEN: readonly ComplaintStatus[] = ["registered", "in_execution"];

/** The lifecycle as one table: action → from which states, into which state, with which mark. */
export const TRANSITIONS: Record<Action, Transition> = {
  register: { from: ["submitted", "forwarded"], to: "registered", mark: "registered" },
  assign: { from: OPEN, to: "in_execution", mark: "in_execution" },
  comment: { from: ["submitted", "registered", "in_execution", "forwarded"], to: null, mark: null },
  favourable_act: { from: OPEN, to: "decided", mark: "result" },
  forward: { from: OPEN, to: "forwarded", mark: "forwarded" },
  extend: { from: OPEN, to: null, mark: "extended" },
  decide: { from: OPEN, to: "decided", mark: "result" },
  leave_without_consideration: {
    from: ["submitted", ...OPEN],
    to: "left_without_consideration",
    mark: "refusal",
  },
  withdraw: { from: ["submitted", "forwarded", ...OPEN], to: "withdrawn", mark: "withdrawn" },
  escalate: { from: ["decided"], to: null, mark: null },
};

/** True when `action` is allowed in `status` (whoever asks). */
export function canTransition(status: ComplaintStatus, action: Action): boolean {
  return TRANSITIONS[action].from.includes(status);
}

/** The next status and mark, or a 409 `invalid_transition`. */
export function transition(
  status: ComplaintStatus,
  action: Action,
): { to: ComplaintStatus; mark: Mark | null } {
  const t = TRANSITIONS[action];
  if (!t.from.includes(status))
    throw new DomainError("conflict", "invalid_transition", [], { action, status });
  return { to: t.to ?? status, mark: t.mark };
}

/** Actions possible in a status (before asking who may). */
export function actionsIn(status: ComplaintStatus): Action[] {
  return ACTIONS.filter((a) => canTransition(status, a));
}
