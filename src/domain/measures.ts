import type { Calendar } from "./calendar/calendar.ts";
import type { Ground } from "./complaint.ts";
import { type BasisCode, type DeadlineKind, deadlineState, isOverdue } from "./deadlines/index.ts";

/**
 * The performance measures of the reports and the open data, defined once (docs/reports.md).
 * They are pure functions over plain rows: one row is a complaint *at one body* — the body that
 * received it (by delivery, forward or redirect) and whose clocks ran there. A complaint forwarded
 * from a provider to the quality authority is a row at each; "received" counts complaints once.
 */

/** One clock of a case, as stored (its state is derived on the day asked). */
export type CaseClock = {
  kind: DeadlineKind;
  startsOn: string;
  due: string;
  closedOn: string | null;
  /** Closed by the act it measures (met or missed), not only stopped by another step. */
  completed: boolean;
};

/** How a case ended at its body: a decision's outcome, a refusal to consider, or a withdrawal. */
export const ANSWERS = [
  "satisfied",
  "partially_satisfied",
  "not_satisfied",
  "favourable_act",
  "left_without_consideration",
  "withdrawn",
] as const;
export type Answer = (typeof ANSWERS)[number];

/** A complaint at one body, with that body's clocks. */
export type CaseRow = {
  complaintId: string;
  bodyId: string;
  serviceId: string | null;
  grounds: readonly Ground[];
  /** The day the body received it (the start of its registration clock). */
  receivedOn: string;
  clocks: readonly CaseClock[];
  /** How it ended at this body (null while open there, or when it left by forward or redirect). */
  answer: Answer | null;
  /** The ground of a refusal to consider, at this body. */
  refusalGround: string | null;
  /** The applicant escalated the answer given here (a linked complaint to the next body). */
  escalated: boolean;
  /** This case is itself an escalation: a complaint about an earlier body's answer. */
  escalation?: boolean;
};

/** What each measure counts, the clock it reads and the law that sets that clock. */
export type MeasureDef = { clock: DeadlineKind | null; basis: readonly BasisCode[] };

/** The measures; each name and explanation is `measure.<key>` and `measure.<key>.hint`. */
export const MEASURES = {
  received: { clock: "registration", basis: ["appc-63"] },
  registeredLate: { clock: "registration", basis: ["appc-63"] },
  forwardedOnTime: { clock: "forward", basis: ["appc-91-4"] },
  decidedOnTime: { clock: "review", basis: ["ps-25-2", "ps-25-3", "ps-25-4"] },
  onTimeShare: { clock: null, basis: ["appc-91-4", "appc-redirect", "ps-25-2", "ps-25-3", "ps-25-4"] },
  overdueNow: { clock: null, basis: ["appc-63", "appc-91-4", "ps-25-2", "ps-25-3", "ps-25-4"] },
  medianDays: { clock: "review", basis: ["ps-25-2", "ps-25-3"] },
  p90Days: { clock: "review", basis: ["ps-25-2", "ps-25-3"] },
  outcomes: { clock: null, basis: ["ps-25-2", "ps-25-3"] },
  escalatedShare: { clock: null, basis: ["ps-25-3"] },
  escalationsUpheld: { clock: null, basis: ["ps-25-3"] },
  refusalsByGround: { clock: null, basis: [] },
  grounds: { clock: null, basis: [] },
} as const satisfies Record<string, MeasureDef>;
export type MeasureKey = keyof typeof MEASURES;

/** A count out of a base: `share` is null when nothing was there to count. */
export type Ratio = { n: number; of: number; share: number | null };

const ratio = (n: number, of: number): Ratio => ({
  n,
  of,
  share: of ? Math.round((n / of) * 1000) / 1000 : null,
});

const clock = (row: CaseRow, kind: DeadlineKind) => row.clocks.find((c) => c.kind === kind);

/** The review clock that was answered: the extension when the review was extended, else the review. */
function answeredReview(row: CaseRow): CaseClock | undefined {
  return row.clocks.find((c) => (c.kind === "review" || c.kind === "extension") && c.completed && c.closedOn);
}

/** Met: closed by its own act on or before its last day. */
const met = (c: CaseClock) => deadlineState(c, c.closedOn ?? c.due, c.closedOn, c.completed) === "met";

