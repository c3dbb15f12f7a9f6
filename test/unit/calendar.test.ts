import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  addMonths,
  buildCalendar,
  CalendarDataError,
  type DayEntry,
  dayNumber,
  formatDate,
  parseCalendarYear,
  parseDate,
  parseDayEntry,
  parseStatutoryRules,
  projectYear,
  weekday,
} from "../../src/domain/calendar/index.ts";
import { calendar, readCalendarJson, rules, years } from "./calendar-fixture.ts";

/** The published lists of legal.md: weekdays off and weekend days worked. */
const published = {
  2024: {
    off: "01-01 01-02 03-08 03-21 03-22 03-25 05-01 05-07 05-08 05-09 07-08 08-30 10-25 12-16",
    working: "05-04",
  },
  2025: {
    off: "01-01 01-02 01-03 01-07 03-10 03-21 03-24 03-25 05-01 05-07 05-09 06-06 07-07 09-01 10-27 12-16",
    working: "01-05",
  },
  2026: {
    off: "01-01 01-02 01-07 03-09 03-23 03-24 03-25 05-01 05-07 05-11 05-27 07-06 08-31 10-26 12-16",
    working: "",
  },
};

const dates = (year: number, list: string) => (list ? list.split(" ").map((md) => `${year}-${md}`) : []);

describe("dates", () => {
  it("parses and formats ISO dates as day numbers since 1970-01-01", () => {
    assert.equal(parseDate("1970-01-01"), 0);
    assert.equal(parseDate("2024-02-29"), dayNumber(2024, 2, 29));
    assert.equal(formatDate(parseDate("2025-01-05")), "2025-01-05");
    assert.equal(formatDate(-1), "1969-12-31");
    assert.equal(weekday(parseDate("2025-01-05")), 7);
    assert.equal(weekday(parseDate("2025-01-06")), 1);
  });

  it("rejects impossible dates and other text", () => {
    for (const bad of [
      "2025-02-30",
      "2023-02-29",
      "2100-02-29",
      "2025-04-31",
      "2025-13-01",
      "2025-00-10",
      "2025-1-5",
      "",
    ]) {
      assert.throws(() => parseDate(bad), RangeError, bad);
    }
    assert.throws(() => parseDate(20250105 as unknown as string), RangeError);
    assert.throws(() => calendar.isWorking("2025-02-30"), /Invalid date "2025-02-30"/);
  });

  it("adds months on the same date, or the last day of a shorter month", () => {
    const plus = (date: string, months: number) => formatDate(addMonths(parseDate(date), months));
    assert.equal(plus("2025-01-10", 3), "2025-04-10");
    assert.equal(plus("2025-01-31", 1), "2025-02-28");
    assert.equal(plus("2024-01-31", 1), "2024-02-29");
    assert.equal(plus("2024-11-30", 3), "2025-02-28");
    assert.equal(plus("2025-12-15", 3), "2026-03-15");
    assert.equal(plus("2025-03-31", -1), "2025-02-28");
  });
});

