import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { apiAs, validComplaint } from "../test/support/complaints.ts";
import { assertAccessible, signIn, useJourney } from "./support.ts";

const j = useJourney();

async function file(extra: Record<string, unknown> = {}) {
  const citizen = await apiAs(j.server, "900101300126");
  const res = await citizen.post("/api/v1/complaints", validComplaint(extra));
  assert.equal(res.status, 201);
  return ((await res.json()) as { id: string }).id;
}

const actionsOn = (page: Page) =>
  page.locator("form[data-action]").evaluateAll((forms) => forms.map((f) => f.getAttribute("data-action")));

describe("the procedure in the browser", () => {
  it("the head of the appealed body sees only a favourable act and forwarding, and forwards the case", async () => {
    const id = await file();
    const registrar = await apiAs(j.server, "registrar.akmola-edu");
    assert.equal((await registrar.post(`/api/v1/complaints/${id}/register`, {})).status, 200);

    const context = await j.browser.newContext({ locale: "kk-KZ" });
    const head = await context.newPage();
    await signIn(j, head, "kk", "head.akmola-edu");
    await head.goto(`${j.server.url}/kk/staff/complaints/${id}`);
    await assertAccessible(head, "the appealed body's head (kk)");
    const actions = await actionsOn(head);
    assert.ok(actions.includes("favourable_act") && actions.includes("forward"));
    for (const never of ["decide", "leave_without_consideration", "extend", "redirect"])
      assert.ok(!actions.includes(never), `${never} is not offered to the appealed body`);
    await head.locator("form[data-action=forward] button").click();
    assert.match(await head.locator("[data-testid=status]").innerText(), /жіберілді/i);
    await context.close();
  });

  it("a quality department redirects a misaddressed complaint, without JavaScript", async () => {
    const id = await file({ addressee: { kind: "quality_authority", organizationId: "quality-karaganda" } });
    const context = await j.browser.newContext({ locale: "ru-RU", javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(j, page, "ru", "registrar.quality-karaganda");
    await page.goto(`${j.server.url}/ru/staff/complaints/${id}`);
    const form = page.locator("form[data-action=redirect]");
    assert.equal(await form.locator("#redirect-organizationId").inputValue(), "quality-akmola", "proposed");
    await form.locator("button").click();
    assert.equal(
      await page.locator('.govuk-error-summary a[href="#redirect-reason"]').count(),
      1,
      "a reason is required",
    );
    await page.locator("#redirect-reason").fill("Обжалуемый орган находится в Акмолинской области");
    await page.locator("form[data-action=redirect] button").click();
    await page.waitForURL(/done=redirect/);
    const text = await page.locator("main").innerText();
    assert.match(text, /Перенаправлена в компетентный орган/);
    await context.close();

    // The Akmola department now holds it and registers it (checked with axe, JavaScript on).
    const akmola = await j.browser.newContext({ locale: "ru-RU" });
    const staff = await akmola.newPage();
    await signIn(j, staff, "ru", "registrar.quality-akmola");
    await staff.goto(`${j.server.url}/ru/staff/complaints/${id}`);
    await assertAccessible(staff, "the competent department's complaint page (ru)");
    await staff.locator("form[data-action=register] button").click();
    assert.match(await staff.locator("[data-testid=status]").innerText(), /Зарегистрирована/);
    await akmola.close();
  });
});
