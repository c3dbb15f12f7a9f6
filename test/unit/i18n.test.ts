import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { z } from "zod";
import { FIELD_CODES } from "../../src/domain/errors.ts";
import { catalogues, formatDate, issueKey, negotiateLang, PARTS, t } from "../../src/i18n/index.ts";
import { fieldIssues } from "../../src/web/validation.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("catalogues", () => {
  for (const [name, part] of Object.entries(PARTS)) {
    it(`part "${name}" has the same keys and placeholders in kk, ru and en`, () => {
      const keys = Object.keys(part.ru).sort();
      assert.deepEqual(Object.keys(part.kk).sort(), keys, "kk keys differ from ru");
      assert.deepEqual(Object.keys(part.en).sort(), keys, "en keys differ from ru");
      for (const key of keys) {
        const ru = placeholders(part.ru[key]!);
        assert.deepEqual(placeholders(part.kk[key]!), ru, `kk placeholders of ${key}`);
        assert.deepEqual(placeholders(part.en[key]!), ru, `en placeholders of ${key}`);
        assert.ok(
          part.kk[key]!.trim() && part.en[key]!.trim() && part.ru[key]!.trim(),
          `empty text for ${key}`,
        );
      }
    });
  }

  it("has no key defined in two parts", () => {
    const seen = new Map<string, string>();
    for (const [name, part] of Object.entries(PARTS)) {
      for (const key of Object.keys(part.ru)) {
        assert.equal(seen.get(key), undefined, `${key} is in both ${seen.get(key)} and ${name}`);
        seen.set(key, name);
      }
    }
    assert.equal(Object.keys(catalogues.kk).length, seen.size);
  });

  it("fills placeholders and formats dates for kk-KZ, ru-RU and en", () => {
    assert.equal(t("en", "field.too_long", { max: 5 }), "Too long: at most 5 characters");
    assert.match(formatDate("kk", "2026-03-23"), /наурыз/);
    assert.match(formatDate("ru", "2026-03-23"), /марта/);
    assert.match(formatDate("en", "2026-03-23"), /March/);
  });

  it("negotiates Accept-Language", () => {
    assert.equal(negotiateLang(undefined, undefined), "kk");
    assert.equal(negotiateLang(undefined, "ru-KZ;q=0.8, en;q=0.9"), "en");
    assert.equal(negotiateLang("ru", "en"), "ru");
    assert.equal(negotiateLang("xx", "fr"), "kk");
  });
});

describe("reference data in three languages", () => {
  const data = (file: string) =>
    JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), "utf8")) as Record<
      string,
      { id: string; name: Record<string, string> }[]
    >;
  for (const [file, key] of [
    ["services.json", "services"],
    ["organizations.json", "organizations"],
  ] as const) {
    it(`every entry of ${file} is named in kk, ru and en, the Kazakh name not the Russian one`, () => {
      for (const entry of data(file)[key]!) {
        for (const lang of ["kk", "ru", "en"])
          assert.ok(entry.name[lang]?.trim(), `${entry.id}: no ${lang} name`);
        assert.notEqual(entry.name.kk, entry.name.ru, `${entry.id}: the Kazakh name is the Russian one`);
      }
    });
  }
});

describe("every text the code asks for exists", () => {
  it("each literal key passed to t() or tr() in src is in the catalogues (a talon key with its prefix)", () => {
    const root = new URL("../../src/", import.meta.url).pathname;
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const missing: string[] = [];
    let seen = 0;
    for (const file of files(root)) {
      const text = readFileSync(file, "utf8");
      // A file whose own `tr` adds a prefix (the talon) names keys under it.
      const prefix = /const tr = \([^)]*\) => t\(lang, `([\w.]+)\$\{key\}`/.exec(text)?.[1] ?? "";
      // The first argument, when there are two, is not a string (`tr("a"), "b"` names one key).
      for (const m of text.matchAll(/\b(tr|t)\(\s*(?:[\w.()][\w.()"]*,\s*)?"([a-zA-Z][\w.-]*)"/g)) {
        const key = (m[1] === "tr" ? prefix : "") + m[2];
        seen++;
        if (!(key in catalogues.ru)) missing.push(`${file.slice(root.length)}: ${key}`);
      }
    }
    assert.ok(seen > 300, `the scan found only ${seen} keys`);
    assert.deepEqual(missing, []);
  });

  it("shows a missing key as itself, never as another language's text", () => {
    assert.equal(t("kk", "no.such.key"), "no.such.key");
  });
});

describe("field issue codes: one closed vocabulary", () => {
  const codes = new Set<string>(FIELD_CODES);

  it("are snake_case, each with its text `field.<code>`", () => {
    for (const code of FIELD_CODES) {
      assert.match(code, /^[a-z]+(_[a-z]+)*$/, code);
      assert.ok(`field.${code}` in catalogues.ru, `no text for the field code ${code}`);
    }
  });

  it("every field text is a code's text or a field's own text for a code (no orphans)", () => {
    for (const key of Object.keys(catalogues.ru).filter((k) => k.startsWith("field."))) {
      const code = key.split(".").at(-1)!;
      assert.ok(codes.has(code), `${key} ends with ${code}, which is not a field code`);
    }
  });

  it("a field's own text wins, found by the longest end of its path, list indexes left out", () => {
    assert.equal(issueKey("ru", { field: "reasons", code: "required" }), "field.reasons.required");
    assert.equal(
      issueKey("ru", { field: "respondent.officials.0.surname", code: "required" }),
      "field.officials.surname.required",
    );
    assert.equal(issueKey("ru", { field: "remove.date", code: "required" }), "field.date.required");
    assert.equal(issueKey("ru", { field: "reasons", code: "too_long" }), "field.too_long");
    assert.equal(issueKey("ru", { field: "anything", code: "iin_invalid" }), "field.iin_invalid");
  });

  it("a zod custom message that is not a code becomes `invalid`, never a raw text", () => {
    const schema = z.object({
      a: z.string().refine(() => false, "not a code"),
      b: z.string().refine(() => false, "iin_invalid"),
    });
    const result = schema.safeParse({ a: "x", b: "y" });
    assert.ok(!result.success);
    assert.deepEqual(
      fieldIssues(result.error).map((i) => i.code),
      ["invalid", "iin_invalid"],
    );
  });
});
