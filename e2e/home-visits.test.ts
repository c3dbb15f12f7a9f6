import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { assertAccessible, fillDate, signIn, useJourney } from "./support.ts";

const j = useJourney();
const require = createRequire(import.meta.url);
const ARTIFACTS = new URL("./artifacts/", import.meta.url);

/**
 * Renders page 1 of a PDF with pdf.js in Chromium's canvas (pdf.js served from node_modules on a
 * made-up origin) and measures the ink where the first glyph of `word` is drawn: a letter the font
 * lacks would leave that box blank however perfect the extracted text is.
 */
async function renderPdf(page: Page, pdf: Buffer, word: string) {
  const files: Record<string, string> = {
    "/pdf.min.mjs": require.resolve("pdfjs-dist/build/pdf.min.mjs"),
    "/pdf.worker.min.mjs": require.resolve("pdfjs-dist/build/pdf.worker.min.mjs"),
  };
  await page.route("http://pdfjs.test/**", (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = files[path];
    if (file) return route.fulfill({ contentType: "text/javascript", body: readFileSync(file) });
    return route.fulfill({
      contentType: "text/html",
      body: "<!doctype html><title>pdf</title><canvas id=c></canvas>",
    });
  });
  await page.goto("http://pdfjs.test/");
  return page.evaluate(
    async ({ data, word }) => {
      const pdfjs = await import("http://pdfjs.test/pdf.min.mjs" as string);
      pdfjs.GlobalWorkerOptions.workerSrc = "http://pdfjs.test/pdf.worker.min.mjs";
      const bytes = Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0));
      const doc = await pdfjs.getDocument({ data: bytes }).promise;
      const p = await doc.getPage(1);
      const viewport = p.getViewport({ scale: 2 });
      const canvas = document.getElementById("c") as HTMLCanvasElement;
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      const ctx = canvas.getContext("2d")!;
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      await p.render({ canvasContext: ctx, viewport, canvas }).promise;
      const text = await p.getTextContent();
      const item = text.items.find((i: { str?: string }) => i.str?.includes(word)) as
        | { str: string; transform: number[]; width: number; height: number }
        | undefined;
      if (!item)
        return {
          found: false,
          ink: 0,
          area: 0,
          text: text.items.map((i: { str?: string }) => i.str).join(" "),
        };
      const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
      const glyph = (item.width / item.str.length) * 2 * 0.9;
      const h = item.height * 2;
      const box = ctx.getImageData(
        Math.floor(x),
        Math.floor(y - h),
        Math.max(1, Math.ceil(glyph)),
        Math.ceil(h),
      );
      let ink = 0;
      for (let k = 0; k < box.data.length; k += 4) if (box.data[k]! < 128) ink++;
      return { found: true, ink, area: box.width * box.height, text: "" };
    },
    { data: pdf.toString("base64"), word },
  );
}

