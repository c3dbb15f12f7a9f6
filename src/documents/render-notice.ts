import { type Lang, t } from "../i18n/index.ts";

/** The subject and text of a queued notice in its language; `params.path` becomes an absolute link. */
export function renderNotice(
  n: { template: string; language: Lang; params: Record<string, string | number> },
  publicUrl: string,
): { subject: string; text: string } {
  const params = { ...n.params, link: `${publicUrl.replace(/\/$/, "")}${n.params.path ?? ""}` };
  return {
    subject: t(n.language, `${n.template}.subject`, params),
    text: `${t(n.language, `${n.template}.body`, params)}\n\n${t(n.language, "notice.signature")}`,
  };
}
