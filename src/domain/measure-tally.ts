import type { Calendar } from "./calendar/calendar.ts";
import { deadlineState } from "./deadlines/index.ts";
import {
  ANSWERS,
  type Answer,
  type CaseRow,
  daysToAnswer,
  decidedOnTime,
  escalatedShare,
  escalationsUpheld,
  forwardedOnTime,
  type Measures,
  onTimeShare,
  outcomes,
  refusalsByGround,
} from "./measures.ts";

/**
 * The measures as sums (docs/reports.md, "Reads that scale"). Every measure but three is a sum
 * over cases of what each case adds; those sums are kept per day, body, service and grounds
 * (`report_daily`) and added up for any period and breakdown. The three others:
 * - "received" and "grounds" count complaints, not cases: a complaint received at two bodies in
 *   the set counts once, so each case with an earlier case of its complaint is a pair, and the
 *   pairs with both ends in the set are taken off;
 * - "overdue now" and the registrations still open past their day depend on the day asked: the
 *   sums keep the open cases by the earliest last day of their open clocks (`openDue`) and the
 *   open registration clocks by their last day (`regOpenDue`), and the day asked adds up the
 *   entries before it (`openBefore`).
 * The median and the 90th percentile are exact: the working days to answer are kept as a
 * histogram (small integers), and histograms add up.
 */
export type Tally = {
  cases: number;
  /** Registration clocks closed after their day (those still open are counted live). */
  regLate: number;
  fwdDone: number;
  fwdMet: number;
  revDone: number;
  revMet: number;
  otDone: number;
  otMet: number;
  answered: number;
  escalated: number;
  escDecided: number;
  escUpheld: number;
  outcomes: Record<Answer, number>;
  refusals: Record<string, number>;
  /** days[i] = answers given after i working days. */
  days: number[];
  /** Open cases by the earliest last day of their open clocks: overdue on any later day. */
  openDue: Record<string, number>;
  /** Open registration clocks by their last day. */
  regOpenDue: Record<string, number>;
};

export const emptyTally = (): Tally => ({
  cases: 0,
  regLate: 0,
  fwdDone: 0,
  fwdMet: 0,
  revDone: 0,
  revMet: 0,
  otDone: 0,
  otMet: 0,
  answered: 0,
  escalated: 0,
  escDecided: 0,
  escUpheld: 0,
  outcomes: Object.fromEntries(ANSWERS.map((a) => [a, 0])) as Record<Answer, number>,
  refusals: {},
  days: [],
  openDue: {},
  regOpenDue: {},
});

/** The integer fields of a tally (the columns of `report_daily` besides the maps). */
export const TALLY_COUNTS = [
  "cases",
  "regLate",
  "fwdDone",
  "fwdMet",
  "revDone",
  "revMet",
  "otDone",
  "otMet",
  "answered",
  "escalated",
  "escDecided",
  "escUpheld",
] as const satisfies readonly (keyof Tally)[];

/** Adds `b` into `a` (and returns `a`). */
export function addTally(a: Tally, b: Tally): Tally {
  for (const k of TALLY_COUNTS) a[k] += b[k];
  for (const k of ANSWERS) a.outcomes[k] += b.outcomes[k];
  for (const [k, n] of Object.entries(b.refusals)) a.refusals[k] = (a.refusals[k] ?? 0) + n;
  for (const [k, n] of Object.entries(b.openDue)) a.openDue[k] = (a.openDue[k] ?? 0) + n;
  for (const [k, n] of Object.entries(b.regOpenDue)) a.regOpenDue[k] = (a.regOpenDue[k] ?? 0) + n;
  b.days.forEach((n, i) => {
    a.days[i] = (a.days[i] ?? 0) + n;
  });
  for (let i = 0; i < a.days.length; i++) a.days[i] ??= 0;
  return a;
}

