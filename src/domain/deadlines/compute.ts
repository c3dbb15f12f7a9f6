import type { Calendar } from "../calendar/calendar.ts";
import { addMonths, formatDate, parseDate } from "../calendar/dates.ts";
import type { SkippedDay } from "../calendar/types.ts";
import {
  type BasisCode,
  type Regime,
  type RegimeId,
  type ReviewBody,
  regimeById,
  type Term,
} from "./regimes.ts";

/** The legal clocks of a complaint (legal.md, "Who reviews, and when clocks start"). */
export const DEADLINE_KINDS = ["registration", "forward", "redirect", "review", "extension"] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/**
 * `met`: what the clock measures was done in time; `missed`: done late, or stopped after the
 * due date; `closed`: stopped in time by something else (the provider's forward clock when the
 * applicant withdrew); `overdue`: still open after the due date.
 */
export const DEADLINE_STATES = ["running", "met", "missed", "closed", "overdue"] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** A deadline the regime does not provide; `code` is stable (and an i18n key). */
export class DeadlineRuleError extends Error {
  override readonly name = "DeadlineRuleError";
  constructor(
    readonly code: "not_in_regime" | "extension_not_allowed",
    message: string,
  ) {
    super(message);
  }
}

export interface DeadlineRequest {
  readonly calendar: Calendar;
  readonly regime: Regime;
  readonly kind: DeadlineKind;
  readonly body: ReviewBody;
  /** Receipt (registration, forward, redirect), registration (review) or the end of the review being extended (extension). */
  readonly startsOn: string;
  /** Overrides the regime's term; an extension defaults to, and is capped at, the regime's maximum. */
  readonly workingDays?: number;
}

/** A computed deadline that explains itself. */
export interface Deadline {
  readonly kind: DeadlineKind;
  readonly regime: RegimeId;
  readonly body: ReviewBody;
  /** The start as given. */
  readonly startsOn: string;
  /** Day 0 of the count: `startsOn`, or the next working day under the regime's counting rule. */
  readonly dayZero: string;
  readonly workingDays: number;
  /** The last day: the later of `computedDue` and `announcedDue`. */
  readonly due: string;
  /** The last day by the current calendar. */
  readonly computedDue: string;
  /** The last day told to the applicant, never shortened by a recompute (null until announced). */
  readonly announcedDue: string | null;
  readonly basis: { readonly code: BasisCode };
  /** The non-working days after day 0 up to `computedDue`, with their reasons. */
  readonly skipped: readonly SkippedDay[];
  readonly calendarVersion: string;
  /** Whether any day from `startsOn` to `due` is provisional in the calendar. */
  readonly provisional: boolean;
}

function resolveTerm({ regime, kind, body, workingDays }: DeadlineRequest): Term {
  if (workingDays !== undefined && !(Number.isInteger(workingDays) && workingDays >= 0)) {
    throw new RangeError(`Working days must be a whole number ≥ 0, got ${workingDays}`);
  }
  if (kind === "review") {
    const term = regime.review[body];
    if (!term) throw new RangeError(`Unknown reviewing body ${JSON.stringify(body)}`);
    return { workingDays: workingDays ?? term.workingDays, basis: term.basis };
  }
  if (kind === "registration" || kind === "redirect") {
    const term = regime[kind];
    return { workingDays: workingDays ?? term.workingDays, basis: term.basis };
  }
  const rule = kind === "forward" ? regime.forward : regime.extension;
  if (!rule) throw new DeadlineRuleError("not_in_regime", `Regime ${regime.id} has no ${kind} term`);
  if ("workingDays" in rule) return { workingDays: workingDays ?? rule.workingDays, basis: rule.basis };
  if (!rule.bodies.includes(body)) {
    throw new DeadlineRuleError("extension_not_allowed", `A ${body} may not extend the review`);
  }
  const max = rule.maxWorkingDays;
  return { workingDays: Math.min(workingDays ?? max, max), basis: rule.basis };
}

function deadline(request: DeadlineRequest, announcedDue: string | null): Deadline {
  const { calendar, regime, kind, body, startsOn } = request;
  const { workingDays, basis } = resolveTerm(request);
  const start = parseDate(startsOn);
  const day0 = regime.counting.registerNonWorkingOnNext ? calendar.nextWorkingDayN(start) : start;
  const countsDayZero = regime.counting.dayZeroCounted && workingDays > 0 && calendar.isWorkingN(day0);
  const computed = calendar.addWorkingDaysN(day0, workingDays - (countsDayZero ? 1 : 0));
  const due = announcedDue !== null ? Math.max(computed, parseDate(announcedDue)) : computed;
  return {
    kind,
    regime: regime.id,
    body,
    startsOn,
    dayZero: formatDate(day0),
    workingDays,
    due: formatDate(due),
    computedDue: formatDate(computed),
    announcedDue,
    basis: { code: basis },
    skipped: calendar.skippedDays(formatDate(day0), formatDate(computed)),
    calendarVersion: calendar.version,
    provisional: calendar.isProvisionalN(start, due),
  };
}

