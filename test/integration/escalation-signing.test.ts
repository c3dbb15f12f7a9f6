import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { count, eq } from "drizzle-orm";
import { complaints } from "../../src/db/schema.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, ok, validComplaint } from "../support/complaints.ts";
import { signCms, testPki, trustStore } from "../support/pki.ts";
import { startSmsGateway } from "../support/sms-gateway.ts";

/**
 * PORTAL_SESSION_SIGNING off: the applicant's escalation is signed like a filing — an SMS code
 * (through the real HTTP SMS gateway test server) or EDS over the escalation's exact text — on the
 * page and in the API; without one the API answers 422 `signature_required` and nothing is sent.
 * (On, the demo world's default, is what test/integration/escalation-page.test.ts covers.)
 */

const CITIZEN = "900101300126";
const PHONE = "+77011234567";
let t: TestApp;
let sms: Awaited<ReturnType<typeof startSmsGateway>>;
let pki: Awaited<ReturnType<typeof testPki>>;
let trust: ReturnType<typeof trustStore>;
let clock = new Date("2026-11-20T05:00:00Z");
const later = (minutes = 16) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
  t.setNow(clock);
};

before(async () => {
  pki = await testPki("ECDSA", CITIZEN, "850315450011");
  trust = trustStore(pki);
  t = await testApp({ PORTAL_SESSION_SIGNING: "off", EDS_TRUST_DIR: trust.dir });
  t.setNow(clock);
  sms = await startSmsGateway(t.db, () => clock);
});
after(async () => {
  await sms.close();
  await t.close();
  trust.remove();
});

/** A complaint filed with an SMS code, forwarded to the akimat and decided there. */
async function decidedComplaint(): Promise<string> {
  later();
  const citizen = await apiAs(t, CITIZEN);
  const body = validComplaint();
  const sent = await ok<{ challengeId: string }>(
    await citizen.post("/api/v1/signatures/sms", { complaint: body }),
    201,
  );
  const code = await sms.codeFor(PHONE);
  const { id } = await ok<{ id: string }>(
    await citizen.post("/api/v1/complaints", {
      ...body,
      signature: { method: "sms_otp", challengeId: sent.challengeId, code },
    }),
    201,
  );
  await ok(await (await apiAs(t, "registrar.akmola-edu")).post(`/api/v1/complaints/${id}/register`, {}));
  await ok(
    await (await apiAs(t, "head.akmola-edu")).post(`/api/v1/complaints/${id}/forward`, {
      explanation: "Кезек тәртібі сақталды",
    }),
  );
  await ok(await (await apiAs(t, "registrar.akmola-akimat")).post(`/api/v1/complaints/${id}/register`, {}));
  await ok(
    await (await apiAs(t, "head.akmola-akimat")).post(`/api/v1/complaints/${id}/decision`, {
      outcome: "not_satisfied",
      text: "Кезекке қою мерзімі бұзылмаған.",
    }),
  );
  later();
  return id;
}

const complaintCount = async () => (await t.db.select({ n: count() }).from(complaints))[0]!.n;
const escalationOf = async (id: string) =>
  (await t.db.select().from(complaints).where(eq(complaints.escalatedFrom, id)))[0];

const statement = { reasons: "Шешім негізсіз.", demands: "Шешімді қайта қарауды сұраймын." };