describe("calendar data", () => {
  it("has the working-day counts of the published calendars", () => {
    assert.equal(calendar.workingDaysInYear(2024), 249);
    assert.equal(calendar.workingDaysInYear(2025), 246);
    assert.equal(calendar.workingDaysInYear(2026), 246);
  });

  it("keeps the counts of the reconstructed years 2021–2023", () => {
    assert.deepEqual(
      [2021, 2022, 2023].map((y) => calendar.workingDaysInYear(y)),
      [245, 246, 246],
    );
  });

  for (const [year, list] of Object.entries(published)) {
    it(`lists exactly the days of legal.md for ${year}`, () => {
      const entries = calendar.entries(Number(year));
      assert.deepEqual(
        entries.filter((e) => !e.working).map((e) => e.date),
        dates(Number(year), list.off),
      );
      assert.deepEqual(
        entries.filter((e) => e.working).map((e) => e.date),
        dates(Number(year), list.working),
      );
    });
  }

  it("agrees with the statutory projection, apart from Kurban Ait and ordered transfers", () => {
    for (const data of years) {
      const byRule = (e: DayEntry) =>
        e.kind !== "transfer" && e.kind !== "working_day" && e.name.en !== "Kurban Ait";
      const key = (e: DayEntry) => `${e.date} ${e.kind} ${e.name.en}`;
      assert.deepEqual(
        data.days.filter(byRule).map(key),
        projectYear(data.year, rules).map(key),
        String(data.year),
      );
    }
  });

  it("flags the provisional entries of 2026 and no others in the published years", () => {
    const provisional = years.flatMap((y) => y.days.filter((d) => d.provisional).map((d) => d.date));
    assert.deepEqual(provisional, ["2026-05-27", "2026-08-31"]);
    assert.equal(calendar.isProvisional("2026-05-27"), true);
    assert.equal(calendar.isProvisional("2026-05-20", "2026-06-01"), true);
    assert.equal(calendar.isProvisional("2026-06-01", "2026-08-28"), false);
    assert.equal(calendar.isProvisional("2021-01-01", "2025-12-31"), false);
  });

  it("cites a source for every entry and notes the 2024 Kurban Ait on a Sunday", () => {
    for (const y of years) for (const d of y.days) assert.ok(d.source.length > 10, d.date);
    assert.equal(calendar.entry("2024-06-16"), undefined);
    assert.equal(calendar.isWorking("2024-06-16"), false);
    assert.equal(calendar.isWorking("2024-06-17"), true);
    const notes = years.find((y) => y.year === 2024)?.notes?.join(" ") ?? "";
    assert.match(notes, /Kurban Ait.*16 Jun/);
  });

  it("names every entry in kk, ru and en", () => {
    const entry = calendar.entry("2025-06-06");
    assert.deepEqual(entry?.name, { kk: "Құрбан айт", ru: "Курбан айт", en: "Kurban Ait" });
    assert.equal(entry?.kind, "religious");
    assert.match(calendar.entry("2025-03-10")?.name.ru ?? "", /Международный женский день/);
  });
});

describe("working-day arithmetic", () => {
  it("reproduces every example of legal.md", () => {
    assert.equal(calendar.addWorkingDays("2024-12-27", 5), "2025-01-08");
    assert.equal(calendar.addWorkingDays("2024-05-03", 5), "2024-05-14");
    assert.equal(calendar.registrationDate("2025-01-03"), "2025-01-05");
    assert.equal(calendar.addWorkingDays(calendar.registrationDate("2025-01-03"), 5), "2025-01-13");
    assert.equal(calendar.addWorkingDays("2025-03-20", 3), "2025-03-28");
    assert.equal(calendar.addWorkingDays("2025-04-30", 15), "2025-05-26");
  });

  it("crosses year boundaries", () => {
    assert.equal(calendar.addWorkingDays("2025-12-31", 1), "2026-01-05");
    assert.equal(calendar.addWorkingDays("2025-12-31", 2), "2026-01-06");
    assert.equal(calendar.addWorkingDays("2025-12-31", 3), "2026-01-08");
    assert.equal(calendar.addWorkingDays("2023-12-29", 1), "2024-01-03");
    assert.equal(calendar.workingDaysBetween("2025-12-31", "2026-01-08"), 3);
  });

  it("applies transfers: a working Saturday, a weekday off", () => {
    assert.equal(calendar.isWorking("2024-05-04"), true);
    assert.equal(calendar.entry("2024-05-04")?.kind, "working_day");
    assert.equal(calendar.isWorking("2024-05-08"), false);
    assert.equal(calendar.entry("2024-05-08")?.kind, "transfer");
    assert.equal(calendar.addWorkingDays("2024-05-03", 1), "2024-05-04");
    assert.equal(calendar.isWorking("2021-07-03"), true);
    assert.equal(calendar.isWorking("2022-10-24"), false);
  });

  it("skips Kurban Ait 2025 (Friday 6 June)", () => {
    assert.equal(calendar.isWorking("2025-06-06"), false);
    assert.equal(calendar.addWorkingDays("2025-06-05", 1), "2025-06-09");
    assert.equal(calendar.workingDaysBetween("2025-06-05", "2025-06-09"), 1);
  });

  it("registers a filing on a day off on the next working day", () => {
    assert.equal(calendar.registrationDate("2025-03-22"), "2025-03-26");
    assert.equal(calendar.registrationDate("2025-03-21"), "2025-03-26");
    assert.equal(calendar.registrationDate("2025-03-26"), "2025-03-26");
    assert.equal(calendar.nextWorkingDay("2025-06-07"), "2025-06-09");
  });

  it("counts from a working Sunday as day 0", () => {
    assert.equal(calendar.isWorking("2025-01-05"), true);
    assert.equal(calendar.registrationDate("2025-01-05"), "2025-01-05");
    assert.equal(calendar.addWorkingDays("2025-01-05", 1), "2025-01-06");
    assert.equal(calendar.addWorkingDays("2025-01-05", 2), "2025-01-08");
  });

  it("treats n = 0 as day 0 itself and rejects negative or fractional n", () => {
    assert.equal(calendar.addWorkingDays("2025-01-04", 0), "2025-01-04");
    assert.throws(() => calendar.addWorkingDays("2025-01-06", -1), RangeError);
    assert.throws(() => calendar.addWorkingDays("2025-01-06", 1.5), RangeError);
  });

  it("counts working days between two dates, negative backwards", () => {
    assert.equal(calendar.workingDaysBetween("2025-04-30", "2025-05-26"), 15);
    assert.equal(calendar.workingDaysBetween("2025-05-26", "2025-04-30"), -15);
    assert.equal(calendar.workingDaysBetween("2025-01-04", "2025-01-04"), 0);
  });

  it("explains the skipped days with their reasons", () => {
    assert.deepEqual(
      calendar.skippedDays("2024-12-27", "2025-01-08").map((d) => `${d.date} ${d.kind}`),
      [
        "2024-12-28 weekend",
        "2024-12-29 weekend",
        "2025-01-01 holiday",
        "2025-01-02 holiday",
        "2025-01-03 transfer",
        "2025-01-04 weekend",
        "2025-01-07 religious",
      ],
    );
    const [, , newYear] = calendar.skippedDays("2024-12-27", "2025-01-08");
    assert.equal(newYear?.name?.kk, "Жаңа жыл");
    assert.equal(calendar.skippedDays("2024-12-27", "2024-12-27").length, 0);
  });
});