/** Received: distinct complaints (a complaint forwarded to another body in scope counts once). */
export const received = (rows: readonly CaseRow[]) => new Set(rows.map((r) => r.complaintId)).size;

/**
 * Registered late: the registration clock (due on the legal registration day, APPC art. 63) was
 * closed after its day, or is still open after it on `today`.
 */
export function registeredLate(rows: readonly CaseRow[], today: string): Ratio {
  const clocks = rows.map((r) => clock(r, "registration")).filter((c) => c !== undefined);
  const late = clocks.filter((c) => ["missed", "overdue"].includes(deadlineState(c, today, c.closedOn)));
  return ratio(late.length, clocks.length);
}

/** Forwarded on time: of the forward clocks done (forward or favourable act), those met in 3 working days. */
export function forwardedOnTime(rows: readonly CaseRow[]): Ratio {
  const done = rows.map((r) => clock(r, "forward")).filter((c) => c?.completed && c.closedOn);
  return ratio(done.filter((c) => met(c!)).length, done.length);
}

/** Decided on time: of the reviews answered (decision, favourable act, refusal), those by the last lawful day (extension included). */
export function decidedOnTime(rows: readonly CaseRow[]): Ratio {
  const done = rows.map(answeredReview).filter((c) => c !== undefined);
  return ratio(done.filter(met).length, done.length);
}

/**
 * On-time share of a body: of its cases whose answering clock is done — forward, redirect or
 * review (extension included) — those done by that clock's last day.
 */
export function onTimeShare(rows: readonly CaseRow[]): Ratio {
  const done = rows
    .map(
      (r) =>
        answeredReview(r) ??
        r.clocks.find((c) => (c.kind === "forward" || c.kind === "redirect") && c.completed),
    )
    .filter((c) => c?.closedOn);
  return ratio(done.filter((c) => met(c!)).length, done.length);
}

/** The earliest last day of the case's open clocks that has passed on `today`, or null. */
export const overdueSince = (row: CaseRow, today: string): string | null =>
  row.clocks
    .filter((c) => c.closedOn === null && isOverdue(c.due, today))
    .map((c) => c.due)
    .sort()[0] ?? null;

/** Overdue now: cases with an open clock whose last day has passed on `today`. */
export const overdueNow = (rows: readonly CaseRow[], today: string): number =>
  rows.filter((r) => overdueSince(r, today) !== null).length;

/**
 * Working days from registration (the review clock's day 0: the receipt day, or the next working
 * day after a day off) to the answer, on the official calendar, for each answered review.
 */
export function daysToAnswer(rows: readonly CaseRow[], calendar: Calendar): number[] {
  const days: number[] = [];
  for (const row of rows) {
    const answer = answeredReview(row);
    const review = clock(row, "review");
    if (!answer?.closedOn || !review) continue;
    const dayZero = calendar.registrationDate(review.startsOn);
    days.push(Math.max(0, calendar.workingDaysBetween(dayZero, answer.closedOn)));
  }
  return days;
}

/** The p-th percentile by the nearest-rank method (p = 50: the median); null when empty. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** How many times each key occurs, the `keys` listed first with 0. */
function countBy<K extends string>(items: Iterable<K>, keys: readonly K[] = []): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}

/** Outcomes: how many cases ended with each answer at their body. */
export const outcomes = (rows: readonly CaseRow[]): Record<Answer, number> =>
  countBy(
    rows.flatMap((r) => (r.answer ? [r.answer] : [])),
    ANSWERS,
  );

/** Share escalated: of the cases answered (decided or left without consideration), those the applicant escalated. */
export function escalatedShare(rows: readonly CaseRow[]): Ratio {
  const answered = rows.filter((r) => r.answer !== null && r.answer !== "withdrawn");
  return ratio(answered.filter((r) => r.escalated).length, answered.length);
}

/**
 * Escalations upheld: of the escalations decided here (satisfied, partly, not satisfied), those
 * satisfied in full or in part — at the quality authority, how often the earlier answer was wrong.
 */
