import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { t } from "../src/i18n/index.ts";
import { assertAccessible, useJourney } from "./support.ts";

const j = useJourney();
let dir: string;
let pdf: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), "shagym-e2e-"));
  pdf = join(dir, "анықтама.pdf");
  writeFileSync(
    pdf,
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  );
});
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const kk = (key: string, params?: Record<string, string | number>) => t("kk", key, params);

/**
 * axe runs inside the page, which a context without JavaScript cannot do: the journey with
 * JavaScript disabled checks behaviour, the same pages are checked by axe in the other journey.
 */
let checkAccessibility = true;
const accessible = (page: Page, label: string) =>
  checkAccessibility ? assertAccessible(page, label) : Promise.resolve();

/** Continues to the next question page, waits for it and checks it with axe. */
async function continueTo(page: Page, label: string) {
  const step = label.split(": ").pop()!;
  await page.getByRole("button", { name: kk("portal.continue") }).click();
  await page.waitForURL(new RegExp(`/${step}$`));
  await accessible(page, label);
}

/** A citizen files in Kazakh, step by step, with a PDF; returns the reference shown on the confirmation. */
async function fileInKazakh(page: Page, label: string): Promise<string> {
  await page.goto(`${j.server.url}/kk/sign-in?next=/kk/complaints/new`);
  await page.locator("input[name=login]").fill("900101300126");
  await page.locator("input[name=password]").fill("demo");
  await page.getByRole("button", { name: kk("signIn.submit") }).click();
  assert.match(page.url(), /\/kk\/complaints\/new$/);
  await accessible(page, `${label}: start`);
  await page.getByRole("button", { name: kk("portal.start.button") }).click();
  await page.waitForURL(/\/respondent$/);
  await accessible(page, `${label}: respondent`);
  // Nothing chosen: the error summary names the question.
  await page.getByRole("button", { name: kk("portal.continue") }).click();
  await page.locator(".govuk-error-summary").waitFor();
  assert.match(
    await page.locator(".govuk-error-summary").innerText(),
    new RegExp(kk("field.respondent.organizationId.required")),
  );
  await accessible(page, `${label}: respondent with an error`);
  await page.getByLabel(kk("portal.respondent.title")).selectOption("akmola-edu");
  await continueTo(page, `${label}: appealed`);

  await page.getByLabel(kk("appealed.body")).check();
  await continueTo(page, `${label}: service`);

  await page.getByLabel(kk("portal.service.title")).selectOption("EDU-01");
  await continueTo(page, `${label}: addressee`);

  await page.getByLabel(new RegExp(`^${kk("addressee.provider_head")}`)).check();
  await continueTo(page, `${label}: officials`);

  const first = page.getByRole("group", { name: kk("portal.officials.first"), exact: true });
  await first.getByLabel(kk("portal.officials.position")).fill("Бас маман");
  await first.getByLabel(kk("portal.officials.surname")).fill("Оспанов");
  await first.getByLabel(kk("portal.officials.name")).fill("Ерлан");
  await continueTo(page, `${label}: grounds`);

  await page.getByLabel(kk("ground.deadline_violation")).check();
  await continueTo(page, `${label}: reasons`);

  await page
    .getByLabel(kk("portal.reasons.title"))
    .fill("Балабақшаға кезекке қою мерзімі бұзылды. <b>маңызды</b>");
  await continueTo(page, `${label}: demands`);

  await page.getByLabel(kk("portal.demands.title")).fill("Баланы кезекке қоюды сұраймын.");
  await continueTo(page, `${label}: learned`);

  await page.getByLabel(kk("portal.date.day")).fill("10");
  await page.getByLabel(kk("portal.date.month")).fill("11");
  await page.getByLabel(kk("portal.date.year")).fill("2026");
  await continueTo(page, `${label}: contacts`);

  assert.match(await page.locator("main").innerText(), /900101300126/);
  await page.getByLabel(kk("portal.contacts.postalAddress")).fill("Көкшетау қ., Абай к-сі 10, 5 пәтер");
  await page.getByLabel(kk("portal.contacts.phones")).fill("+77011234567");
  await continueTo(page, `${label}: attachments`);

  await page.getByLabel(kk("portal.attachments.file")).setInputFiles(pdf);
  await page.getByRole("button", { name: kk("portal.attachments.upload") }).click();
  await page.getByText("анықтама.pdf").first().waitFor();
  await accessible(page, `${label}: attachments with a file`);
  await page.getByRole("button", { name: kk("portal.continue") }).click();
  await page.waitForURL(/\/check$/);
  const check = await page.locator("main").innerText();
  assert.match(check, /<b>маңызды<\/b>/, "markup shown as typed");
  assert.match(check, /анықтама\.pdf/);
  await accessible(page, `${label}: check your answers`);
  await page.getByRole("link", { name: kk("portal.continue") }).click();
  await page.waitForURL(/\/declaration$/);
  await accessible(page, `${label}: declaration`);
  await page.getByLabel(kk("portal.declaration.confirm")).check();
  await page.getByRole("button", { name: kk("portal.declaration.submit") }).click();
  await page.waitForURL(/\/submitted$/);
  assert.equal(await page.locator(".govuk-panel__title").innerText(), kk("portal.submitted.title"));
  const reference = (await page.locator("[data-reference]").innerText()).trim();
  assert.match(reference, /^[0-9A-F]{8}$/);
  await accessible(page, `${label}: confirmation`);

  await page.getByRole("link", { name: kk("portal.submitted.cabinet") }).click();
  await page.waitForURL(/\/kk\/cabinet$/);
  await accessible(page, `${label}: cabinet`);
  const row = page.getByRole("row").filter({ hasText: reference });
  assert.equal(await row.count(), 1, "the complaint is in the cabinet");
  assert.match(await row.innerText(), new RegExp(kk("status.submitted")));
  await row.getByRole("link", { name: reference }).click();
  await page.waitForURL(/\/kk\/complaints\/[0-9a-f-]{36}$/);
  assert.match(await page.locator("h1").innerText(), new RegExp(reference));
  assert.match(await page.locator("main").innerText(), /анықтама\.pdf/);
  await accessible(page, `${label}: complaint page`);
  return reference;
}