/**
 * Computes a deadline: day 0 is the start (moved to the next working day when the counting rule
 * says so) and the due date is the end of the N-th working day after it.
 */
export function computeDeadline(request: DeadlineRequest): Deadline {
  return deadline(request, null);
}

/** Marks the deadline as told to the applicant: its due date can no longer move earlier. */
export function announceDeadline(d: Deadline): Deadline {
  return { ...d, announcedDue: d.due };
}

/**
 * Recomputes a deadline on a changed calendar with the same start, kind, body and term. The due
 * date is the later of the new computed date and the announced one: a deadline already told to
 * the applicant is never shortened.
 */
export function recomputeDeadline(
  previous: Pick<Deadline, "kind" | "regime" | "body" | "startsOn" | "workingDays" | "announcedDue">,
  calendar: Calendar,
  regime: Regime = regimeById(previous.regime),
): Deadline {
  const { kind, body, startsOn, workingDays, announcedDue } = previous;
  return deadline({ calendar, regime, kind, body, startsOn, workingDays }, announcedDue);
}

/**
 * The state of a clock on `today`. Closed by its own act (`completed`): met on or before the due
 * date, missed after. Stopped by another step: closed on or before the due date, missed after
 * (the term had already run out). Open: overdue after the due date, else running.
 */
export function deadlineState(
  d: Pick<Deadline, "due">,
  today: string,
  closedOn?: string | null,
  completed = true,
): DeadlineState {
  const due = parseDate(d.due);
  if (closedOn != null) {
    if (parseDate(closedOn) > due) return "missed";
    return completed ? "met" : "closed";
  }
  return parseDate(today) > due ? "overdue" : "running";
}

/** Overdue: an open clock whose last day has passed (always derived from today, never stored). */
export const isOverdue = (due: string | null | undefined, today: string): boolean =>
  due != null && due < today;

/** How soon, in working days, a due date counts as "due soon". */
export const DUE_SOON_WORKING_DAYS = 2;

export type DueBadge = { kind: "overdue" | "today" | "soon"; n: number } | null;

/** The inbox's flag for a due date: overdue, due today, due within two working days, or none. */
export function dueBadge(calendar: Calendar, due: string | null, today: string): DueBadge {
  if (!due) return null;
  if (isOverdue(due, today)) return { kind: "overdue", n: 0 };
  const left = calendar.workingDaysBetween(today, due);
  if (left <= 0) return { kind: "today", n: 0 };
  return left <= DUE_SOON_WORKING_DAYS ? { kind: "soon", n: left } : null;
}

export interface FilingRequest {
  readonly calendar: Calendar;
  readonly regime: Regime;
  /** The day the applicant learned of the act or action. */
  readonly learnedOn: string;
  readonly filedOn: string;
}

export interface FilingCheck {
  readonly learnedOn: string;
  readonly filedOn: string;
  readonly months: number;
  /** The same date `months` later (last day of the month if none), moved to the next working day. */
  readonly lastDay: string;
  /** Filed after `lastDay`: the complaint is still accepted, only flagged. */
  readonly late: boolean;
  readonly basis: { readonly code: BasisCode };
  readonly calendarVersion: string;
  readonly provisional: boolean;
}

/** Checks the filing term (APPC art. 92: 3 months from learning); lateness is a flag, never a refusal. */
export function checkFilingTerm({ calendar, regime, learnedOn, filedOn }: FilingRequest): FilingCheck {
  if (!regime.filing) throw new DeadlineRuleError("not_in_regime", `Regime ${regime.id} has no filing term`);
  const { months, basis } = regime.filing;
  const learned = parseDate(learnedOn);
  const lastDay = calendar.nextWorkingDayN(addMonths(learned, months));
  return {
    learnedOn,
    filedOn,
    months,
    lastDay: formatDate(lastDay),
    late: parseDate(filedOn) > lastDay,
    basis: { code: basis },
    calendarVersion: calendar.version,
    provisional: calendar.isProvisionalN(learned, lastDay),
  };
}