export function escalationsUpheld(rows: readonly CaseRow[]): Ratio {
  const decided = rows.filter(
    (r) =>
      r.escalation &&
      (r.answer === "satisfied" || r.answer === "partially_satisfied" || r.answer === "not_satisfied"),
  );
  return ratio(decided.filter((r) => r.answer !== "not_satisfied").length, decided.length);
}

/** Refusals to consider by their lawful ground. */
export const refusalsByGround = (rows: readonly CaseRow[]): Record<string, number> =>
  countBy(
    rows.flatMap((r) =>
      r.answer === "left_without_consideration" && r.refusalGround ? [r.refusalGround] : [],
    ),
  );

/** Grounds of complaints: each complaint counted once per ground it states. */
export const grounds = (rows: readonly CaseRow[]): Record<string, number> => {
  const seen = new Map(rows.map((r) => [r.complaintId, r.grounds]));
  return countBy([...seen.values()].flat());
};

/** Every measure over a set of cases on `today`. */
export function measure(rows: readonly CaseRow[], calendar: Calendar, today: string) {
  const days = daysToAnswer(rows, calendar);
  return {
    received: received(rows),
    registeredLate: registeredLate(rows, today),
    forwardedOnTime: forwardedOnTime(rows),
    decidedOnTime: decidedOnTime(rows),
    onTimeShare: onTimeShare(rows),
    overdueNow: overdueNow(rows, today),
    medianDays: percentile(days, 50),
    p90Days: percentile(days, 90),
    outcomes: outcomes(rows),
    escalatedShare: escalatedShare(rows),
    escalationsUpheld: escalationsUpheld(rows),
    refusalsByGround: refusalsByGround(rows),
    grounds: grounds(rows),
  };
}
export type Measures = ReturnType<typeof measure>;

/** The cases grouped by a key (a body, a service, a month), each group measured; keys sorted. */
export function measureBy<R extends CaseRow>(
  rows: readonly R[],
  key: (row: R) => string,
  calendar: Calendar,
  today: string,
): { key: string; measures: Measures }[] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return [...groups.keys()]
    .sort()
    .map((k) => ({ key: k, measures: measure(groups.get(k)!, calendar, today) }));
}

/** The month of a case (YYYY-MM of its receipt at the body). */
export const monthOf = (row: CaseRow) => row.receivedOn.slice(0, 7);

/** A share as text: "75 %", or "—" without a base. */
export const percent = (share: number | null) =>
  share === null ? "—" : `${Math.round(share * 1000) / 10} %`;

/** Whether an on-time share falls under the threshold (a share of 0…1); no share is never flagged. */
export const belowThreshold = (r: Ratio, threshold: number) => r.share !== null && r.share < threshold;

/** Open data publishes no count under this (1–4 shown as null / "<5"), and no share or median over a smaller base. */
export const SMALL_CELL = 5;

/** A count as published: 1 to 4 suppressed (null); 0 is no one and is shown. */
export const suppress = (n: number): number | null => (n > 0 && n < SMALL_CELL ? null : n);

/** The counts of an open-data row (1–4 suppressed), and its rates (null over a base under 5). */
export const OPEN_DATA_COUNTS = ["received", "answered", ...ANSWERS] as const;
export const OPEN_DATA_RATES = ["onTimeShare", "medianDays"] as const;
/** The figures of an open-data row, in order (each described by `openData.field.<name>`). */
export const OPEN_DATA_FIGURES = [...OPEN_DATA_COUNTS, ...OPEN_DATA_RATES] as const;
export type OpenDataFigure = (typeof OPEN_DATA_FIGURES)[number];

/**
 * The published figures of a group of cases: counts with small cells suppressed; the on-time
 * share and the median working days only over a base of at least `SMALL_CELL` answers.
 */
export function openDataFigures(m: Measures): Record<OpenDataFigure, number | null> {
  const answered = m.onTimeShare.of;
  return {
    received: suppress(m.received),
    answered: suppress(answered),
    ...(Object.fromEntries(ANSWERS.map((a) => [a, suppress(m.outcomes[a])])) as Record<
      Answer,
      number | null
    >),
    onTimeShare: answered >= SMALL_CELL ? m.onTimeShare.share : null,
    medianDays: m.decidedOnTime.of >= SMALL_CELL ? m.medianDays : null,
  };
}
