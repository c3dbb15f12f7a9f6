import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { count } from "drizzle-orm";
import { complaints } from "../../src/db/schema.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, completeDraft, validComplaint } from "../support/complaints.ts";
import { startSmsGateway } from "../support/sms-gateway.ts";

/**
 * PORTAL_SESSION_SIGNING off (production's default): the portal offers only an SMS code and EDS;
 * the tick box is gone from the declaration page and a filing without a signature is refused with
 * a field error, on the page and in the API. (On, the demo world's default, is what the portal
 * filing tests use.)
 */

let t: TestApp;
let sms: Awaited<ReturnType<typeof startSmsGateway>>;
const clock = new Date("2026-11-20T05:00:00Z");
before(async () => {
  t = await testApp({ PORTAL_SESSION_SIGNING: "off" });
  sms = await startSmsGateway(t.db, () => clock);
});
after(async () => {
  await sms.close();
  await t.close();
});

const complaintCount = async () => (await t.db.select({ n: count() }).from(complaints))[0]!.n;

describe("without the tick-box signature", () => {
  it("the API refuses a filing without a signature (422 signature_required) and files one signed by SMS code", async () => {
    const citizen = await apiAs(t, "900101300126");
    const before = await complaintCount();
    const refused = await citizen.post("/api/v1/complaints", validComplaint(), { "accept-language": "ru" });
    assert.equal(refused.status, 422);
    const problem = (await refused.json()) as { errors: { field: string; code: string; message: string }[] };
    assert.deepEqual(
      problem.errors.map((e) => [e.field, e.code]),
      [["signature", "signature_required"]],
    );
    assert.match(problem.errors[0]!.message, /Подпишите жалобу кодом из SMS или ЭЦП/);
    assert.equal(await complaintCount(), before);

    const body = validComplaint();
    const sent = (await (await citizen.post("/api/v1/signatures/sms", { complaint: body })).json()) as {
      challengeId: string;
    };
    const code = await sms.codeFor("+77011234567");
    const filed = await citizen.post("/api/v1/complaints", {
      ...body,
      signature: { method: "sms_otp", challengeId: sent.challengeId, code },
    });
    assert.equal(filed.status, 201);
    assert.equal(((await filed.json()) as { signature: { method: string } }).signature.method, "sms_otp");
  });

  it("the declaration page offers no tick box, and a ticked box posted anyway files nothing", async () => {
    const draftId = await completeDraft(t.db, "850315450011", clock);
    const client = new Client(t.app);
    await client.signIn("850315450011", "demo", "en");
    const page = await client.get(`/en/complaints/new/${draftId}/declaration`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.doesNotMatch(html, /name="confirm"/);
    assert.match(html, /Send the code|name="method" value="sms_otp"/, "the SMS code is offered");
    assert.match(html, new RegExp(`/en/complaints/new/${draftId}/declaration/eds`), "and EDS");
    const sha256 = /name="sha256" value="([0-9a-f]{64})"/.exec(html)![1]!;

    const before = await complaintCount();
    const res = await client.postForm(`/en/complaints/new/${draftId}/declaration`, {
      confirm: "yes",
      sha256,
    });
    assert.equal(res.status, 422);
    const again = await res.text();
    assert.match(again, /<title>Error: /);
    assert.match(again, /href="#sms"[^>]*>Sign the complaint with an SMS code or EDS/);
    assert.equal(await complaintCount(), before);
  });
});