describe("home-visit journey", () => {
  it("the operator records a request, the branch head schedules it, the day sheet prints Kazakh, the status shows the day", async () => {
    // 1. The contact centre takes the call.
    const operatorContext = await j.browser.newContext({ locale: "ru-RU" });
    const operator = await operatorContext.newPage();
    await signIn(j, operator, "ru", "operator.1414");
    await operator.goto(`${j.server.url}/ru/contact-centre`);
    await operator.getByRole("link", { name: "Выезды на дом" }).first().click();
    await operator.getByRole("link", { name: "Записать заявку" }).click();
    assert.equal(await operator.locator("h1").innerText(), "Заявка на выезд на дом");
    await assertAccessible(operator, "home-visit request form (ru)");
    await operator.getByLabel("Фамилия").fill("Жақсыбекова");
    await operator.getByLabel("Имя", { exact: true }).fill("Гүлшат");
    await operator.getByLabel("ИИН").fill("123");
    await operator.getByLabel("Телефоны").fill("+7 701 555 03 03");
    await operator.getByLabel("Область или город").selectOption("11");
    await operator.getByLabel("Район").fill("Көкшетау");
    await operator
      .getByLabel("Адрес (населённый пункт, улица, дом, квартира)")
      .fill("Көкшетау қ., Абай к-сі 12, 4 пәтер");
    await operator.getByLabel("Государственная услуга").selectOption("SOC-02");
    await operator.getByLabel("Что ограничивает подвижность").fill("Арбамен жүреді");
    await operator.getByLabel("Қазақша").check();
    await operator.getByRole("button", { name: "Записать заявку" }).click();
    // A mistyped IIN: the summary links the field, the rest is kept.
    const summary = operator.locator(".govuk-error-summary");
    assert.match(await summary.innerText(), /ИИН|Жеке|IIN|ИИН/i);
    await assertAccessible(operator, "home-visit request form with an error (ru)");
    assert.equal(await operator.getByLabel("Фамилия").inputValue(), "Жақсыбекова");
    await operator.getByLabel("ИИН").fill("720512400008");
    await operator.getByRole("button", { name: "Записать заявку" }).click();
    const reference = (await operator.locator("[data-reference]").innerText()).trim();
    assert.match(reference, /^HV-[A-Z0-9]{6}$/);
    assert.match(await operator.locator("#visit-due").innerText(), /27 ноября 2026/);
    await assertAccessible(operator, "home-visit recorded (ru)");
    await operatorContext.close();

    // 2. The Akmola branch head books it.
    const headContext = await j.browser.newContext({ locale: "kk-KZ" });
    const head = await headContext.newPage();
    await signIn(j, head, "kk", "head.gov4c-akmola");
    await head.goto(`${j.server.url}/kk/home-visits`);
    await assertAccessible(head, "branch visit list (kk)");
    await head.getByRole("link", { name: reference }).click();
    await fillDate(head, "date", "2026-11-24");
    await head.getByLabel("Уақыт аралығы").selectOption("09:00-12:00");
    await head.getByLabel("Қызметкер").selectOption({ label: "Сәрсенбаев Ғалым" });
    await head.getByRole("button", { name: "Баруды жоспарлау" }).click();
    assert.match(await head.locator("#visit-day").innerText(), /24 қараша/);
    await assertAccessible(head, "scheduled visit (kk)");

    // 3. The day sheet, on a phone and as a PDF in Kazakh.
    await head.getByRole("link", { name: "Артқа" }).click();
    await head.getByRole("link", { name: "Күн парағы" }).click();
    await fillDate(head, "date", "2026-11-24");
    await head.getByRole("button", { name: "Күнді көрсету" }).click();
    assert.match(await head.getByTestId("day-sheet").innerText(), new RegExp(reference));
    await assertAccessible(head, "day sheet (kk)");
    await head.setViewportSize({ width: 375, height: 800 });
    const scrollWidth = await head.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 375, `the day sheet fits a phone (${scrollWidth}px)`);
    const href = await head.locator("#day-sheet-kk").getAttribute("href");
    const pdfResponse = await headContext.request.get(`${j.server.url}${href}`);
    assert.equal(pdfResponse.status(), 200);
    const pdf = await pdfResponse.body();
    const viewer = await headContext.newPage();
    const drawn = await renderPdf(viewer, pdf, "Үйге бару парағы");
    assert.ok(drawn.found, `the title is in the PDF: ${drawn.text}`);
    assert.ok(
      drawn.ink > drawn.area * 0.05,
      `the letter Ү is drawn (${drawn.ink} of ${drawn.area} pixels inked)`,
    );
    const address = await renderPdf(viewer, pdf, "Көкшетау қ.");
    assert.ok(address.found && address.ink > address.area * 0.05, "the address's Kazakh letters are drawn");
    mkdirSync(ARTIFACTS, { recursive: true });
    await viewer.locator("#c").screenshot({ path: new URL("day-sheet-kk.png", ARTIFACTS).pathname });
    await headContext.close();

    // 4. The person checks the status by reference and phone.
    const guestContext = await j.browser.newContext({ locale: "kk-KZ" });
    const guest = await guestContext.newPage();
    await guest.goto(`${j.server.url}/kk/status`);
    await guest.locator("#home-visit-status-link").click();
    await assertAccessible(guest, "home-visit status form (kk)");
    await guest.getByLabel("Өтінім нөмірі").fill(reference);
    await guest.getByLabel("Телефон").fill("87015550303");
    await guest.getByRole("button", { name: "Тексеру" }).click();
    assert.match(await guest.locator("#visit-day").innerText(), /24 қараша/);
    assert.doesNotMatch(await guest.locator("main").innerText(), /Жақсыбекова|Абай|Арбамен/);
    await assertAccessible(guest, "home-visit status (kk)");
    await guestContext.close();
  });
});
