import { formatDate, formatWeekday, type Lang, t } from "../i18n/index.ts";
import type { DaySheet } from "../queries/home-visits.ts";
import { type PdfContent, renderPdf } from "./pdf.ts";

/**
 * The field employee's day sheet: the visits of a date in route order by district, with the
 * address, the phones, the service and what to bring — in the asked language (kk, ru or en).
 * The health note is not printed: it stays on the screen of the branch and the employee.
 */
export async function renderDaySheet(sheet: DaySheet, lang: Lang): Promise<Buffer> {
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, `daySheet.${key}`, params);
  const head = ["no", "window", "district", "address", "person", "phones", "service"].map((k) => ({
    text: tr(`col.${k}`),
    style: "head",
  }));
  const rows = sheet.entries.map((e, i) => [
    String(i + 1),
    e.window ?? "—",
    e.district || "—",
    e.address,
    { text: [e.applicantName, "\n", { text: e.reference, style: "ref" }] },
    e.phones.join("\n"),
    e.service[lang],
  ]);
  const content: PdfContent = [
    { text: tr("title"), style: "title" },
    {
      text: `${sheet.branch[lang]} · ${formatWeekday(lang, sheet.date)}, ${formatDate(lang, sheet.date)}`,
      style: "subtitle",
    },
    sheet.entries.length
      ? {
          table: {
            headerRows: 1,
            widths: [14, 52, 60, "*", 90, 70, 110],
            body: [head, ...rows],
          },
          layout: {
            hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
            vLineWidth: () => 0,
            hLineColor: () => "#b1b4b6",
            paddingTop: () => 4,
            paddingBottom: () => 4,
          },
        }
      : { text: tr("none"), style: "subtitle" },
    { text: tr("bringTitle"), style: "section" },
    { ul: [tr("bring.id"), tr("bring.forms"), tr("bring.scanner"), tr("bring.receipt")] },
    { text: tr("footer", { count: sheet.entries.length }), style: "small" },
  ];
  return renderPdf({
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [30, 30, 30, 30],
    info: { title: `${tr("title")} ${sheet.date}`, creator: "Shagym", producer: "Shagym" },
    content,
    styles: {
      title: { fontSize: 15, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 11, margin: [0, 0, 0, 10] },
      head: { fontSize: 9, bold: true, color: "#505a5f" },
      ref: { fontSize: 8, color: "#505a5f" },
      section: { fontSize: 11, bold: true, margin: [0, 14, 0, 4] },
      small: { fontSize: 8.5, color: "#505a5f", margin: [0, 12, 0, 0] },
    },
    defaultStyle: { fontSize: 9.5, lineHeight: 1.15 },
  });
}
