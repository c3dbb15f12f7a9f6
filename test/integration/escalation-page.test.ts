import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { count, eq } from "drizzle-orm";
import { complaints, organizations } from "../../src/db/schema.ts";
import { t } from "../../src/i18n/index.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, ok, tinyPdf, validComplaint } from "../support/complaints.ts";

let t0: TestApp;
before(async () => {
  t0 = await testApp();
});
after(() => t0.close());

const CITIZEN = "900101300126";

/** A complaint with a file, forwarded to the akimat and decided there (through the API). */
async function decidedComplaint(): Promise<string> {
  const citizen = await apiAs(t0, CITIZEN);
  const upload = await ok<{ id: string }>(await citizen.upload("шешім-көшірмесі.pdf", tinyPdf()), 201);
  const { id } = await ok<{ id: string }>(
    await citizen.post("/api/v1/complaints", validComplaint({ attachmentIds: [upload.id] })),
    201,
  );
  await ok(await (await apiAs(t0, "registrar.akmola-edu")).post(`/api/v1/complaints/${id}/register`, {}));
  await ok(
    await (await apiAs(t0, "head.akmola-edu")).post(`/api/v1/complaints/${id}/forward`, {
      explanation: "Кезек тәртібі сақталды",
    }),
  );
  await ok(await (await apiAs(t0, "registrar.akmola-akimat")).post(`/api/v1/complaints/${id}/register`, {}));
  await ok(
    await (await apiAs(t0, "head.akmola-akimat")).post(`/api/v1/complaints/${id}/decision`, {
      outcome: "not_satisfied",
      text: "Кезекке қою мерзімі бұзылмаған.",
    }),
  );
  return id;
}

const complaintCount = async () => (await t0.db.select({ n: count() }).from(complaints))[0]!.n;

async function signedIn(login: string) {
  const client = new Client(t0.app);
  assert.equal((await client.signIn(login)).status, 303);
  return client;
}

