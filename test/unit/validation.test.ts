import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { catalogues, LANGS } from "../../src/i18n/index.ts";
import { fieldIssues } from "../../src/web/validation.ts";

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
