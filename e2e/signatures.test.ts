import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { desc, eq } from "drizzle-orm";
import { complaints, outbox } from "../src/db/schema.ts";
import { t } from "../src/i18n/index.ts";
import { completeDraft } from "../test/support/complaints.ts";
import { assertAccessible, signIn, useJourney } from "./support.ts";

const j = useJourney();
const ru = (key: string, params?: Record<string, string | number>) => t("ru", key, params);

/** A complete draft of the demo citizen, as the question pages leave it. */
const draft = () => completeDraft(j.server.db, "900101300126", new Date("2026-11-20T05:00:00Z"));

describe("signing journeys", () => {
  it("a citizen signs with an SMS code with JavaScript disabled", async () => {
    const id = await draft();
    const context = await j.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(j, page, "ru", "900101300126");
    await page.goto(`${j.server.url}/ru/complaints/new/${id}/declaration`);
    await page.getByRole("button", { name: ru("signature.sms.send") }).click();
    await page.locator("[data-test=code-sent]").waitFor();
    // The SMS is in the outbox (the demo mailbox shows it): its code.
    const [sms] = await j.server.db
      .select()
      .from(outbox)
      .where(eq(outbox.template, "sms.signCode"))
      .orderBy(desc(outbox.id))
      .limit(1);
    const code = String(sms!.params.code);
    await page.locator("#code").fill(code === "000000" ? "111111" : "000000");
    await page.locator("form:has(input[name=method][value=sms_otp]) button[type=submit]").click();
    await page.locator(".govuk-error-summary").waitFor();
    assert.match(
      await page.locator(".govuk-error-summary").innerText(),
      new RegExp(ru("field.sms_code_wrong")),
    );
    await page.locator("#code").fill(code);
    await page.locator("form:has(input[name=method][value=sms_otp]) button[type=submit]").click();
    await page.waitForURL(/\/submitted$/);
    const complaintId = /complaints\/([0-9a-f-]{36})\/submitted/.exec(page.url())![1]!;
    const [row] = await j.server.db.select().from(complaints).where(eq(complaints.id, complaintId));
    assert.equal(row!.signature!.method, "sms_otp");
    await page.goto(`${j.server.url}/ru/complaints/${complaintId}`);
    assert.match(await page.locator("[data-test=signature]").innerText(), /\+7 701 ••• •• 67/);
    await context.close();
  });

  it("the declaration and EDS pages pass axe; the EDS page explains what to do when NCALayer is not running", async () => {
    const id = await draft();
    const context = await j.browser.newContext();
    const page = await context.newPage();
    await signIn(j, page, "ru", "900101300126");
    await page.goto(`${j.server.url}/ru/complaints/new/${id}/declaration`);
    await assertAccessible(page, "declaration with SMS signing");
    await page.getByRole("link", { name: ru("signature.eds.link") }).click();
    await page.waitForURL(/\/declaration\/eds$/);
    const help = await page.locator("[data-test=ncalayer-help]").innerText();
    assert.match(help, new RegExp(ru("signature.eds.ncalayerTitle")));
    assert.match(help, /pki\.gov\.kz/);
    await assertAccessible(page, "EDS page");
    // No NCALayer on this machine: the enhanced button says so, the pasted-CMS form stays.
    await page.getByRole("button", { name: ru("signature.eds.withNcalayer") }).click();
    await page.locator("[data-ncalayer-down]").waitFor({ state: "visible" });
    await page.getByRole("button", { name: ru("signature.eds.submit") }).click();
    await page.locator(".govuk-error-summary").waitFor();
    assert.ok((await page.locator(".govuk-error-summary").innerText()).includes(ru("field.eds_required")));
    await assertAccessible(page, "EDS page with an error");
    await context.close();
  });
});
