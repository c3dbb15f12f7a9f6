import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertAccessible, useJourney } from "./support.ts";

const j = useJourney();

describe("foundation journey", () => {
  it("switches Қазақша → Русский → English, signs the citizen in and out, with no serious axe violation", async () => {
    const context = await j.browser.newContext({ locale: "kk-KZ" });
    const page = await context.newPage();
    await page.goto(`${j.server.url}/`);
    assert.equal(new URL(page.url()).pathname, "/kk");
    assert.equal(await page.getAttribute("html", "lang"), "kk");
    await assertAccessible(page, "home (kk)");

    await page.getByRole("link", { name: "Русский" }).click();
    assert.equal(await page.getAttribute("html", "lang"), "ru");
    assert.match(await page.locator("h1").innerText(), /Обжалование/);
    await assertAccessible(page, "home (ru)");

    await page.getByRole("link", { name: "English" }).click();
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.match(await page.locator("h1").innerText(), /Appeal a public service/);

    await page.getByRole("link", { name: "Sign in" }).first().click();
    await assertAccessible(page, "sign-in (en)");
    await page.getByLabel("IIN or user name").fill("900101300126");
    await page.getByLabel("Password").fill("demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    assert.match(await page.locator("body").innerText(), /Сейтқали Нұрлан Маратұлы/);
    await assertAccessible(page, "cabinet (en)");

    await page.getByRole("button", { name: "Sign out" }).click();
    assert.match(page.url(), /\/en\/sign-in\?signedOut=1$/);
    assert.match(await page.locator("body").innerText(), /You have signed out/);
    await context.close();
  });
});
