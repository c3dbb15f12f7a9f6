import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { type PdfDefinition, qrCanvas, renderPdf } from "../../src/documents/pdf.ts";
import { pdfText } from "../support/pdf.ts";

type Rect = { x: number; y: number; w: number; h: number };
const require = createRequire(import.meta.url);

describe("PDF rendering", () => {
  it("gives the same bytes for a document whether its fonts and words were met before or not", async () => {
    const doc = (text: string): PdfDefinition => ({
      content: [{ text }, { text: `${text} — AV To`, bold: true, fontSize: 14 }],
      info: { creationDate: new Date("2026-01-01T00:00:00Z") },
    });
    const kazakh = "Шағымның қабылданғаны туралы талон: Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі";
    const first = await renderPdf(doc(kazakh));
    await renderPdf(doc("Талон о принятии жалобы, another document between"));
    const again = await renderPdf(doc(kazakh));
    // A word's layout shared between documents and scaled twice would move every glyph.
    assert.ok(first.equals(again));
    assert.ok(first.equals(await renderPdf(doc(kazakh))));
  });

  it("keeps the text of Latin letters after a document of the Cyrillic ones drawn from them", async () => {
    // Roboto's Cyrillic А, Е, М, О are composites of the Latin glyphs: embedding them must not
    // leave those glyphs without their letters for the documents that follow.
    await renderPdf({ content: [{ text: "АМОЕ амое" }, { text: "АМОЕ", bold: true }] });
    const text = await pdfText(await renderPdf({ content: [{ text: "AKMOLA-EDU-2026-00001" }] }));
    assert.equal(text.trim(), "AKMOLA-EDU-2026-00001");
  });

  it("draws the QR code's dark modules, and only them, as joined rectangles", () => {
    const url = "https://shagym.example.kz/kk/status?number=AKMOLA-EDU-2026-00001&code=ABCD2345";
    const modules = (
      require("pdfmake/js/qrEnc.js").default.measure({ qr: url, fit: 120, eccLevel: "M" })._canvas as Rect[]
    ).slice(1);
    const size = modules[0]!.w;
    const [light, ...rects] = qrCanvas(url, 120).canvas;
    assert.ok(rects.length < modules.length / 2, `${rects.length} rectangles for ${modules.length} modules`);
    const cells = new Map<string, number>();
    for (const r of rects)
      for (let y = r.y; y < r.y + r.h; y += size)
        for (let x = r.x; x < r.x + r.w; x += size) cells.set(`${x}:${y}`, (cells.get(`${x}:${y}`) ?? 0) + 1);
    assert.deepEqual([...cells.keys()].sort(), modules.map((m) => `${m.x}:${m.y}`).sort());
    assert.ok(
      [...cells.values()].every((n) => n === 1),
      "no module drawn twice",
    );
    assert.equal(light!.w, light!.h, "the light square");
  });
});