describe("coverage and projection", () => {
  it("projects 2027 from the statutory rules and flags it provisional", () => {
    assert.equal(calendar.isProjected(2027), true);
    assert.equal(calendar.isProjected(2025), false);
    assert.equal(calendar.isProvisional("2027-03-10"), true);
    assert.equal(calendar.isProvisional("2026-12-20", "2027-01-10"), true);
    const entries = calendar.entries(2027);
    assert.ok(entries.every((e) => e.provisional && /projected/i.test(e.source)));
    assert.match(rules.source, /Kurban Ait/);
    assert.equal(calendar.entry("2027-01-04")?.kind, "moved_day_off");
    assert.equal(calendar.entry("2027-03-24")?.kind, "moved_day_off");
    assert.equal(calendar.entry("2027-01-07")?.kind, "religious");
    assert.equal(calendar.isWorking("2027-01-05"), true);
  });

  it("projects the rules in force: 1 and 17 Dec before 2022, 25 Oct from 2022", () => {
    const dates2018 = projectYear(2018, rules).map((e) => e.date);
    assert.ok(dates2018.includes("2018-12-17") && !dates2018.includes("2018-10-25"));
    assert.ok(calendar.entries(2019).some((e) => e.date === "2019-12-02" && e.kind === "moved_day_off"));
    const dates2030 = projectYear(2030, rules).map((e) => e.date);
    assert.ok(dates2030.includes("2030-10-25") && !dates2030.includes("2030-12-17"));
  });

  it("moves a weekend Nauryz past the remaining Nauryz days and never moves religious days", () => {
    assert.deepEqual(
      projectYear(2026, rules)
        .filter((e) => e.date.startsWith("2026-03-2"))
        .map((e) => `${e.date} ${e.kind}`),
      ["2026-03-23 holiday", "2026-03-24 moved_day_off", "2026-03-25 moved_day_off"],
    );
    assert.ok(!projectYear(2023, rules).some((e) => e.date.startsWith("2023-01-0") && e.date > "2023-01-07"));
  });

  it("covers 2015–2040 and throws a RangeError outside", () => {
    assert.equal(calendar.isWorking("2015-01-05"), true);
    assert.equal(calendar.isWorking("2040-12-31"), true);
    assert.throws(() => calendar.isWorking("2014-12-31"), RangeError);
    assert.throws(() => calendar.isWorking("2041-01-01"), RangeError);
    assert.throws(() => calendar.addWorkingDays("2040-12-28", 5), /past the end/);
    assert.throws(() => calendar.entries(2041), RangeError);
    assert.throws(() => buildCalendar(years, { rules, firstYear: 2022 }), RangeError);
  });
});

