import { stampLine } from "../domain/complaint.ts";
import { signerName } from "../domain/signatures.ts";
import { formatDate, formatDateTime, type Lang, t } from "../i18n/index.ts";
import type { ComplaintView } from "../queries/complaint-view.ts";
import type { NextStep } from "../queries/next-step.ts";
import { type PdfContent, renderPdf } from "./pdf.ts";

/** Where the applicant may turn next: the regional quality department (named), else the court. */

/**
 * The answer letter in `lang` (the complaint's language unless asked otherwise): the deciding
 * body, the outgoing number and date, the complaint's number, the applicant, the outcome — or,
 * for a refusal to consider, its ground — with the reasoned text, the legal basis, the deciding
 * official and the next step (APPC art. 91 p. 5: after a provider or higher body the regional
 * department of the quality authority or court; after that department, the court). Null when the
 * complaint has neither a decision nor a refusal.
 */
export async function decisionLetterPdf(
  view: ComplaintView,
  lang: Lang,
  next: NextStep,
): Promise<Buffer | null> {
  const d = view.decision;
  const r = view.refusal;
  if (!d && !r) return null;
  const tr = (key: string, params?: Record<string, string>) => t(lang, key, params);
  const names = view.organizationNames as Record<string, { kk: string; ru: string; en: string }>;
  const deciderId = d?.organizationId ?? r?.organizationId ?? view.holder.organizationId;
  const body = names[deciderId] ?? view.holder.name;
  const row = (label: string, value: string) => [
    { text: label, style: "label" },
    { text: value, style: "value" },
  ];
  const applicant = [view.applicant.surname, view.applicant.name, view.applicant.patronymic]
    .filter(Boolean)
    .join(" ");
  const who = d?.decidedBy ?? r!.refusedBy;
  const letter = d?.letter ?? r?.letter;
  const rows = [
    ...(letter
      ? [row(tr("letter.number"), letter.number), row(tr("letter.date"), formatDate(lang, letter.date))]
      : []),
    row(tr("decisionPdf.number"), view.registration?.number ?? "—"),
    row(
      tr("decisionPdf.registeredOn"),
      view.registration ? formatDate(lang, view.registration.registeredOn) : "—",
    ),
    row(tr("decisionPdf.applicant"), applicant),
    // The letter goes to this address; as the presenter shows it to whoever downloads the letter.
    row(
      tr("decisionPdf.address"),
      view.visibility.address === "none" ? tr("visibility.withheld") : (view.applicant.postalAddress ?? "—"),
    ),
    d
      ? row(tr("decisionPdf.outcome"), tr(`outcome.${d.outcome}`))
      : row(tr("refusalPdf.ground"), tr(`wf.leaveGround.${r!.ground}`)),
    ...(d?.actNumber ? [row(tr("decisionPdf.actNumber"), d.actNumber)] : []),
    row(tr("decisionPdf.decidedAt"), formatDateTime(lang, new Date(d?.decidedAt ?? r!.refusedAt))),
    row(tr("decisionPdf.decidedBy"), stampLine(who, lang)),
    ...(d?.signature?.eds
      ? [
          row(
            tr("decisionPdf.signature"),
            `${tr("decision.eds.signedBy", {
              signer: signerName(d.signature.eds.subject),
              time: formatDateTime(lang, new Date(d.signature.signedAt)),
            })}\nSHA-256 ${d.signature.sha256}`,
          ),
        ]
      : []),
  ];
  const title = tr(d ? "decisionPdf.title" : "refusalPdf.title");
  const content: PdfContent = [
    { text: body[lang], style: "holder" },
    { text: title, style: "title" },
    { table: { widths: ["35%", "65%"], body: rows }, layout: "lightHorizontalLines", margin: [0, 8, 0, 12] },
    { text: tr(d ? "decisionPdf.reasoning" : "refusalPdf.reasoning"), style: "heading" },
    { text: d?.text ?? r!.text, style: "body" },
    { text: tr("letter.basis"), style: "heading", margin: [0, 12, 0, 4] },
    { text: tr(d ? "decisionPdf.basis" : "refusalPdf.basis"), style: "body" },
    { text: tr("letter.nextStep"), style: "heading", margin: [0, 12, 0, 4] },
    {
      text:
        next.kind === "quality"
          ? tr("letter.next.quality", { body: next.body, address: next.address })
          : tr("letter.next.court"),
      style: "body",
    },
  ];
  return renderPdf({
    info: { title, subject: letter?.number ?? view.registration?.number ?? view.id },
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
    },
    defaultStyle: { font: "Roboto", fontSize: 10 },
  });
}
