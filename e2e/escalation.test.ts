import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { apiAs, validComplaint } from "../test/support/complaints.ts";
import { assertAccessible, signIn, useJourney } from "./support.ts";

const j = useJourney();

/** Filed, forwarded to the akimat and decided there, through the API. */
async function decided(): Promise<string> {
  const as = (login: string) => apiAs(j.server, login);
  const filed = await (await as("900101300126")).post("/api/v1/complaints", validComplaint());
  const { id } = (await filed.json()) as { id: string };
  for (const [login, path, body] of [
    ["registrar.akmola-edu", "register", {}],
    ["head.akmola-edu", "forward", {}],
    ["registrar.akmola-akimat", "register", {}],
    ["head.akmola-akimat", "decision", { outcome: "not_satisfied", text: "Мерзім бұзылмаған." }],
  ] as const) {
    const res = await (await as(login)).post(`/api/v1/complaints/${id}/${path}`, body);
    assert.equal(res.status, 200, `${path}: ${await res.text()}`);
  }
  return id;
}

describe("escalation journey", () => {
  it("the applicant appeals a decision to the quality department from the complaint page", async () => {
    const id = await decided();
    const context = await j.browser.newContext({ locale: "kk-KZ" });
    const page = await context.newPage();
    await signIn(j, page, "kk", "900101300126");
    await page.goto(`${j.server.url}/kk/complaints/${id}`);
    await page.locator(`a[href="/kk/complaints/${id}/escalate"]`).click();
    assert.equal(new URL(page.url()).pathname, `/kk/complaints/${id}/escalate`);
    assert.match(await page.locator("#department").innerText(), /Ақмола облысы бойынша департаменті/);
    await assertAccessible(page, "escalation page (kk)");

    await page.locator("form[action$='/escalate'] button[type=submit]").click();
    assert.equal(await page.locator('.govuk-error-summary a[href="#reasons"]').count(), 1);
    assert.equal(await page.locator('.govuk-error-summary a[href="#confirm"]').count(), 1);
    await assertAccessible(page, "escalation page with errors (kk)");

    await page.locator("#reasons").fill("Кезекке қою мерзімі бұзылды.");
    await page.locator("#demands").fill("Баланы кезекке қоюды сұраймын.");
    await page.locator("#confirm").check();
    await page.locator("form[action$='/escalate'] button[type=submit]").click();
    assert.match(new URL(page.url()).pathname, /^\/kk\/complaints\/[0-9a-f-]{36}\/escalated$/);
    assert.equal(await page.locator(".govuk-panel--confirmation").count(), 1);
    await assertAccessible(page, "escalation confirmation (kk)");
    await context.close();
  });
});
