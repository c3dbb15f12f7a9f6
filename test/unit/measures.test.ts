import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  belowThreshold,
  type CaseClock,
  type CaseRow,
  daysToAnswer,
  decidedOnTime,
  escalatedShare,
  escalationsUpheld,
  forwardedOnTime,
  grounds,
  MEASURES,
  measure,
  measureBy,
  monthOf,
  onTimeShare,
  openDataFigures,
  outcomes,
  overdueNow,
  percentile,
  received,
  refusalsByGround,
  registeredLate,
  suppress,
} from "../../src/domain/measures.ts";
import { catalogues } from "../../src/i18n/index.ts";
import { calendar } from "./calendar-fixture.ts";

const clock = (
  kind: CaseClock["kind"],
  startsOn: string,
  due: string,
  closedOn: string | null = null,
  completed = closedOn !== null,
): CaseClock => ({ kind, startsOn, due, closedOn, completed });

let next = 0;
const row = (over: Partial<CaseRow> & Pick<CaseRow, "clocks">): CaseRow => ({
  complaintId: `c${++next}`,
  bodyId: "akmola-edu",
  serviceId: "EDU-01",
  grounds: ["refusal"],
  receivedOn: over.clocks[0]?.startsOn ?? "2026-11-20",
  answer: null,
  refusalGround: null,
  escalated: false,
  ...over,
});

/** Hand-made histories, each a case at one body with its clocks as the operations leave them. */
const H = {
  // Fri 20 Nov 2026, 5 working days (due Fri 27 Nov): decided Tue 24 Nov — 2 working days.
  reviewOnTime: row({
    clocks: [
      clock("registration", "2026-11-20", "2026-11-20", "2026-11-20"),
      clock("review", "2026-11-20", "2026-11-27", "2026-11-24"),
    ],
    answer: "satisfied",
  }),
  // The same, decided Tue 1 Dec (1 Dec is no longer a day off since 2022) — 7 working days, late;
  // registered on Mon 23 Nov, after its legal day.
  reviewLate: row({
    clocks: [
      clock("registration", "2026-11-20", "2026-11-20", "2026-11-23"),
      clock("review", "2026-11-20", "2026-11-27", "2026-12-01"),
    ],
    answer: "not_satisfied",
    escalated: true,
  }),
  // Quality authority, 15 working days from Mon 2 Nov (due 23 Nov), extended by 10 (due 7 Dec),
  // decided Thu 3 Dec: on time thanks to the lawful extension — 23 working days.
  extended: row({
    bodyId: "quality-akmola",
    clocks: [
      clock("registration", "2026-11-02", "2026-11-02", "2026-11-02"),
      clock("review", "2026-11-02", "2026-11-23", "2026-11-20", false),
      clock("extension", "2026-11-23", "2026-12-07", "2026-12-03"),
    ],
    answer: "partially_satisfied",
  }),
  // Received Fri 27 Dec 2024, 5 working days over New Year, the 3 Jan transfer, the working Sunday
  // 5 Jan and 7 Jan: due Wed 8 Jan 2025, decided that day — 5 working days.
  overHolidays: row({
    clocks: [
      clock("registration", "2024-12-27", "2024-12-27", "2024-12-27"),
      clock("review", "2024-12-27", "2025-01-08", "2025-01-08"),
    ],
    answer: "satisfied",
  }),
  // Appealed body: forward clock 3 working days from Thu 20 Mar 2025 over Nauryz (due Fri 28 Mar),
  // forwarded on Thu 27 Mar (met).
  forwardMet: row({
    clocks: [
      clock("registration", "2025-03-20", "2025-03-20", "2025-03-20"),
      clock("forward", "2025-03-20", "2025-03-28", "2025-03-27"),
    ],
  }),
  // …forwarded on Mon 31 Mar (missed).
  forwardMissed: row({
    clocks: [
      clock("registration", "2025-03-20", "2025-03-20", "2025-03-20"),
      clock("forward", "2025-03-20", "2025-03-28", "2025-03-31"),
    ],
  }),
  // A favourable act within the forward window: the forward clock met, the outcome recorded.
  favourable: row({
    clocks: [
      clock("registration", "2026-11-20", "2026-11-20", "2026-11-20"),
      clock("forward", "2026-11-20", "2026-11-25", "2026-11-24"),
    ],
    answer: "favourable_act",
  }),
  // Not competent: redirected on time.
  redirected: row({
    clocks: [
      clock("registration", "2026-11-20", "2026-11-20", "2026-11-20"),
      clock("redirect", "2026-11-20", "2026-11-25", "2026-11-23"),
    ],
  }),
  // Withdrawn by the applicant: the clocks stopped, not met; never a decision.
  withdrawn: row({
    clocks: [
      clock("registration", "2026-11-20", "2026-11-20", "2026-11-20"),
      clock("review", "2026-11-20", "2026-11-27", "2026-11-23", false),
    ],
    answer: "withdrawn",
  }),
  // Left without consideration (repeated complaint) on time: an answer, escalated.
  refused: row({
    clocks: [
      clock("registration", "2026-11-20", "2026-11-20", "2026-11-20"),
      clock("review", "2026-11-20", "2026-11-27", "2026-11-25"),
    ],
    answer: "left_without_consideration",
    refusalGround: "repeated",
    grounds: ["rude_service", "other"],
    escalated: true,
  }),
  // Still open on 1 Dec 2026: registration never done (due 30 Nov), review due 7 Dec.
  openUnregistered: row({
    clocks: [clock("registration", "2026-11-30", "2026-11-30"), clock("review", "2026-11-30", "2026-12-07")],
  }),
} satisfies Record<string, CaseRow>;
const all = Object.values(H);
const TODAY = "2026-12-01";

