import { signerName } from "../domain/signatures.ts";
import { formatDate, formatDateTime, type Lang, t } from "../i18n/index.ts";
import type { TalonData } from "../queries/talon-data.ts";
import { type PdfContent, qrCanvas, renderPdf } from "./pdf.ts";

/** The talon's two languages: the caller's first, then the other official one (Russian with English). */
export function talonLanguages(lang: Lang): [Lang, Lang] {
  if (lang === "kk") return ["kk", "ru"];
  if (lang === "ru") return ["ru", "kk"];
  return ["en", "ru"];
}

/** The URL the QR code opens: the public status page with the number and the check code (ASCII). */
export function statusUrl(base: string, number: string, code: string): string {
  const query = new URLSearchParams({ number, code });
  return `${base.replace(/\/+$/, "")}/kk/status?${query}`;
}

/** How the complaint was signed, in words: the method with the phone (SMS) or the signer (EDS). */
export function signatureLine(lang: Lang, s: NonNullable<TalonData["signature"]>): string {
  return t(lang, `signature.method.${s.method}`, {
    phone: s.phone ?? "",
    subject: s.subject ? signerName(s.subject) : "",
  });
}

function column(d: TalonData, lang: Lang): PdfContent {
  const tr = (key: string, params?: Record<string, string>) => t(lang, `talonPdf.${key}`, params);
  const row = (label: string, value: string) => [
    { text: label, style: "label" },
    { text: value, style: "value" },
  ];
  const official = `${d.acceptedBy.surname} ${d.acceptedBy.initials}`.trim();
  const applicant = `${d.applicant.surname} ${d.applicant.initials}`.trim();
  return {
    stack: [
      { text: tr("title"), style: "title" },
      { text: d.holder[lang], style: "holder" },
      {
        table: {
          widths: ["42%", "58%"],
          body: [
            row(tr("number"), d.number),
            row(tr("registeredOn"), formatDate(lang, d.registeredOn)),
            row(tr("receivedAt"), formatDateTime(lang, d.receivedAt)),
            row(tr("regime"), t(lang, `regime.${d.regime}`)),
            row(tr("acceptedBy"), [official, d.acceptedBy.position[lang]].filter(Boolean).join(", ")),
            row(tr("applicant"), applicant || "—"),
            row(tr("answerBy"), formatDate(lang, d.answerBy)),
            row(tr("answerPlace"), d.answerPlace[lang]),
            row(tr("checkCode"), d.checkCode),
            ...(d.signature
              ? [
                  row(tr("signature"), signatureLine(lang, d.signature)),
                  row(tr("signedAt"), formatDateTime(lang, d.signature.signedAt)),
                  ...(d.signature.iin ? [row(tr("signerIin"), d.signature.iin)] : []),
                ]
              : []),
          ],
        },
        layout: {
          hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
          vLineWidth: () => 0,
          hLineColor: () => "#b1b4b6",
          paddingLeft: (i: number) => (i === 0 ? 0 : 6),
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
      },
    ],
  };
}

/**
 * The talon handed to the applicant on acceptance (APPC art. 63; seeds 000, 001, 004): number,
 * date and time, accepting official, term and place of the answer, holder, and a QR code with
 * the short check code for the public status page — in two languages side by side.
 */
export async function renderTalon(d: TalonData, lang: Lang, baseUrl: string): Promise<Buffer> {
  const [first, second] = talonLanguages(lang);
  const url = statusUrl(baseUrl, d.number, d.checkCode);
  const check = (l: Lang) => ({
    stack: [
      { text: t(l, "talonPdf.qrText"), style: "small" },
      { text: [t(l, "talonPdf.checkCode"), ": ", { text: d.checkCode, bold: true }], style: "small" },
    ],
    margin: [0, 0, 0, 6] as [number, number, number, number],
  });
  return renderPdf({
    pageSize: "A4",
    pageMargins: [36, 40, 36, 40],
    info: {
      title: `${t(first, "talonPdf.title")} ${d.number}`,
      subject: d.number,
      creator: "Shagym",
      producer: "Shagym",
    },
    content: [
      { columns: [column(d, first), column(d, second)], columnGap: 24 },
      {
        margin: [0, 24, 0, 0],
        columns: [
          { ...qrCanvas(url, 120), width: 130 },
          {
            width: "*",
            stack: [check(first), check(second), { text: url, style: "url" }],
          },
        ],
        columnGap: 16,
      },
    ],
    styles: {
      title: { fontSize: 13, bold: true, margin: [0, 0, 0, 4] },
      holder: { fontSize: 10, margin: [0, 0, 0, 8] },
      label: { fontSize: 8.5, color: "#505a5f" },
      value: { fontSize: 10 },
      small: { fontSize: 9 },
      url: { fontSize: 8, color: "#1d70b8" },
    },
    defaultStyle: { fontSize: 10, lineHeight: 1.15 },
  });
}
