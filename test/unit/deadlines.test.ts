import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DAY_KINDS, type DayEntry } from "../../src/domain/calendar/index.ts";
import {
  APPC_2021,
  APPEALS_LAW_2007,
  announceDeadline,
  basisCodes,
  checkFilingTerm,
  computeDeadline,
  DEADLINE_KINDS,
  DEADLINE_STATES,
  type DeadlineRequest,
  DeadlineRuleError,
  deadlineState,
  REVIEW_BODIES,
  type Regime,
  recomputeDeadline,
  regimeById,
  regimeFor,
} from "../../src/domain/deadlines/index.ts";
import { legal } from "../../src/i18n/catalogues/legal.ts";
import { catalogues } from "../../src/i18n/index.ts";
import { calendar } from "./calendar-fixture.ts";

const request = (over: Partial<DeadlineRequest> & Pick<DeadlineRequest, "startsOn">): DeadlineRequest => ({
  calendar,
  regime: APPC_2021,
  kind: "review",
  body: "provider",
  ...over,
});
const due = (over: Partial<DeadlineRequest> & Pick<DeadlineRequest, "startsOn">) =>
  computeDeadline(request(over)).due;

describe("regimes", () => {
  it("are chosen by the registration date", () => {
    assert.equal(regimeFor("2021-06-30").id, "appeals-law-2007");
    assert.equal(regimeFor("2021-07-01").id, "appc-2021");
    assert.equal(regimeFor("2026-03-02").id, "appc-2021");
    assert.equal(regimeFor("2015-05-05").id, "appeals-law-2007");
    assert.throws(() => regimeFor("2006-12-31"), RangeError);
    assert.equal(regimeById("appc-2021"), APPC_2021);
    assert.throws(() => regimeById("nope"), RangeError);
  });

  it("cite their legal basis for every term", () => {
    assert.deepEqual(APPC_2021.forward, { workingDays: 3, basis: "appc-91-4", favourableActWindow: true });
    assert.deepEqual(APPC_2021.review.provider, { workingDays: 5, basis: "ps-25-2" });
    assert.deepEqual(APPC_2021.review.quality_authority, { workingDays: 15, basis: "ps-25-3" });
    assert.equal(APPC_2021.extension?.basis, "ps-25-4");
    assert.equal(APPC_2021.extension?.confirmed, false);
    assert.deepEqual(APPC_2021.filing, { months: 3, basis: "appc-92" });
    assert.equal(APPEALS_LAW_2007.forward, null);
  });
});

