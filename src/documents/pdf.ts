import { createRequire } from "node:module";
import type Pdfmake from "pdfmake";

/** A pdfmake document definition. */
export type PdfDefinition = Parameters<typeof Pdfmake.createPdf>[0];
export type PdfContent = PdfDefinition["content"];

const require = createRequire(import.meta.url);
const font = (file: string) => require.resolve(`pdfmake/fonts/Roboto/${file}`);

/** pdfmake's bundled Roboto: Cyrillic with the Kazakh letters Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі. */
const ROBOTO = {
  normal: font("Roboto-Regular.ttf"),
  bold: font("Roboto-Medium.ttf"),
  italics: font("Roboto-Italic.ttf"),
  bolditalics: font("Roboto-MediumItalic.ttf"),
};
const FONT_FILES = new Set(Object.values(ROBOTO));

let loaded: Promise<typeof Pdfmake> | undefined;
/**
 * pdfmake, imported and configured on first use: a process that renders no document (a worker, a
 * test of other things) does not pay its ~0.3 s of imports at start.
 */
function pdfmake(): Promise<typeof Pdfmake> {
  loaded ??= import("pdfmake").then(({ default: pdf }) => {
    pdf.addFonts({ Roboto: ROBOTO });
    // Documents carry user text: never fetch a URL nor read a file other than the fonts.
    pdf.setUrlAccessPolicy(() => false);
    pdf.setLocalAccessPolicy((path) => FONT_FILES.has(path));
    return pdf;
  });
  return loaded;
}

/** Renders a document with pdfmake 0.3's server API (`createPdf(…).getBuffer()`). */
export async function renderPdf(definition: PdfDefinition): Promise<Buffer> {
  return (await pdfmake())
    .createPdf({ ...definition, defaultStyle: { font: "Roboto", ...definition.defaultStyle } })
    .getBuffer();
}
