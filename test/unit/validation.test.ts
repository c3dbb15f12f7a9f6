import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { catalogues, LANGS } from "../../src/i18n/index.ts";
import { dateParts, dateValue, fieldIssues } from "../../src/web/validation.ts";

describe("field errors say what to do", () => {
  const schema = z.object({
    outcome: z.enum(["satisfied", "not_satisfied"]),
    days: z.number().int().min(1).max(100),
    email: z.email(),
    text: z.string().trim().min(1).max(10),
    granted: z.boolean(),
  });
  const issues = (input: unknown) => {
    const result = schema.safeParse(input);
    assert.ok(!result.success);
    return Object.fromEntries(fieldIssues(result.error).map((i) => [i.field, [i.code, i.params]]));
  };

  it("maps each kind of zod issue to a specific code with its limits", () => {
    assert.deepEqual(issues({ outcome: "maybe", days: 0, email: "x", text: "", granted: "yes" }), {
      outcome: ["choose_one", undefined],
      days: ["number_min", { min: 1 }],
      email: ["email", undefined],
      text: ["required", undefined],
      granted: ["choose_one", undefined],
    });
    assert.deepEqual(
      issues({ outcome: "satisfied", days: "ten", email: "a@b.kz", text: "x".repeat(11), granted: true }),
      {
        days: ["number", undefined],
        text: ["too_long", { max: 10 }],
      },
    );
    assert.deepEqual(issues({ outcome: "satisfied", days: 101, email: "a@b.kz", text: "x", granted: true }), {
      days: ["number_max", { max: 100 }],
    });
  });

  it("has a text for every code in kk, ru and en", () => {
    for (const lang of LANGS)
      for (const code of [
        "required",
        "too_long",
        "choose_one",
        "number",
        "number_min",
        "number_max",
        "email",
        "invalid",
      ])
        assert.ok(catalogues[lang][`field.${code}`], `${lang}: field.${code}`);
  });
});

describe("the date input's three fields", () => {
  const read = (day?: string, month?: string, year?: string) => {
    const body: Record<string, string | undefined> = { "d-day": day, "d-month": month, "d-year": year };
    return dateValue((k) => body[k], "d");
  };

  it("make an ISO date when they are a real date", () => {
    assert.equal(read("7", "6", "2027"), "2027-06-07");
    assert.equal(read(" 29 ", "02", "2028"), "2028-02-29");
  });

  it("are empty, not sent, or kept as typed when they are not a real date", () => {
    assert.equal(read("", "", ""), "");
    assert.equal(read(), undefined);
    for (const [d, m, y] of [
      ["30", "2", "2026"],
      ["29", "2", "2027"],
      ["1", "13", "2026"],
      ["0", "1", "2026"],
      ["1", "1", "26"],
      ["x", "1", "2026"],
      ["1", "", "2026"],
    ])
      assert.equal(read(d, m, y), `${d}.${m}.${y}`);
  });

  it("show an ISO date without leading zeros, and a wrong one as typed", () => {
    assert.deepEqual(dateParts("2027-06-07"), { day: "7", month: "6", year: "2027" });
    assert.deepEqual(dateParts("30.02.2026"), { day: "30", month: "02", year: "2026" });
    assert.deepEqual(dateParts(undefined), { day: "", month: "", year: "" });
  });
});