describe("editing and versions", () => {
  const holiday: DayEntry = {
    date: "2025-06-04",
    working: false,
    kind: "holiday",
    name: { kk: "Сынақ", ru: "Тест", en: "Test" },
    source: "test order",
    provisional: false,
  };

  it("is deterministic: the same data gives the same version", () => {
    assert.equal(buildCalendar(years, { rules }).version, calendar.version);
    assert.match(calendar.version, /^kz-[0-9a-f]{8}$/);
  });

  it("builds a changed calendar with withDay / withoutDay and leaves the original alone", () => {
    const changed = calendar.withDay(holiday);
    assert.equal(changed.isWorking("2025-06-04"), false);
    assert.equal(calendar.isWorking("2025-06-04"), true);
    assert.notEqual(changed.version, calendar.version);
    assert.equal(changed.workingDaysInYear(2025), 245);
    const restored = changed.withoutDay("2025-06-04");
    assert.equal(restored.version, calendar.version);
    const noKurban = calendar.withoutDay("2025-06-06");
    assert.equal(noKurban.isWorking("2025-06-06"), true);
    assert.equal(noKurban.workingDaysInYear(2025), 247);
  });

  it("replaces an entry of the same date and edits projected years", () => {
    const renamed = calendar.withDay({
      ...holiday,
      date: "2025-06-06",
      kind: "religious",
      provisional: true,
    });
    assert.equal(renamed.entry("2025-06-06")?.name.en, "Test");
    assert.equal(renamed.isProvisional("2025-06-06"), true);
    const kurban2027 = calendar.withDay({
      ...holiday,
      date: "2027-05-17",
      kind: "religious",
      provisional: true,
    });
    assert.equal(kurban2027.isWorking("2027-05-17"), false);
    assert.equal(kurban2027.isProjected(2027), true);
  });

  it("validates edited days", () => {
    assert.throws(
      () => calendar.withDay({ ...holiday, date: "2025-06-07" }),
      /weekend day is already a day off/,
    );
    assert.throws(() => calendar.withDay({ ...holiday, working: true }), /working.*working_day/);
    assert.throws(() => calendar.withDay({ ...holiday, date: "2045-06-06" }), RangeError);
  });
});

describe("data validation", () => {
  const good = readCalendarJson("kz-2025.json") as { year: number; days: Record<string, unknown>[] };
  const withDay = (patch: Record<string, unknown>) => ({
    ...good,
    days: [{ ...good.days[0], ...patch }, ...good.days.slice(1)],
  });

  it("accepts the shipped files", () => {
    assert.equal(parseCalendarYear(good).days.length, 17);
    assert.equal(rules.holidays.length, 13);
  });

  it("rejects bad data with a message naming the place", () => {
    const cases: [unknown, RegExp][] = [
      [null, /calendar year: must be an object/],
      [{ ...good, year: "2025" }, /year: must be an integer/],
      [{ ...good, days: {} }, /kz-2025.days: must be an array/],
      [withDay({ date: "2025-02-30" }), /days\[0\] \(2025-02-30\): Invalid date/],
      [withDay({ date: "2024-12-31" }), /2024-12-31 is not in 2025/],
      [withDay({ kind: "party" }), /"kind" must be one of/],
      [withDay({ working: "no" }), /"working" must be a boolean/],
      [withDay({ name: { kk: "Жаңа жыл", ru: "Новый год" } }), /name.en: must be a non-empty string/],
      [withDay({ source: "" }), /source: must be a non-empty string/],
      [withDay({ provisional: undefined }), /"provisional" must be a boolean/],
      [withDay({ date: "2025-01-04" }), /weekend day is already a day off/],
      [{ ...good, days: [good.days[0], good.days[0]] }, /2025-01-01 is listed twice/],
    ];
    for (const [json, message] of cases) assert.throws(() => parseCalendarYear(json), message);
    assert.throws(() => parseCalendarYear(withDay({ kind: "party" })), CalendarDataError);
    assert.throws(
      () => parseDayEntry({ date: "2025-01-06", working: true, kind: "working_day", name: {}, source: "x" }),
      /weekday is already working/,
    );
    assert.throws(
      () => parseStatutoryRules({ source: "x", movedDayOffName: good.days[0]?.name, holidays: [{}] }),
      /holidays\[0\]/,
    );
  });
});
