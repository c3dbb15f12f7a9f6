import { describe, it } from "node:test";
import fc from "fast-check";
import {
  addMonths,
  civilDate,
  dayNumber,
  formatDate,
  isWeekend,
  parseDate,
} from "../../src/domain/calendar/index.ts";
import {
  APPC_2021,
  announceDeadline,
  computeDeadline,
  recomputeDeadline,
} from "../../src/domain/deadlines/index.ts";
import { calendar } from "./calendar-fixture.ts";

const first = dayNumber(2021, 1, 1);
const last = dayNumber(2026, 12, 31);
const day0 = fc.integer({ min: first, max: last });
const n = fc.integer({ min: 0, max: 40 });

/** The reference implementation: walk day by day. */
function naiveAdd(start: number, count: number): number {
  let day = start;
  for (let left = count; left > 0; ) if (calendar.isWorkingN(++day)) left--;
  return day;
}

describe("working-day arithmetic (properties)", () => {
  it("agrees with a day-by-day walk", () => {
    fc.assert(fc.property(day0, n, (d, k) => calendar.addWorkingDaysN(d, k) === naiveAdd(d, k)));
  });

  it("lands on a working day", () => {
    fc.assert(
      fc.property(day0, fc.integer({ min: 1, max: 40 }), (d, k) =>
        calendar.isWorkingN(calendar.addWorkingDaysN(d, k)),
      ),
    );
  });

  it("is strictly increasing in n", () => {
    fc.assert(
      fc.property(day0, n, (d, k) => calendar.addWorkingDaysN(d, k + 1) > calendar.addWorkingDaysN(d, k)),
    );
  });

  it("is monotonic in day 0", () => {
    fc.assert(
      fc.property(day0, day0, n, (a, b, k) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return calendar.addWorkingDaysN(lo, k) <= calendar.addWorkingDaysN(hi, k);
      }),
    );
  });

  it("is inverted by workingDaysBetween", () => {
    fc.assert(
      fc.property(day0, n, (d, k) => calendar.workingDaysBetweenN(d, calendar.addWorkingDaysN(d, k)) === k),
    );
  });

  it("skips exactly the non-working calendar days", () => {
    fc.assert(
      fc.property(day0, n, (d, k) => {
        const due = calendar.addWorkingDaysN(d, k);
        return calendar.skippedDays(formatDate(d), formatDate(due)).length + k === due - d;
      }),
    );
  });

  it("finds the first working day on or after a day", () => {
    fc.assert(
      fc.property(day0, (d) => {
        const next = calendar.nextWorkingDayN(d);
        if (!calendar.isWorkingN(next) || next < d) return false;
        for (let x = d; x < next; x++) if (calendar.isWorkingN(x)) return false;
        return true;
      }),
    );
  });
});

describe("dates (properties)", () => {
  const anyDay = fc.integer({ min: dayNumber(1900, 1, 1), max: dayNumber(2100, 12, 31) });

  it("formats and parses like the UTC Date of the platform", () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        const iso = formatDate(d);
        return iso === new Date(d * 86_400_000).toISOString().slice(0, 10) && parseDate(iso) === d;
      }),
    );
  });

  it("adds months to the same date or the last day of the month", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 24 }), (d, months) => {
        const from = civilDate(d);
        const to = civilDate(addMonths(d, months));
        const monthIndex = (c: { year: number; month: number }) => c.year * 12 + c.month;
        const lastOfMonth = civilDate(dayNumber(to.year, to.month + 1, 1) - 1).day;
        return monthIndex(to) - monthIndex(from) === months && to.day === Math.min(from.day, lastOfMonth);
      }),
    );
  });
});

describe("recompute (properties)", () => {
  const weekday = day0.filter((d) => !isWeekend(d));

  it("adding a day off never moves a due date earlier; an announced date is never shortened", () => {
    fc.assert(
      fc.property(weekday, weekday, fc.integer({ min: 1, max: 15 }), (start, off, k) => {
        const deadline = announceDeadline(
          computeDeadline({
            calendar,
            regime: APPC_2021,
            kind: "review",
            body: "quality_authority",
            startsOn: formatDate(start),
            workingDays: k,
          }),
        );
        const changed = calendar.withDay({
          date: formatDate(off),
          working: false,
          kind: "holiday",
          name: { kk: "x", ru: "x", en: "x" },
          source: "property test",
          provisional: false,
        });
        const later = recomputeDeadline(deadline, changed);
        const back = recomputeDeadline(announceDeadline(later), calendar);
        return (
          later.computedDue >= deadline.computedDue &&
          back.due === later.due &&
          back.computedDue === deadline.due
        );
      }),
      { numRuns: 200 },
    );
  });
});