/** What one case adds: the measures of the case alone (so the sums equal the measures of all). */
export function caseTally(row: CaseRow, calendar: Calendar): Tally {
  const one = [row];
  const fwd = forwardedOnTime(one);
  const rev = decidedOnTime(one);
  const ot = onTimeShare(one);
  const esc = escalatedShare(one);
  const upheld = escalationsUpheld(one);
  const days: number[] = [];
  for (const d of daysToAnswer(one, calendar)) {
    for (let i = days.length; i <= d; i++) days[i] = 0;
    days[d]! += 1;
  }
  const reg = row.clocks.find((c) => c.kind === "registration");
  const open = row.clocks.filter((c) => c.closedOn === null).map((c) => c.due);
  const earliest = open.sort()[0];
  return {
    cases: 1,
    regLate: reg?.closedOn && deadlineState(reg, reg.closedOn, reg.closedOn) === "missed" ? 1 : 0,
    fwdDone: fwd.of,
    fwdMet: fwd.n,
    revDone: rev.of,
    revMet: rev.n,
    otDone: ot.of,
    otMet: ot.n,
    answered: esc.of,
    escalated: esc.n,
    escDecided: upheld.of,
    escUpheld: upheld.n,
    outcomes: outcomes(one),
    refusals: refusalsByGround(one),
    days,
    openDue: earliest ? { [earliest]: 1 } : {},
    regOpenDue: reg && reg.closedOn === null ? { [reg.due]: 1 } : {},
  };
}

/** How many of the entries of a by-date count fall before `today` (overdue on it). */
export const openBefore = (byDue: Record<string, number>, today: string): number =>
  Object.entries(byDue).reduce((n, [due, k]) => (due < today ? n + k : n), 0);

/** The p-th percentile (nearest rank) of the values a histogram counts; null when empty. */
export function histogramPercentile(days: readonly number[], p: number): number | null {
  const n = days.reduce((s, x) => s + x, 0);
  if (!n) return null;
  const rank = Math.max(0, Math.ceil((p / 100) * n) - 1);
  let seen = 0;
  for (let i = 0; i < days.length; i++) {
    seen += days[i]!;
    if (seen > rank) return i;
  }
  return days.length - 1;
}

const ratio = (n: number, of: number) => ({
  n,
  of,
  share: of ? Math.round((n / of) * 1000) / 1000 : null,
});

/** What the sums do not hold: complaints counted once, and what depends on the day asked. */
export type TallyExtras = {
  received: number;
  grounds: Record<string, number>;
  overdueNow: number;
  /** Registration clocks still open after their day. */
  regOpenLate: number;
};

/** The measures of a set of cases from its tally and extras (equal to `measure` over the cases). */
export function measuresOfTally(t: Tally, x: TallyExtras): Measures {
  const refusals = Object.fromEntries(Object.entries(t.refusals).filter(([, n]) => n > 0));
  const grounds = Object.fromEntries(Object.entries(x.grounds).filter(([, n]) => n > 0));
  return {
    received: x.received,
    registeredLate: ratio(t.regLate + x.regOpenLate, t.cases),
    forwardedOnTime: ratio(t.fwdMet, t.fwdDone),
    decidedOnTime: ratio(t.revMet, t.revDone),
    onTimeShare: ratio(t.otMet, t.otDone),
    overdueNow: x.overdueNow,
    medianDays: histogramPercentile(t.days, 50),
    p90Days: histogramPercentile(t.days, 90),
    outcomes: { ...t.outcomes },
    escalatedShare: ratio(t.escalated, t.answered),
    escalationsUpheld: ratio(t.escUpheld, t.escDecided),
    refusalsByGround: refusals,
    grounds,
  };
}

/** One row of the daily sums: the cases a body received on a day, of a service and grounds. */
export type TallyCell = { day: string; bodyId: string; serviceId: string; grounds: string[]; tally: Tally };

/** The daily sums of a set of cases (grounds sorted, so that one set of grounds is one key). */
export function tallyCells(rows: readonly CaseRow[], calendar: Calendar): TallyCell[] {
  const cells = new Map<string, TallyCell>();
  for (const row of rows) {
    const grounds = [...new Set<string>(row.grounds)].sort();
    const serviceId = row.serviceId ?? "";
    const key = JSON.stringify([row.receivedOn, row.bodyId, serviceId, grounds]);
    let cell = cells.get(key);
    if (!cell) {
      cell = { day: row.receivedOn, bodyId: row.bodyId, serviceId, grounds, tally: emptyTally() };
      cells.set(key, cell);
    }
    addTally(cell.tally, caseTally(row, calendar));
  }
  return [...cells.values()];
}