describe("filing journeys", () => {
  it("a citizen files in Kazakh with a PDF, sees the reference, finds it in the cabinet (axe on every step)", {
    timeout: 120_000,
  }, async () => {
    const context = await j.browser.newContext({ locale: "kk-KZ" });
    const page = await context.newPage();
    await fileInKazakh(page, "kk");
    await context.close();
  });

  it("the same filing with JavaScript disabled", { timeout: 120_000 }, async () => {
    const context = await j.browser.newContext({ javaScriptEnabled: false, locale: "kk-KZ" });
    const page = await context.newPage();
    checkAccessibility = false;
    const reference = await fileInKazakh(page, "kk, no JavaScript");
    // Withdrawing works without JavaScript too.
    await page.getByRole("link", { name: kk("complaint.withdraw.button") }).click();
    await page.getByLabel(kk("withdraw.reason")).fill("Мәселе шешілді");
    await page.getByRole("button", { name: kk("withdraw.confirm") }).click();
    assert.match(await page.locator("main").innerText(), new RegExp(kk("complaint.withdrawn.notice")));
    await page.goto(`${j.server.url}/kk/cabinet`);
    assert.match(
      await page.getByRole("row").filter({ hasText: reference }).innerText(),
      new RegExp(kk("status.withdrawn")),
    );
    await context.close();
    checkAccessibility = true;
    const withJs = await j.browser.newContext({ locale: "kk-KZ" });
    const help = await withJs.newPage();
    await help.goto(`${j.server.url}/kk/help`);
    await assertAccessible(help, "help (kk)");
    await withJs.close();
  });
});