describe("escalation signed like the complaint (PORTAL_SESSION_SIGNING off)", () => {
  it("API: refuses without a signature (422 signature_required), then sends one signed by an SMS code", async () => {
    const id = await decidedComplaint();
    const citizen = await apiAs(t, CITIZEN);
    const before = await complaintCount();
    const refused = await citizen.post(`/api/v1/complaints/${id}/escalate`, statement, {
      "accept-language": "ru",
    });
    assert.equal(refused.status, 422);
    const problem = (await refused.json()) as { errors: { field: string; code: string; message: string }[] };
    assert.deepEqual(
      problem.errors.map((e) => [e.field, e.code]),
      [["signature", "signature_required"]],
    );
    assert.equal(await complaintCount(), before);

    const sent = await ok<{ challengeId: string; sha256: string }>(
      await citizen.post(`/api/v1/complaints/${id}/escalate/sms`, statement),
      201,
    );
    const code = await sms.codeFor(PHONE);
    // A code for this text does not sign another one.
    const changed = await citizen.post(`/api/v1/complaints/${id}/escalate`, {
      ...statement,
      demands: `${statement.demands} Және өтемақы.`,
      signature: { method: "sms_otp", challengeId: sent.challengeId, code },
    });
    assert.equal(changed.status, 422);
    assert.equal(
      ((await changed.json()) as { errors: { code: string }[] }).errors[0]!.code,
      "signature_text_changed",
    );
    assert.equal(await complaintCount(), before);

    const signed = { ...statement, signature: { method: "sms_otp", challengeId: sent.challengeId, code } };
    const key = { "idempotency-key": "escalation-1" };
    type View = { id: string; escalatedFrom: string; signature: { method: string; sha256: string } };
    const view = await ok<View>(await citizen.post(`/api/v1/complaints/${id}/escalate`, signed, key), 201);
    assert.equal(view.escalatedFrom, id);
    assert.equal(view.signature.method, "sms_otp");
    assert.equal(view.signature.sha256, sent.sha256);
    // A replay (a lost answer, a double click) gets the first answer, not "cannot escalate now".
    const replay = await ok<View>(await citizen.post(`/api/v1/complaints/${id}/escalate`, signed, key), 201);
    assert.equal(replay.id, view.id);
  });

  it("API: an EDS signature over the escalation's text signs it; another person's certificate does not", async () => {
    const id = await decidedComplaint();
    const citizen = await apiAs(t, CITIZEN);
    const { text, sha256 } = await ok<{ text: string; sha256: string }>(
      await citizen.post(`/api/v1/complaints/${id}/escalate/text`, statement),
    );
    assert.ok(text.includes(statement.reasons));
    const before = await complaintCount();
    const stranger = await citizen.post(`/api/v1/complaints/${id}/escalate`, {
      ...statement,
      signature: { method: "eds_cms", cms: await signCms(text, pki.stranger, [pki.intermediate]) },
    });
    assert.equal(stranger.status, 422);
    assert.deepEqual(
      ((await stranger.json()) as { errors: { field: string; code: string }[] }).errors.map((e) => [
        e.field,
        e.code,
      ]),
      [["signature.cms", "eds_iin"]],
    );
    assert.equal(await complaintCount(), before);
    const view = await ok<{ signature: { method: string; sha256: string; eds: { iin: string } } }>(
      await citizen.post(`/api/v1/complaints/${id}/escalate`, {
        ...statement,
        signature: { method: "eds_cms", cms: await signCms(text, pki.leaf, [pki.intermediate]) },
      }),
      201,
    );
    assert.equal(view.signature.method, "eds_cms");
    assert.equal(view.signature.sha256, sha256);
    assert.equal(view.signature.eds.iin, CITIZEN);
  });

  it("page: no tick box; the text is shown to sign, a wrong code sends nothing, the right one sends it", async () => {
    const id = await decidedComplaint();
    const client = new Client(t.app);
    assert.equal((await client.signIn(CITIZEN, "demo", "en")).status, 303);
    const page = await (await client.get(`/en/complaints/${id}/escalate`)).text();
    assert.doesNotMatch(page, /name="confirm"/);
    const key = /name="idempotencyKey" value="([^"]+)"/.exec(page)![1]!;

    // A ticked box posted anyway is not a signature: the text to sign is shown instead.
    const before = await complaintCount();
    const shown = await client.postForm(`/en/complaints/${id}/escalate`, {
      ...statement,
      idempotencyKey: key,
      confirm: "yes",
    });
    assert.equal(shown.status, 200);
    const signing = await shown.text();
    assert.equal(await complaintCount(), before);
    assert.match(signing, /Send the code/);
    assert.ok(signing.includes(`action="/en/complaints/${id}/escalate/eds"`), "EDS is offered");
    const sha256 = /name="sha256" value="([0-9a-f]{64})"/.exec(signing)![1]!;

    const codePage = await client.postForm(`/en/complaints/${id}/escalate/code`, {
      ...statement,
      idempotencyKey: key,
      sha256,
    });
    assert.equal(codePage.status, 200);
    const withCode = await codePage.text();
    assert.match(withCode, /data-test="code-sent"/);
    const challengeId = /name="challengeId" value="([^"]+)"/.exec(withCode)![1]!;
    const code = await sms.codeFor(PHONE);

    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    const refused = await client.postForm(`/en/complaints/${id}/escalate`, {
      ...statement,
      idempotencyKey: key,
      sha256,
      method: "sms_otp",
      challengeId,
      code: wrong,
    });
    assert.equal(refused.status, 422);
    const refusedHtml = await refused.text();
    assert.match(refusedHtml, /<title>Error: /);
    assert.match(refusedHtml, /href="#code"/);
    assert.equal(await complaintCount(), before);

    const sent = await client.postForm(`/en/complaints/${id}/escalate`, {
      ...statement,
      idempotencyKey: key,
      sha256,
      method: "sms_otp",
      challengeId,
      code,
    });
    assert.equal(sent.status, 303, await sent.clone().text());
    const escalation = await escalationOf(id);
    assert.ok(escalation);
    assert.equal(escalation.signature?.method, "sms_otp");
    assert.equal(escalation.signature?.sha256, sha256);
    assert.equal(sent.headers.get("location"), `/en/complaints/${escalation.id}/escalated`);
  });

  it("page: the EDS step shows the exact text and signs with a pasted CMS", async () => {
    const id = await decidedComplaint();
    const client = new Client(t.app);
    assert.equal((await client.signIn(CITIZEN, "demo", "en")).status, 303);
    await client.get(`/en/complaints/${id}/escalate`);
    const key = "eds-form-key";
    const edsPage = await client.postForm(`/en/complaints/${id}/escalate/eds`, {
      ...statement,
      idempotencyKey: key,
    });
    assert.equal(edsPage.status, 200);
    const html = await edsPage.text();
    const text = /<pre[^>]*data-signed-text[^>]*>([^<]*)<\/pre>/.exec(html)![1]!;
    const unescaped = text.replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&#39;", "'");
    const sha256 = /name="sha256" value="([0-9a-f]{64})"/.exec(html)![1]!;

    const before = await complaintCount();
    const empty = await client.postForm(`/en/complaints/${id}/escalate/eds`, {
      ...statement,
      idempotencyKey: key,
      sha256,
      cms: "",
    });
    assert.equal(empty.status, 422);
    assert.equal(await complaintCount(), before);

    const cms = await signCms(unescaped, pki.leaf, [pki.intermediate]);
    const sent = await client.postForm(`/en/complaints/${id}/escalate/eds`, {
      ...statement,
      idempotencyKey: key,
      sha256,
      cms,
    });
    assert.equal(sent.status, 303, await sent.clone().text());
    const escalation = await escalationOf(id);
    assert.equal(escalation?.signature?.method, "eds_cms");
    assert.equal(escalation?.signature?.sha256, sha256);
  });
});
