import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname } from "node:path";
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

let loaded: Promise<typeof Pdfmake> | undefined;
/**
 * pdfmake, imported and configured on first use: a process that renders no document (a worker, a
 * test of other things) does not pay its ~0.3 s of imports at start.
 */
function pdfmake(): Promise<typeof Pdfmake> {
  if (!loaded) shareParsedFonts();
  loaded ??= import("pdfmake").then(({ default: pdf }) => {
    // pdfmake's server build has a virtual file system its types do not declare.
    const { virtualfs } = pdf as unknown as {
      virtualfs: { writeFileSync: (name: string, bytes: Buffer) => void };
    };
    // The fonts are read once, into pdfmake's virtual file system: every document gets the same
    // buffers, so the fonts parsed from them are shared too.
    const files = Object.fromEntries(
      Object.entries(ROBOTO).map(([style, path]) => {
        const name = `fonts/${basename(path)}`;
        virtualfs.writeFileSync(name, readFileSync(path));
        return [style, name];
      }),
    );
    pdf.addFonts({ Roboto: files });
    // Documents carry user text: never fetch a URL nor read a local file.
    pdf.setUrlAccessPolicy(() => false);
    pdf.setLocalAccessPolicy(() => false);
    return pdf;
  });
  return loaded;
}

type Font = {
  layout: (text: string, ...options: unknown[]) => { glyphs: unknown[]; positions: object[] };
  createSubset: () => unknown;
};

/**
 * pdfkit parses a font anew for every document (`fontkit.create` on the file's bytes), and
 * decoding its layout tables was most of a talon's time. Before pdfkit is first loaded, its
 * `require("fontkit")` is given a copy of fontkit whose `create` hands back the font already
 * parsed from the same bytes: documents only read a parsed font, synchronously, so one serves
 * them all (the subset embedded in each document stays the document's own).
 */
function shareParsedFonts() {
  const pdfkit = require.resolve("pdfkit", { paths: [dirname(require.resolve("pdfmake"))] });
  const path = require.resolve("fontkit", { paths: [dirname(pdfkit)] });
  const fontkit = require(path) as { create: (bytes: Uint8Array, family?: string) => unknown };
  const parsed = new WeakMap<Uint8Array, Map<string | undefined, Font>>();
  const create = (bytes: Uint8Array, family?: string) => {
    const byFamily = parsed.get(bytes) ?? new Map<string | undefined, Font>();
    parsed.set(bytes, byFamily);
    if (!byFamily.has(family)) {
      const font = withLayoutCache(fontkit.create(bytes, family) as Font);
      // Subsets come from a second parsed copy: embedding a composite glyph (Cyrillic А is Latin
      // A placed) creates its parts' glyphs without code points, and the layouts of later
      // documents would take those glyphs — and their empty text — from a font they shared.
      const embedding = fontkit.create(bytes, family) as Font;
      font.createSubset = () => embedding.createSubset();
      byFamily.set(family, font);
    }
    return byFamily.get(family);
  };
  const cached = require.cache[path];
  if (cached && !require.cache[pdfkit]) cached.exports = { ...fontkit, create };
}

const LAYOUTS = 20_000;

/**
 * Shaping a word (GSUB and GPOS lookups) was the next largest cost, and pdfkit caches a word's
 * layout per document only. The shared font keeps the last `LAYOUTS` words shaped with the
 * default features and hands out copies, since pdfkit scales the positions it gets in place.
 */
function withLayoutCache(font: Font): Font {
  const layout = font.layout.bind(font);
  const runs = new Map<string, ReturnType<Font["layout"]>>();
  const copy = <T extends object>(o: T): T => Object.assign(Object.create(Object.getPrototypeOf(o)), o);
  font.layout = (text, ...options) => {
    if (options.some((o) => o !== undefined)) return layout(text, ...options);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= LAYOUTS) runs.clear();
      run = layout(text);
      runs.set(text, run);
    }
    return Object.assign(copy(run), { glyphs: [...run.glyphs], positions: run.positions.map(copy) });
  };
  return font;
}

/** Renders a document with pdfmake 0.3's server API (`createPdf(…).getBuffer()`). */
export async function renderPdf(definition: PdfDefinition): Promise<Buffer> {
  return (await pdfmake())
    .createPdf({ ...definition, defaultStyle: { font: "Roboto", ...definition.defaultStyle } })
    .getBuffer();
}

type Rect = { type: "rect"; x: number; y: number; w: number; h: number; color: string };

/**
 * A QR code (pdfmake's encoder) as a canvas of few vectors: its light square, and the dark
 * modules joined into rectangles — runs along each row, a run carried down while the rows below
 * repeat it. pdfmake's own `qr` node draws every dark module as a rectangle of its own (about 800
 * on a talon), each with its own colour and fill operators.
 */
export function qrCanvas(text: string, fit: number): { canvas: Rect[] } {
  const qr = require("pdfmake/js/qrEnc.js").default as {
    measure: (node: object) => { _canvas: Rect[] };
  };
  const [light, ...dark] = qr.measure({ qr: text, fit, eccLevel: "M" })._canvas;
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  for (let i = 0; i < dark.length; ) {
    const { y } = dark[i]!;
    const row = new Map<string, Rect>();
    while (i < dark.length && dark[i]!.y === y) {
      const first = dark[i]!;
      let end = first.x + first.w;
      for (i++; i < dark.length && dark[i]!.y === y && dark[i]!.x === end; i++) end += dark[i]!.w;
      const key = `${first.x}:${end}`;
      const above = open.get(key);
      if (above && above.y + above.h === y) {
        above.h += first.h;
        open.delete(key);
        row.set(key, above);
      } else row.set(key, { ...first, w: end - first.x });
    }
    done.push(...open.values());
    open = row;
  }
  done.push(...open.values());
  return { canvas: [light!, ...done] };
}
