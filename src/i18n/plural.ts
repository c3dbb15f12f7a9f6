import { has, type Lang, t } from "./index.ts";

const LOCALES: Record<Lang, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };
const RULES = new Map<Lang, Intl.PluralRules>();

const rulesOf = (lang: Lang) => {
  let rules = RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    RULES.set(lang, rules);
  }
  return rules;
};

/**
 * A count with its noun in the form the language wants after that number: the catalogue key
 * `<base>.<category>` chosen by `Intl.PluralRules` (ru: one/few/many/other; kk and en: one/other),
 * `<base>.other` when the language has no text for that category. `{n}` is the number.
 */
export function plural(lang: Lang, base: string, n: number): string {
  const key = `${base}.${rulesOf(lang).select(n)}`;
  return t(lang, has(lang, key) ? key : `${base}.other`, { n });
}

/** "1 рабочий день", "3 рабочих дня", "5 рабочих дней"; "5 жұмыс күні"; "5 working days". */
export const workingDays = (lang: Lang, n: number) => plural(lang, "count.workingDays", n);

/** Calendar days: "1 день", "2 дня", "30 дней"; "30 күн"; "30 days". */
export const calendarDays = (lang: Lang, n: number) => plural(lang, "count.days", n);