describe("measures (hand-made histories)", () => {
  it("count the working days to answer on the official calendar, across holidays and extensions", () => {
    const table: [CaseRow, number[]][] = [
      [H.reviewOnTime, [2]],
      [H.reviewLate, [7]],
      [H.extended, [23]],
      [H.overHolidays, [5]],
      [H.refused, [3]],
      [H.withdrawn, []],
      [H.forwardMet, []],
      [H.openUnregistered, []],
    ];
    for (const [r, days] of table) assert.deepEqual(daysToAnswer([r], calendar), days, r.complaintId);
  });

  it("judge each clock against its last lawful day", () => {
    const table: [string, (rows: CaseRow[]) => unknown, CaseRow[], unknown][] = [
      ["decided on time", decidedOnTime, [H.reviewOnTime], { n: 1, of: 1, share: 1 }],
      ["decided late", decidedOnTime, [H.reviewLate], { n: 0, of: 1, share: 0 }],
      ["extension counts", decidedOnTime, [H.extended], { n: 1, of: 1, share: 1 }],
      ["across New Year", decidedOnTime, [H.overHolidays], { n: 1, of: 1, share: 1 }],
      ["refusal is an answer", decidedOnTime, [H.refused], { n: 1, of: 1, share: 1 }],
      ["withdrawal is not", decidedOnTime, [H.withdrawn], { n: 0, of: 0, share: null }],
      ["forward over Nauryz", forwardedOnTime, [H.forwardMet, H.forwardMissed], { n: 1, of: 2, share: 0.5 }],
      ["favourable act meets the forward clock", forwardedOnTime, [H.favourable], { n: 1, of: 1, share: 1 }],
      [
        "on-time share: forward, redirect and review together",
        onTimeShare,
        [H.forwardMet, H.forwardMissed, H.redirected, H.reviewOnTime, H.reviewLate, H.withdrawn],
        { n: 3, of: 5, share: 0.6 },
      ],
    ];
    for (const [name, f, rows, expected] of table) assert.deepEqual(f(rows), expected, name);
  });

  it("count late registration, overdue clocks, outcomes, escalations, refusals and grounds", () => {
    assert.deepEqual(registeredLate(all, TODAY), { n: 2, of: all.length, share: 0.182 });
    assert.equal(overdueNow(all, TODAY), 1);
    assert.equal(overdueNow([H.openUnregistered], "2026-12-01"), 1);
    assert.equal(overdueNow([H.openUnregistered], "2026-11-30"), 0);
    assert.deepEqual(outcomes(all), {
      satisfied: 2,
      partially_satisfied: 1,
      not_satisfied: 1,
      favourable_act: 1,
      left_without_consideration: 1,
      withdrawn: 1,
    });
    // Answered: six (the withdrawal is not an answer); escalated: two.
    assert.deepEqual(escalatedShare(all), { n: 2, of: 6, share: 0.333 });
    // Escalations decided here: upheld in full or in part, or not; a refusal or an ordinary case does not count.
    const escalations = [
      { ...H.reviewOnTime, escalation: true, answer: "satisfied" as const },
      { ...H.reviewLate, escalation: true, answer: "partially_satisfied" as const },
      { ...H.extended, escalation: true, answer: "not_satisfied" as const },
      { ...H.refused, escalation: true },
    ];
    assert.deepEqual(escalationsUpheld([...escalations, ...all]), { n: 2, of: 3, share: 0.667 });
    assert.deepEqual(escalationsUpheld(all), { n: 0, of: 0, share: null });
    assert.deepEqual(refusalsByGround(all), { repeated: 1 });
    assert.deepEqual(grounds([H.refused, H.reviewOnTime]), { rude_service: 1, other: 1, refusal: 1 });
  });

  it("count a complaint received at two bodies once", () => {
    const atProvider = row({ complaintId: "same", clocks: H.forwardMet.clocks });
    const atQuality = row({ complaintId: "same", bodyId: "quality-akmola", clocks: H.extended.clocks });
    assert.equal(received([atProvider, atQuality]), 1);
    assert.deepEqual(
      measureBy([atProvider, atQuality], (r) => r.bodyId, calendar, TODAY).map((g) => [
        g.key,
        g.measures.received,
      ]),
      [
        ["akmola-edu", 1],
        ["quality-akmola", 1],
      ],
    );
  });

  it("take the median and the 90th percentile by nearest rank", () => {
    const table: [number[], number, number | null][] = [
      [[], 50, null],
      [[5], 90, 5],
      [[7, 2], 50, 2],
      [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
      [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
      [[10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 90, 1],
    ];
    for (const [values, p, expected] of table)
      assert.equal(percentile(values, p), expected, `${values} p${p}`);
    const m = measure(all, calendar, TODAY);
    assert.equal(m.medianDays, 5); // 2, 3, 5, 7, 23
    assert.equal(m.p90Days, 23);
  });

  it("flag a share under the threshold, never a missing one, and group by month", () => {
    assert.equal(belowThreshold({ n: 8, of: 9, share: 0.889 }, 0.9), true);
    assert.equal(belowThreshold({ n: 9, of: 10, share: 0.9 }, 0.9), false);
    assert.equal(belowThreshold({ n: 0, of: 0, share: null }, 0.9), false);
    assert.deepEqual(
      measureBy(all, monthOf, calendar, TODAY).map((g) => [g.key, g.measures.received]),
      [
        ["2024-12", 1],
        ["2025-03", 2],
        ["2026-11", 8],
      ],
    );
  });

  it("name each measure in every language, with its clock and legal basis", () => {
    for (const [key, def] of Object.entries(MEASURES)) {
      for (const lang of ["kk", "ru", "en"] as const) {
        assert.ok(catalogues[lang][`measure.${key}`], `${lang} measure.${key}`);
        assert.ok(catalogues[lang][`measure.${key}.hint`], `${lang} measure.${key}.hint`);
        for (const code of def.basis) assert.ok(catalogues[lang][`basis.${code}`], `${lang} basis.${code}`);
      }
    }
  });

  it("suppress small cells for open data: counts 1–4, and rates over fewer than 5 answers", () => {
    const table: [number, number | null][] = [
      [0, 0],
      [1, null],
      [4, null],
      [5, 5],
      [120, 120],
    ];
    for (const [n, shown] of table) assert.equal(suppress(n), shown, String(n));
    const answered = (n: number) =>
      Array.from({ length: n }, () => row({ clocks: H.reviewOnTime.clocks, answer: "satisfied" }));
    const four = openDataFigures(measure(answered(4), calendar, TODAY));
    assert.deepEqual(
      [four.received, four.answered, four.satisfied, four.onTimeShare, four.medianDays, four.withdrawn],
      [null, null, null, null, null, 0],
    );
    const five = openDataFigures(measure(answered(5), calendar, TODAY));
    assert.deepEqual(
      [five.received, five.answered, five.satisfied, five.onTimeShare, five.medianDays],
      [5, 5, 5, 1, 2],
    );
  });
});
