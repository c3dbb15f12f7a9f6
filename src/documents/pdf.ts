import { createRequire } from "node:module";
import pdfmake from "pdfmake";

/** A pdfmake document definition. */
export type PdfDefinition = Parameters<typeof pdfmake.createPdf>[0];
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

let configured = false;
function configure() {
  if (configured) return;
  pdfmake.addFonts({ Roboto: ROBOTO });
  // Documents carry user text: never fetch a URL nor read a file other than the fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => FONT_FILES.has(path));
  configured = true;
}

/** Renders a document with pdfmake 0.3's server API (`createPdf(…).getBuffer()`). */
export async function renderPdf(definition: PdfDefinition): Promise<Buffer> {
  configure();
  return pdfmake
    .createPdf({ ...definition, defaultStyle: { font: "Roboto", ...definition.defaultStyle } })
    .getBuffer();
}
