import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderNotice } from "../../src/documents/render-notice.ts";
import { formatDate, LANGS, t } from "../../src/i18n/index.ts";
import { calendarDays, plural, workingDays } from "../../src/i18n/plural.ts";

describe("plural forms after a number", () => {
  it("agrees the Russian noun with the number (Intl.PluralRules: one, few, many)", () => {
    assert.equal(workingDays("ru", 1), "1 рабочий день");
    assert.equal(workingDays("ru", 3), "3 рабочих дня");
    assert.equal(workingDays("ru", 4), "4 рабочих дня");
    assert.equal(workingDays("ru", 5), "5 рабочих дней");
    assert.equal(workingDays("ru", 11), "11 рабочих дней");
    assert.equal(workingDays("ru", 15), "15 рабочих дней");
    assert.equal(workingDays("ru", 21), "21 рабочий день");
    assert.equal(workingDays("ru", 22), "22 рабочих дня");
    assert.equal(workingDays("ru", 0), "0 рабочих дней");
    assert.equal(calendarDays("ru", 30), "30 дней");
    assert.equal(calendarDays("ru", 31), "31 день");
    assert.equal(calendarDays("ru", 2), "2 дня");
  });

  it("keeps the Kazakh noun singular after any number, as Kazakh does", () => {
    for (const n of [1, 3, 5, 15, 21]) assert.equal(workingDays("kk", n), `${n} жұмыс күні`);
    assert.equal(calendarDays("kk", 30), "30 күн");
  });

  it("uses one and other in English", () => {
    assert.equal(workingDays("en", 1), "1 working day");
    assert.equal(workingDays("en", 5), "5 working days");
  });

  it("falls back to the 'other' text where a language has no text for a category", () => {
    for (const lang of LANGS)
      assert.equal(plural(lang, "count.workingDays", 1.5), t(lang, "count.workingDays.other", { n: 1.5 }));
  });
});

describe("a date at the end of a sentence", () => {
  it("does not double the full stop after a date that ends in one (г., ж.)", () => {
    assert.ok(formatDate("ru", "2026-11-27").endsWith("г."), "the premise: Russian dates end in 'г.'");
    const due = formatDate("ru", "2026-11-27");
    assert.equal(t("ru", "notice.extended.body", { number: "A-1", due, link: "L" }).includes("г.."), false);
    assert.match(t("ru", "notice.extended.body", { number: "A-1", due, link: "L" }), /2026 г\. Подробнее/);
    assert.equal(t("en", "field.too_long", { max: 5 }), "Too long: at most 5 characters");
  });

  it("in the e-mail of a registration, in every language", () => {
    for (const lang of LANGS) {
      const { subject, text } = renderNotice(
        {
          template: "notice.registered",
          language: lang,
          params: {
            number: "AKMOLA-EDU-2026-00001",
            organization: "X",
            due: formatDate(lang, "2026-11-27"),
            path: "/c",
          },
        },
        "https://shagym.example.kz",
      );
      assert.ok(!/\.\./.test(subject + text), `${lang}: ${text}`);
      assert.ok(text.includes(formatDate(lang, "2026-11-27")), lang);
    }
  });
});