describe("computeDeadline", () => {
  it("reproduces every example of legal.md", () => {
    assert.equal(due({ startsOn: "2024-12-27" }), "2025-01-08");
    assert.equal(due({ startsOn: "2024-05-03" }), "2024-05-14");
    assert.equal(due({ startsOn: "2025-01-03" }), "2025-01-13");
    assert.equal(due({ startsOn: "2025-03-20", kind: "forward" }), "2025-03-28");
    assert.equal(due({ startsOn: "2025-04-30", body: "quality_authority" }), "2025-05-26");
  });

  it("explains itself: kind, start, day 0, term, basis, skipped days, calendar version", () => {
    const d = computeDeadline(request({ startsOn: "2025-01-03" }));
    assert.deepEqual(
      { ...d, skipped: d.skipped.map((s) => `${s.date} ${s.kind}`) },
      {
        kind: "review",
        regime: "appc-2021",
        body: "provider",
        startsOn: "2025-01-03",
        dayZero: "2025-01-05",
        workingDays: 5,
        due: "2025-01-13",
        computedDue: "2025-01-13",
        announcedDue: null,
        basis: { code: "ps-25-2" },
        skipped: ["2025-01-07 religious", "2025-01-11 weekend", "2025-01-12 weekend"],
        calendarVersion: calendar.version,
        provisional: false,
      },
    );
    assert.equal(d.skipped[0]?.name?.ru, "Православное Рождество");
    assert.deepEqual(JSON.parse(JSON.stringify(d)), d);
  });

  it("runs the forward clock from receipt and the review from registration over Nauryz", () => {
    const forward = computeDeadline(request({ kind: "forward", startsOn: "2025-03-20" }));
    assert.equal(forward.basis.code, "appc-91-4");
    assert.deepEqual(
      forward.skipped.map((s) => s.kind),
      ["holiday", "weekend", "weekend", "moved_day_off", "moved_day_off"],
    );
    assert.equal(due({ startsOn: "2025-03-20", body: "state_corporation" }), "2025-04-01");
    assert.equal(due({ startsOn: "2025-03-20", body: "akimat" }), "2025-04-01");
  });

  it("counts a working Saturday (2021-07-03) under the 2007 regime", () => {
    assert.equal(due({ regime: regimeFor("2021-06-28"), startsOn: "2021-06-28" }), "2021-07-03");
    assert.equal(
      due({ regime: APPEALS_LAW_2007, body: "quality_authority", startsOn: "2021-06-28" }),
      "2021-07-21",
    );
  });

  it("has no forward step under the 2007 regime; its extension is the quality authority's only", () => {
    const error = (kind: "forward" | "extension") => {
      try {
        computeDeadline(request({ regime: APPEALS_LAW_2007, kind, startsOn: "2021-06-01" }));
      } catch (e) {
        return e instanceof DeadlineRuleError ? e.code : "other";
      }
      return "none";
    };
    assert.equal(error("forward"), "not_in_regime");
    // request() asks for a provider's extension: art. 25 p. 4 lets only the quality authority extend.
    assert.equal(error("extension"), "extension_not_allowed");
  });

  it("caps an extension at the maximum and allows it only to the quality authority", () => {
    const extension = (workingDays?: number, regime: Regime = APPC_2021) =>
      computeDeadline(
        request({
          regime,
          kind: "extension",
          body: "quality_authority",
          startsOn: "2025-05-26",
          ...(workingDays !== undefined && { workingDays }),
        }),
      );
    assert.equal(extension(14).workingDays, 10);
    assert.equal(extension(14).due, "2025-06-10");
    assert.equal(extension().workingDays, 10);
    assert.equal(extension(4).due, "2025-05-30");
    assert.equal(extension(4).basis.code, "ps-25-4");
    const stricter: Regime = { ...APPC_2021, extension: { ...APPC_2021.extension!, maxWorkingDays: 7 } };
    assert.equal(extension(14, stricter).workingDays, 7);
    assert.throws(
      () => computeDeadline(request({ kind: "extension", body: "provider", startsOn: "2025-05-26" })),
      (e: unknown) => e instanceof DeadlineRuleError && e.code === "extension_not_allowed",
    );
    assert.throws(() => computeDeadline(request({ startsOn: "2025-05-26", workingDays: -1 })), RangeError);
  });

  it("follows a configurable counting rule", () => {
    const counting = (dayZeroCounted: boolean, registerNonWorkingOnNext: boolean): Regime => ({
      ...APPC_2021,
      counting: { dayZeroCounted, registerNonWorkingOnNext },
    });
    assert.equal(
      due({ regime: counting(true, true), kind: "forward", startsOn: "2025-03-26" }),
      "2025-03-28",
    );
    assert.equal(
      due({ regime: counting(false, true), kind: "forward", startsOn: "2025-03-26" }),
      "2025-03-31",
    );
    const noShift = computeDeadline(request({ regime: counting(false, false), startsOn: "2025-01-04" }));
    assert.equal(noShift.dayZero, "2025-01-04");
    assert.equal(noShift.due, "2025-01-10");
    assert.equal(due({ startsOn: "2025-01-04" }), "2025-01-13");
  });

  it("flags deadlines over provisional days", () => {
    assert.equal(computeDeadline(request({ startsOn: "2027-02-01" })).provisional, true);
    assert.equal(computeDeadline(request({ startsOn: "2026-05-25" })).provisional, true);
    assert.equal(computeDeadline(request({ startsOn: "2026-06-01" })).provisional, false);
    assert.equal(
      computeDeadline(request({ startsOn: "2026-12-25", body: "quality_authority" })).provisional,
      true,
    );
  });

  it("rejects impossible dates", () => {
    assert.throws(() => computeDeadline(request({ startsOn: "2025-02-30" })), RangeError);
  });
});

