import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { catalogues, formatDate, negotiateLang, PARTS, t } from "../../src/i18n/index.ts";

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
