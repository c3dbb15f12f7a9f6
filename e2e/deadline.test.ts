import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertAccessible, fillDate, useJourney } from "./support.ts";

const j = useJourney();

describe("deadline journey", () => {
  it("computes 2025-04-30 + 15 working days → 26 May 2025 with the skipped holidays, accessible, also without JavaScript", async () => {
    // axe needs JavaScript in the page: the pass without it checks the journey only.
    for (const javaScriptEnabled of [true, false]) {
      const check = (label: string) =>
        javaScriptEnabled ? assertAccessible(page, label) : Promise.resolve();
      const context = await j.browser.newContext({ locale: "ru-RU", javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${j.server.url}/ru`);
      await page.getByRole("link", { name: "Проверить срок" }).click();
      assert.equal(new URL(page.url()).pathname, "/ru/deadline");
      await check("deadline form (ru)");

      await fillDate(page, "from", "2025-04-30");
      await page.getByLabel(/^15 рабочих дней/).check();
      await page.getByRole("button", { name: "Рассчитать" }).click();
      assert.match(page.url(), /\/ru\/deadline\?from-day=30&from-month=04&from-year=2025&term=15/);
      assert.equal(await page.getByRole("group", { name: "Дата поступления жалобы" }).count(), 1);

      assert.match(await page.locator("#due-date").innerText(), /26 мая 2025 г\., понедельник/);
      const body = await page.locator("main").innerText();
      assert.match(body, /30 апреля 2025 г\., среда/);
      for (const skipped of [
        "Праздник единства народа Казахстана",
        "День защитника Отечества",
        "День Победы",
      ]) {
        assert.match(body, new RegExp(skipped));
      }
      assert.match(body, /статья 25, пункт 3/);
      assert.doesNotMatch(body, /Предварительно/);
      await check("deadline result (ru)");

      // A day off on receipt moves the registration to the next working day.
      await fillDate(page, "from", "2025-01-03");
      await page.getByLabel(/^5 рабочих дней/).check();
      await page.getByRole("button", { name: "Рассчитать" }).click();
      assert.match(await page.locator("#due-date").innerText(), /13 января 2025/);
      assert.match(await page.locator("main").innerText(), /зарегистрирована 5 января 2025/);

      // Another number of working days, then a wrong one: the error is tied to its field.
      await page.getByLabel("Другое число рабочих дней").check();
      await page.getByLabel("Число рабочих дней", { exact: true }).fill("400");
      await page.getByRole("button", { name: "Рассчитать" }).click();
      assert.match(await page.locator(".govuk-error-summary").innerText(), /от 0 до 366/);
      await check("deadline error (ru)");

      await page.goto(`${j.server.url}/ru/deadline?from-day=30&from-month=4&from-year=2025&term=15`);
      await page.getByRole("link", { name: "Календарь на 2025 год" }).click();
      assert.equal(new URL(page.url()).pathname, "/ru/deadline/year/2025");
      const year = await page.locator("main").innerText();
      assert.match(year, /Рабочих дней: 246/);
      assert.match(year, /Курбан айт/);
      assert.match(year, /Рабочий день \(выходной перенесён на пятницу 3 января\)/);
      assert.equal(await page.locator("table caption").count(), 12);
      await check("year view 2025 (ru)");
      await context.close();
    }
  });

  it("marks a projected year as provisional", async () => {
    const context = await j.browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${j.server.url}/en/deadline?from-day=24&from-month=12&from-year=2027&term=5`);
    assert.match(
      await page.locator("main").innerText(),
      /Provisional: the official calendar may still change/,
    );
    await assertAccessible(page, "provisional result (en)");
    await page.goto(`${j.server.url}/en/deadline/year/2027`);
    assert.match(await page.locator("main").innerText(), /not published yet/);
    await assertAccessible(page, "year view 2027 (en)");
    await context.close();
  });
});