describe("recomputeDeadline", () => {
  const holiday: DayEntry = {
    date: "2025-06-04",
    working: false,
    kind: "holiday",
    name: { kk: "Қосымша демалыс", ru: "Дополнительный выходной", en: "Extra day off" },
    source: "Minister of Labour order (test)",
    provisional: false,
  };
  const original = announceDeadline(computeDeadline(request({ startsOn: "2025-06-02" })));

  it("moves the due date later when a day off is added inside a running term", () => {
    assert.equal(original.due, "2025-06-10");
    assert.equal(original.announcedDue, "2025-06-10");
    const changed = calendar.withDay(holiday);
    const moved = recomputeDeadline(original, changed);
    assert.equal(moved.due, "2025-06-11");
    assert.equal(moved.computedDue, "2025-06-11");
    assert.equal(moved.announcedDue, "2025-06-10");
    assert.equal(moved.calendarVersion, changed.version);
    assert.ok(moved.skipped.some((s) => s.date === "2025-06-04" && s.name?.en === "Extra day off"));
  });

  it("never moves an announced date earlier when the day off is removed", () => {
    const changed = calendar.withDay(holiday);
    const announced = announceDeadline(recomputeDeadline(original, changed));
    const back = recomputeDeadline(announced, changed.withoutDay("2025-06-04"));
    assert.equal(back.computedDue, "2025-06-10");
    assert.equal(back.due, "2025-06-11");
    assert.equal(back.announcedDue, "2025-06-11");
  });

  it("may move an unannounced date earlier", () => {
    const unannounced = computeDeadline(
      request({ calendar: calendar.withDay(holiday), startsOn: "2025-06-02" }),
    );
    assert.equal(recomputeDeadline(unannounced, calendar).due, "2025-06-10");
  });

  it("keeps the capped term of an extension", () => {
    const ext = computeDeadline(
      request({ kind: "extension", body: "quality_authority", startsOn: "2025-05-26", workingDays: 12 }),
    );
    assert.equal(recomputeDeadline(ext, calendar.withDay(holiday)).due, "2025-06-11");
  });
});

describe("deadlineState", () => {
  const d = { due: "2025-01-13" };
  it("is running until the due date, overdue after it while open", () => {
    assert.equal(deadlineState(d, "2025-01-10"), "running");
    assert.equal(deadlineState(d, "2025-01-13"), "running");
    assert.equal(deadlineState(d, "2025-01-14"), "overdue");
  });
  it("is met or missed once closed", () => {
    assert.equal(deadlineState(d, "2025-02-01", "2025-01-13"), "met");
    assert.equal(deadlineState(d, "2025-02-01", "2025-01-14"), "missed");
    assert.equal(deadlineState(d, "2025-01-10", null), "running");
  });
});

describe("filing term (3 months)", () => {
  const check = (learnedOn: string, filedOn: string, regime: Regime = APPC_2021) =>
    checkFilingTerm({ calendar, regime, learnedOn, filedOn });

  it("ends on the same date 3 months later", () => {
    assert.equal(check("2025-01-10", "2025-04-10").lastDay, "2025-04-10");
    assert.equal(check("2025-01-10", "2025-04-10").late, false);
    assert.equal(check("2025-01-10", "2025-04-11").late, true);
    assert.equal(check("2025-01-10", "2025-04-11").basis.code, "appc-92");
  });

  it("uses the last day of a shorter month and moves off non-working days", () => {
    assert.equal(check("2024-11-30", "2025-02-01").lastDay, "2025-02-28");
    assert.equal(check("2025-11-30", "2026-01-01").lastDay, "2026-03-02");
    assert.equal(check("2024-12-21", "2025-03-26").lastDay, "2025-03-26");
    assert.equal(check("2024-12-21", "2025-03-26").late, false);
  });

  it("flags a late complaint instead of refusing it", () => {
    const late = check("2025-01-10", "2025-06-01");
    assert.equal(late.late, true);
    assert.equal(late.months, 3);
  });

  it("is not defined by the 2007 regime", () => {
    assert.throws(() => check("2020-01-10", "2020-02-01", APPEALS_LAW_2007), DeadlineRuleError);
  });
});

describe("legal catalogue", () => {
  const languages = ["kk", "ru", "en"] as const;
  const keys = (lang: (typeof languages)[number]) => Object.keys(legal[lang]).sort();

  it("has the same keys and placeholders in kk, ru and en", () => {
    assert.deepEqual(keys("kk"), keys("en"));
    assert.deepEqual(keys("ru"), keys("en"));
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of keys("en")) {
      const texts = languages.map((lang) => (legal[lang] as Record<string, string>)[key] ?? "");
      for (const text of texts) assert.ok(text.trim().length > 0, key);
      assert.deepEqual(placeholders(texts[0]!), placeholders(texts[2]!), key);
      assert.deepEqual(placeholders(texts[1]!), placeholders(texts[2]!), key);
    }
  });

  it("has a text for every basis code, day kind, reviewing body, deadline kind and state, and regime", () => {
    const needed = [
      ...basisCodes().map((c) => `basis.${c}`),
      ...[...DAY_KINDS, "weekend"].map((k) => `dayKind.${k}`),
      ...REVIEW_BODIES.map((b) => `reviewBody.${b}`),
      ...DEADLINE_STATES.map((s) => `deadlineState.${s}`),
      ...[...DEADLINE_KINDS, "filing"].map((k) => `deadlineKind.${k}`),
      ...[APPC_2021, APPEALS_LAW_2007].map((r) => `regime.${r.id}`),
    ];
    for (const key of needed) assert.ok(key in catalogues.en, key);
  });
});
