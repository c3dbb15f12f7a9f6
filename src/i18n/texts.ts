export const LANGS = ["kk", "ru", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** A catalogue part as the lookup uses it: one table of texts per language. */
export type Part = Record<Lang, Record<string, string>>;

/**
 * A catalogue part written key by key, each key's Kazakh, Russian and English texts side by side
 * (a key without one of them does not compile).
 */
export function texts(entries: Record<string, Record<Lang, string>>): Part {
  const part: Part = { kk: {}, ru: {}, en: {} };
  for (const [key, text] of Object.entries(entries)) for (const lang of LANGS) part[lang][key] = text[lang];
  return part;
}
