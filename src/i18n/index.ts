import type { FieldIssue } from "../domain/errors.ts";
import { TIME_ZONE } from "../domain/time.ts";
import { admin } from "./catalogues/admin.ts";
import { audit } from "./catalogues/audit.ts";
import { calendar } from "./catalogues/calendar.ts";
import { common } from "./catalogues/common.ts";
import { complaints } from "./catalogues/complaints.ts";
import { events } from "./catalogues/events.ts";
import { homeVisits } from "./catalogues/home-visits.ts";
import { intake } from "./catalogues/intake.ts";
import { legal } from "./catalogues/legal.ts";
import { navigation } from "./catalogues/navigation.ts";
import { notices } from "./catalogues/notices.ts";
import { office } from "./catalogues/office.ts";
import { portal } from "./catalogues/portal.ts";
import { procedure } from "./catalogues/procedure.ts";
import { reliability } from "./catalogues/reliability.ts";
import { reports } from "./catalogues/reports.ts";
import { signatures } from "./catalogues/signatures.ts";
import { visibility } from "./catalogues/visibility.ts";
import { workflow } from "./catalogues/workflow.ts";

import { LANGS, type Lang, type Part } from "./texts.ts";

export { LANGS, type Lang };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** Every catalogue part of the application, each written with `texts()`: a key's three texts together. */
export const PARTS: Record<string, Part> = {
  common,
  legal,
  complaints,
  calendar,
  notices,
  workflow,
  office,
  portal,
  procedure,
  intake,
  reliability,
  navigation,
  admin,
  events,
  audit,
  visibility,
  reports,
  homeVisits,
  signatures,
};

export const catalogues: Record<Lang, Record<string, string>> = {
  kk: Object.assign({}, ...Object.values(PARTS).map((p) => p.kk)),
  ru: Object.assign({}, ...Object.values(PARTS).map((p) => p.ru)),
  en: Object.assign({}, ...Object.values(PARTS).map((p) => p.en)),
};

export type Params = Record<string, string | number>;

/**
 * The message for `key` in `lang`, with `{name}` placeholders filled; a missing key shows as itself
 * (never another language's text), and `test/unit/i18n.test.ts` fails on any key the code names
 * that the catalogues lack.
 * A value that ends with a full stop (a date "27 ноября 2026 г.", an abbreviation) swallows the
 * full stop that follows its placeholder in the template, so that no sentence ends in "г..".
 */
export function t(lang: Lang, key: string, params?: Params): string {
  // No fallback to another language: a missing text shows as its key, and the tests fail on it.
  const template = catalogues[lang][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return stop && value.endsWith(".") ? value : value + stop;
  });
}

export function has(lang: Lang, key: string): boolean {
  return key in catalogues[lang];
}

/**
 * The catalogue key of a field issue's text: the field's own `field.<path>.<code>` for the
 * longest end of its path that has one (list indexes left out: `respondent.officials.0.name` →
 * `respondent.officials.name`, `officials.name`, `name`), else the code's `field.<code>`.
 */
export function issueKey(lang: Lang, issue: FieldIssue): string {
  const parts = issue.field.split(".").filter((part) => !/^\d+$/.test(part));
  for (let i = 0; i < parts.length; i++) {
    const key = `field.${parts.slice(i).join(".")}.${issue.code}`;
    if (has(lang, key)) return key;
  }
  return `field.${issue.code}`;
}

export const issueText = (lang: Lang, issue: FieldIssue) => t(lang, issueKey(lang, issue), issue.params);

const LOCALES: Record<Lang, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

const STYLES = {
  date: { dateStyle: "long", timeZone: "UTC" },
  dateTime: { dateStyle: "long", timeStyle: "short", timeZone: TIME_ZONE },
  weekday: { weekday: "long", timeZone: "UTC" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const formats = new Map<string, Intl.DateTimeFormat>();

/** A date format of a language, made once: making one costs ~50 times formatting with it. */
function dateFormat(lang: Lang, style: keyof typeof STYLES): Intl.DateTimeFormat {
  const key = `${lang} ${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], STYLES[style]);
    formats.set(key, format);
  }
  return format;
}

/** "21 қараша 2026 ж." / "21 ноября 2026 г." / "21 November 2026" for an ISO date. */
export function formatDate(lang: Lang, isoDate: string): string {
  return dateFormat(lang, "date").format(new Date(`${isoDate}T00:00:00Z`));
}

/** Date and time in Asia/Almaty. */
export function formatDateTime(lang: Lang, instant: Date): string {
  return dateFormat(lang, "dateTime").format(instant);
}

export function formatWeekday(lang: Lang, isoDate: string): string {
  return dateFormat(lang, "weekday").format(new Date(`${isoDate}T00:00:00Z`));
}

/** Chooses a language from a cookie, then Accept-Language, default Kazakh. */
export function negotiateLang(cookie: string | undefined, acceptLanguage: string | undefined): Lang {
  if (isLang(cookie)) return cookie;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.find((r) => r.trim().startsWith("q="));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => isLang(x.lang) && x.q > 0)
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.lang as Lang | undefined) ?? "kk";
}
