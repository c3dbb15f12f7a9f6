import { useRequestContext } from "hono/jsx-renderer";
import { type Lang, type Params, t } from "../../i18n/index.ts";
import type { AppEnv } from "../context.ts";

export type Translate = (key: string, params?: Params) => string;

/** The page language and a translator bound to it, inside a rendered component. */
export function useLang(): { lang: Lang; tr: Translate } {
  const lang = useRequestContext<AppEnv>().get("lang");
  return { lang, tr: (key, params) => t(lang, key, params) };
}