describe("the applicant's escalation page (no JavaScript)", () => {
  it("shows what goes where, refuses an incomplete form, sends once, and hides it from others", async () => {
    t0.setNow("2026-11-20T05:00:00Z");
    const id = await decidedComplaint();
    t0.setNow("2026-11-23T06:00:00Z");
    const client = await signedIn(CITIZEN);

    const complaintPage = await (await client.get(`/kk/complaints/${id}`)).text();
    assert.ok(complaintPage.includes(`href="/kk/complaints/${id}/escalate"`), "the link after a decision");

    const page = await client.get(`/kk/complaints/${id}/escalate`);
    const html = await page.text();
    assert.equal(page.status, 200, html);
    const [quality] = await t0.db.select().from(organizations).where(eq(organizations.id, "quality-akmola"));
    assert.ok(html.includes(quality!.nameKk), "names the Akmola department");
    assert.ok(html.includes(quality!.addressKk!), "with its address");
    assert.match(html, /Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің Ақмола облысы/);
    assert.ok(html.includes("шешім-көшірмесі.pdf"), "the attachment that travels");
    assert.ok(html.includes("Кезекке қою мерзімі бұзылмаған."), "the decision appealed");
    assert.ok(html.includes(t("kk", "outcome.not_satisfied")));
    assert.ok(html.includes("15 жұмыс күні"));
    assert.match(html, /name="_csrf" value="[^"]+"/);
    const key = /name="idempotencyKey" value="([^"]+)"/.exec(html)?.[1];
    assert.ok(key, "the form carries its own token");

    const before = await complaintCount();
    const missing = await client.postForm(`/kk/complaints/${id}/escalate`, {
      idempotencyKey: key,
      reasons: " ",
      demands: "Шешімді қайта қарауды сұраймын.",
      confirm: "yes",
    });
    const missingHtml = await missing.text();
    assert.equal(missing.status, 422);
    assert.ok(missingHtml.includes("govuk-error-summary"));
    assert.ok(missingHtml.includes('href="#reasons"'), "the summary links the field");
    assert.ok(missingHtml.includes('id="reasons-error"'), "the inline message");
    assert.ok(missingHtml.includes(t("kk", "field.reasons.required")));
    assert.ok(missingHtml.includes("Шешімді қайта қарауды сұраймын."), "what was typed is kept");
    assert.equal(await complaintCount(), before, "nothing created");

    const noCsrf = await client.postForm(
      `/kk/complaints/${id}/escalate`,
      { idempotencyKey: key, reasons: "a", demands: "b", confirm: "yes" },
      { withCsrf: false },
    );
    assert.equal(noCsrf.status, 403);

    await client.get(`/kk/complaints/${id}/escalate`);
    const fields = {
      idempotencyKey: key,
      reasons: "Кезекке қою мерзімі бұзылды: өтініш 1 қарашада берілген.",
      demands: "Баланы кезекке қоюды сұраймын.",
      confirm: "yes",
    };
    const sent = await client.postForm(`/kk/complaints/${id}/escalate`, fields);
    assert.equal(sent.status, 303);
    const location = sent.headers.get("location")!;
    const newId = /^\/kk\/complaints\/([0-9a-f-]{36})\/escalated$/.exec(location)?.[1];
    assert.ok(newId, location);
    assert.equal(await complaintCount(), before + 1);

    const [created] = await t0.db.select().from(complaints).where(eq(complaints.id, newId));
    assert.equal(created!.escalatedFrom, id);
    assert.equal(created!.holderId, "quality-akmola");
    assert.equal(created!.reasons, fields.reasons);
    const citizen = await apiAs(t0, CITIZEN);
    const original = await ok<{ linkedComplaintIds: string[] }>(
      await citizen.get(`/api/v1/complaints/${id}`),
    );
    assert.deepEqual(original.linkedComplaintIds, [newId], "linked both ways");
    const escalated = await ok<{ escalatedFrom: string; attachments: unknown[] }>(
      await citizen.get(`/api/v1/complaints/${newId}`),
    );
    assert.equal(escalated.escalatedFrom, id);
    assert.equal(escalated.attachments.length, 1, "the file travelled");

    const confirmation = await client.get(location);
    const confirmationHtml = await confirmation.text();
    assert.equal(confirmation.status, 200);
    assert.ok(confirmationHtml.includes("govuk-panel--confirmation"));
    assert.ok(confirmationHtml.includes(`href="/kk/complaints/${newId}"`), "the new complaint's link");
    assert.ok(confirmationHtml.includes(quality!.nameKk));

    // A double click: the same form again creates nothing and lands on the same confirmation.
    const again = await client.postForm(`/kk/complaints/${id}/escalate`, fields);
    assert.equal(again.status, 303);
    assert.equal(again.headers.get("location"), location);
    assert.equal(await complaintCount(), before + 1);

    // Another form after it was sent: the operation's 409, as a page.
    const second = await client.postForm(`/kk/complaints/${id}/escalate`, {
      ...fields,
      idempotencyKey: "another-form",
    });
    const secondHtml = await second.text();
    assert.equal(second.status, 409);
    assert.ok(secondHtml.includes(t("kk", "error.already_escalated")));
    assert.ok(secondHtml.includes(`href="/kk/complaints/${newId}"`));
    assert.equal(await complaintCount(), before + 1);

    const later = await (await client.get(`/kk/complaints/${id}/escalate`)).text();
    assert.ok(!later.includes('name="reasons"'), "no form once it was sent");
    assert.ok(later.includes(t("kk", "error.already_escalated")));
    const complaintAfter = await (await client.get(`/kk/complaints/${id}`)).text();
    assert.ok(!complaintAfter.includes(`href="/kk/complaints/${id}/escalate"`), "no second escalation link");
    assert.ok(complaintAfter.includes(`href="/kk/complaints/${newId}"`), "the link to the one sent");

    // From the quality authority's complaint there is no further appeal but court.
    const fromQuality = await client.postForm(`/ru/complaints/${newId}/escalate`, {
      ...fields,
      idempotencyKey: "third",
    });
    assert.equal(fromQuality.status, 409);

    const other = await signedIn("850315450011");
    assert.equal((await other.get(`/kk/complaints/${id}/escalate`)).status, 404);
    await other.get("/kk/cabinet");
    const otherPost = await other.postForm(`/kk/complaints/${id}/escalate`, {
      ...fields,
      idempotencyKey: "x",
    });
    assert.equal(otherPost.status, 404);
    assert.equal((await other.get(location)).status, 404);
    assert.equal(await complaintCount(), before + 1);
  });

  it("is closed before a result, with the reason in the reader's language", async () => {
    t0.setNow("2026-11-20T05:00:00Z");
    const citizen = await apiAs(t0, CITIZEN);
    const { id } = await ok<{ id: string }>(await citizen.post("/api/v1/complaints", validComplaint()), 201);
    const client = await signedIn(CITIZEN);
    const page = await client.get(`/ru/complaints/${id}/escalate`);
    const html = await page.text();
    assert.equal(page.status, 200);
    assert.ok(html.includes(t("ru", "escalate.notNow")));
    assert.ok(!html.includes('name="reasons"'));
    const complaintPage = await (await client.get(`/ru/complaints/${id}`)).text();
    assert.ok(!complaintPage.includes(`/ru/complaints/${id}/escalate`));
  });
});
