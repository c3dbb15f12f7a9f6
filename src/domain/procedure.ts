import type { Appealed, ComplaintStatus } from "./complaint.ts";
import { reviewBodyOf } from "./complaint-rules.ts";
import { type DeadlineKind, isOverdue } from "./deadlines/compute.ts";
import { type RegimeId, regimeById } from "./deadlines/regimes.ts";
import type { Action } from "./lifecycle.ts";
import type { OrganizationKind } from "./roles.ts";

/**
 * What the law needs to know about a complaint, beyond its status, to say which steps are
 * lawful now (legal.md, "Who reviews, and when clocks start"). Derived from stored facts and
 * today by `procedureFacts`; never stored.
 */
export type ProcedureFacts = {
  regime: RegimeId;
  appealed: Appealed;
  holderKind: OrganizationKind;
  /** The holder is the body whose decision, act or inaction is appealed. */
  holderIsRespondent: boolean;
  /** The holder's forward clock is open and its last day has not passed. */
  forwardWindowOpen: boolean;
  /** The holder's review (or extension) clock is open. */
  reviewRunning: boolean;
  /** A term the holder had to answer in (forward, review, extension) ran out with no answer. */
  answerOverdue: boolean;
  /** Working days of extension the holder may still grant (0: none). */
  extensionLeft: number;
  /** Filed after the 3-month term (APPC art. 92) and whether the reviewing body restored it. */
  filedLate: boolean;
  termRestored: boolean | null;
  /** The applicant has already escalated this complaint. */
  escalated: boolean;
};

export type ClockFact = {
  kind: DeadlineKind;
  organizationId: string;
  due: string;
  closedOn: string | null;
  workingDays: number;
};

/** The facts of a complaint on `today` (an ISO date), from its row and its clocks. */
export function procedureFacts(
  c: {
    regime: RegimeId;
    appealed: Appealed;
    holderId: string;
    respondentId: string;
    filedLate: boolean;
    termRestored: boolean | null;
  },
  holderKind: OrganizationKind,
  clocks: readonly ClockFact[],
  escalated: boolean,
  today: string,
): ProcedureFacts {
  const mine = clocks.filter((d) => d.organizationId === c.holderId);
  const open = mine.filter((d) => d.closedOn === null);
  const forward = open.find((d) => d.kind === "forward");
  const holderIsRespondent = c.holderId === c.respondentId;
  const rule = regimeById(c.regime).extension;
  const used = mine.filter((d) => d.kind === "extension").reduce((n, d) => n + d.workingDays, 0);
  const extendable = rule?.bodies.includes(reviewBodyOf(holderKind, holderIsRespondent)) ?? false;
  return {
    regime: c.regime,
    appealed: c.appealed,
    holderKind,
    holderIsRespondent,
    forwardWindowOpen: forward !== undefined && forward.due >= today,
    reviewRunning: open.some((d) => d.kind === "review" || d.kind === "extension"),
    answerOverdue: open.some((d) => ANSWER_CLOCKS.includes(d.kind) && isOverdue(d.due, today)),
    extensionLeft: extendable && rule ? Math.max(0, rule.maxWorkingDays - used) : 0,
    filedLate: c.filedLate,
    termRestored: c.termRestored,
    escalated,
  };
}

const ANSWER_CLOCKS: readonly DeadlineKind[] = ["forward", "review", "extension"];

/**
 * APPC art. 91 p. 4 (seed 002): the body whose own decision, act or inaction is appealed may
 * only adopt a favourable act within 3 working days or forward the complaint with the
 * administrative case; it does not decide its own case. Not so under the 2007 law (the
 * provider's head reviewed), nor for a complaint about an employee addressed to the head (the
 * head reviews as the higher official), nor at the quality authority.
 */
export function mustForward(
  f: Pick<ProcedureFacts, "regime" | "appealed" | "holderIsRespondent" | "holderKind">,
) {
  return (
    regimeById(f.regime).forward !== null &&
    f.holderIsRespondent &&
    f.appealed === "body" &&
    f.holderKind !== "quality_authority"
  );
}

/**
 * Why the law does not allow `action` now (a 409 code), or null when it does. The lifecycle
 * (status) and the access table (role) are checked before this; this is the procedure itself.
 */
export function procedureRefusal(action: Action, status: ComplaintStatus, f: ProcedureFacts): string | null {
  const forwardOnly = mustForward(f);
  switch (action) {
    case "favourable_act":
      if (!forwardOnly) return "favourable_act_not_available";
      return f.forwardWindowOpen ? null : "forward_window_closed";
    case "forward":
      return forwardOnly ? null : "forward_not_available";
    case "redirect":
      // The appealed body sends its case on by forwarding; a redirect is for a body that got it by mistake.
      return f.holderIsRespondent ? "redirect_not_available" : null;
    case "restore_term":
      if (forwardOnly) return "must_forward";
      if (!f.filedLate) return "term_not_missed";
      return f.termRestored === null ? null : "term_already_decided";
    case "extend":
      if (forwardOnly) return "must_forward";
      return f.extensionLeft > 0 && f.reviewRunning ? null : "extension_not_allowed";
    case "decide":
      if (forwardOnly) return "must_forward";
      if (f.filedLate && f.termRestored === null) return "term_restoration_pending";
      return f.filedLate && f.termRestored === false ? "term_not_restored" : null;
    case "leave_without_consideration":
      return forwardOnly ? "must_forward" : null;
    case "escalate": {
      // After the quality authority's own answer the next step is the court (APPC art. 91 p. 5).
      if (f.holderKind === "quality_authority") return "escalation_not_available";
      if (f.escalated) return "already_escalated";
      const answered = status === "decided" || status === "left_without_consideration";
      // A term missed with no answer is a deemed refusal: it opens the appeal too.
      return answered || f.answerOverdue ? null : "escalation_not_available";
    }
    default:
      return null;
  }
}
