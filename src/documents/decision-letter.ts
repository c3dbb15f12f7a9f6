import { formatDate, formatDateTime, type Lang, t } from "../i18n/index.ts";
import type { ComplaintView } from "../queries/complaint-view.ts";
import { type PdfContent, renderPdf } from "./pdf.ts";

/**
 * The decision letter in the caller's language: the deciding body, the complaint's number, the
 * applicant, the outcome with its reasoned text (and the favourable act's number), who decided
 * and when. Null when the complaint has no decision.
 */
export async function decisionLetterPdf(view: ComplaintView, lang: Lang): Promise<Buffer | null> {
  const d = view.decision;
  if (!d) return null;
  const tr = (key: string, params?: Record<string, string>) => t(lang, `decisionPdf.${key}`, params);
  const decidedAt = new Date(d.decidedAt);
  const names = view.organizationNames as Record<string, { kk: string; ru: string; en: string }>;
  const body = names[view.holder.organizationId] ?? view.holder.name;
  const row = (label: string, value: string) => [
    { text: label, style: "label" },
    { text: value, style: "value" },
  ];
  const applicant = [view.applicant.surname, view.applicant.name, view.applicant.patronymic]
    .filter(Boolean)
    .join(" ");
  const rows = [
    row(tr("number"), view.registration?.number ?? "—"),
    row(tr("registeredOn"), view.registration ? formatDate(lang, view.registration.registeredOn) : "—"),
    row(tr("applicant"), applicant),
    row(tr("outcome"), t(lang, `outcome.${d.outcome}`)),
    ...(d.actNumber ? [row(tr("actNumber"), d.actNumber)] : []),
    row(tr("decidedAt"), formatDateTime(lang, decidedAt)),
    row(
      tr("decidedBy"),
      [`${d.decidedBy.surname} ${d.decidedBy.initials}`.trim(), d.decidedBy.position]
        .filter(Boolean)
        .join(", "),
    ),
  ];
  const content: PdfContent = [
    { text: body[lang], style: "holder" },
    { text: tr("title"), style: "title" },
    { table: { widths: ["35%", "65%"], body: rows }, layout: "lightHorizontalLines", margin: [0, 8, 0, 12] },
    { text: tr("reasoning"), style: "heading" },
    { text: d.text, style: "body" },
    { text: tr("appeal"), style: "note", margin: [0, 18, 0, 0] },
  ];
  return renderPdf({
    info: { title: tr("title"), subject: view.registration?.number ?? view.id },
    pageSize: "A4",
    pageMargins: [56, 56, 56, 56],
    content,
    styles: {
      holder: { fontSize: 12, bold: true, alignment: "center", margin: [0, 0, 0, 6] },
      title: { fontSize: 16, bold: true, alignment: "center", margin: [0, 6, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 6, 0, 4] },
      label: { fontSize: 10, color: "#505a5f" },
      value: { fontSize: 10 },
      body: { fontSize: 11, lineHeight: 1.25 },
      note: { fontSize: 9, color: "#505a5f" },
    },
    defaultStyle: { font: "Roboto", fontSize: 10 },
  });
}
