import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, it } from "node:test";
import { assertAccessible, useJourney } from "./support.ts";

const j = useJourney();

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe("office journey", () => {
  it("a registrar enters a paper complaint in Russian, sees the number and downloads the talon", async () => {
    const context = await j.browser.newContext({ locale: "ru-RU" });
    const page = await context.newPage();
    await page.goto(`${j.server.url}/ru/sign-in`);
    await page.getByLabel("ИИН или имя пользователя").fill("registrar.akmola-edu");
    await page.getByLabel("Пароль").fill("demo");
    await page.getByRole("button", { name: "Войти" }).click();

    await page.goto(`${j.server.url}/ru/office/complaints/new`);
    assert.equal(await page.locator("h1").innerText(), "Ввод бумажной жалобы");
    await assertAccessible(page, "office intake form (ru)");
    // The cursor starts in the applicant's surname: the registrar types the paper top to bottom.
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute("name")),
      "applicant.surname",
    );
    await page.keyboard.type("Ахметова");
    await page.getByLabel("Имя заявителя").fill("Динара");
    await page.getByLabel("Отчество (при наличии)").fill("Серікқызы");
    await page.getByLabel("ИИН заявителя").fill("850315450012");
    await page.getByLabel("Почтовый адрес").fill("г. Кокшетау, ул. Акан серы, 3");
    await page.getByLabel("Контактные телефоны (при наличии)").fill("+77029876543");
    await page.locator('[name="respondent.officials.0.position"]').fill("Главный специалист");
    await page.locator('[name="respondent.officials.0.surname"]').fill("Оспанов");
    await page.locator('[name="respondent.officials.0.name"]').fill("Ерлан");
    await page.getByLabel("Нарушение сроков оказания услуги").check();
    await page.getByLabel("Причины обжалования").fill("Нарушен срок постановки ребёнка в очередь.");
    await page.getByLabel("Требования заявителя").fill("Поставить ребёнка в очередь.");
    await page
      .locator('[name="scans"]')
      .setInputFiles({ name: "zhaloba.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Зарегистрировать и выдать талон" }).click();

    // A mistyped IIN: the summary names the field, the typed values and the scan are kept.
    const summary = page.locator(".govuk-error-summary");
    assert.match(await summary.innerText(), /ИИН заявителя: /);
    await assertAccessible(page, "office intake form with an error (ru)");
    assert.equal(await page.getByLabel("Фамилия заявителя").inputValue(), "Ахметова");
    assert.match(await page.locator("main").innerText(), /zhaloba\.pdf/);
    await summary.getByRole("link").first().click();
    await page.getByLabel("ИИН заявителя").fill("850315450011");
    await page.getByRole("button", { name: "Зарегистрировать и выдать талон" }).click();

    const number = await page.locator("#registration-number").innerText();
    assert.match(number, /^AKMOLA-EDU-2026-\d{5}$/);
    assert.match(await page.locator("#answer-by").innerText(), /2026/);
    await assertAccessible(page, "office result (ru)");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Скачать талон (PDF)" }).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-");
    assert.equal(download.suggestedFilename(), `talon-${number}.pdf`);

    await page.getByRole("link", { name: "Следующая бумажная жалоба" }).click();
    assert.equal(await page.getByLabel("Фамилия заявителя").inputValue(), "");
    await page.goto(`${j.server.url}/ru/office`);
    assert.match(await page.locator("main").innerText(), new RegExp(number));
    await assertAccessible(page, "office today (ru)");
    await context.close();
  });

  it("anyone checks the status with the number and the check code, in Kazakh", async () => {
    const context = await j.browser.newContext({ locale: "kk-KZ" });
    const page = await context.newPage();
    await page.goto(`${j.server.url}/kk/status`);
    await assertAccessible(page, "status form (kk)");
    await page.getByLabel("Тіркеу нөмірі").fill("AKMOLA-EDU-2026-99999");
    await page.getByLabel("Тексеру коды").fill("ABCDEFGH");
    await page.getByRole("button", { name: "Тексеру" }).click();
    assert.match(await page.locator(".govuk-error-summary").innerText(), /табылмады/);
    await assertAccessible(page, "status not found (kk)");
    await context.close();
  });
});
