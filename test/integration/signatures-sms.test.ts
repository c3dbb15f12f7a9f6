import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, count, eq, sql } from "drizzle-orm";
import { auditEvents, complaints, signatureChallenges, users } from "../../src/db/schema.ts";
import { saveDraft } from "../../src/operations/save-draft.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import {
  apiAs,
  completeDraft as completeDraftOf,
  NO_ACCOUNT_IIN,
  paperOnlyComplaint,
  validComplaint,
} from "../support/complaints.ts";
import { startSmsGateway } from "../support/sms-gateway.ts";

let t: TestApp;
let sms: Awaited<ReturnType<typeof startSmsGateway>>;
let clock = new Date("2026-11-20T05:00:00Z");
before(async () => {
  t = await testApp();
  sms = await startSmsGateway(t.db, () => clock);
});
after(async () => {
  await sms.close();
  await t.close();
});

/** Moves the test clock on (past the resend pace and, over four codes, the hourly limit). */
function later(minutes = 16) {
  clock = new Date(clock.getTime() + minutes * 60_000);
  t.setNow(clock);
}

const CITIZEN_PHONE = "+77011234567";
const complaintCount = async () => (await t.db.select({ n: count() }).from(complaints))[0]!.n;
const refusals = (reason: string) =>
  t.db
    .select()
    .from(auditEvents)
    .where(
      and(eq(auditEvents.action, "signature.sms_refused"), sql`${auditEvents.data}->>'reason' = ${reason}`),
    );

describe("signing a portal complaint with an SMS code (API)", () => {
  it("sends a code to the account's phone through the gateway; a wrong code files nothing; the right one signs", async () => {
    later();
    const citizen = await apiAs(t, "900101300126");
    const body = validComplaint();
    const sent = await citizen.post("/api/v1/signatures/sms", { complaint: body });
    assert.equal(sent.status, 201);
    const challenge = (await sent.json()) as {
      challengeId: string;
      sha256: string;
      expiresAt: string;
      phone: string;
    };
    assert.match(challenge.sha256, /^[0-9a-f]{64}$/);
    assert.equal(new Date(challenge.expiresAt).getTime() - clock.getTime(), 5 * 60_000);
    assert.equal(challenge.phone, "+7 701 ••• •• 67");
    const code = await sms.codeFor(CITIZEN_PHONE);
    // Only the code's hash is stored.
    const [row] = await t.db
      .select()
      .from(signatureChallenges)
      .where(eq(signatureChallenges.id, challenge.challengeId));
    assert.ok(row && row.codeHash !== code && !JSON.stringify(row).includes(`"${code}"`));

    const before = await complaintCount();
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    const refused = await citizen.post(
      "/api/v1/complaints",
      { ...body, signature: { method: "sms_otp", challengeId: challenge.challengeId, code: wrong } },
      { "accept-language": "ru" },
    );
    assert.equal(refused.status, 422);
    const problem = (await refused.json()) as { errors: { field: string; code: string; message: string }[] };
    assert.deepEqual(
      problem.errors.map((e) => [e.field, e.code]),
      [["signature.code", "sms_code_wrong"]],
    );
    assert.match(problem.errors[0]!.message, /Неверный код/);
    assert.equal(await complaintCount(), before);
    assert.ok((await refusals("sms_code_wrong")).length >= 1);

    const filed = await citizen.post("/api/v1/complaints", {
      ...body,
      signature: { method: "sms_otp", challengeId: challenge.challengeId, code },
    });
    assert.equal(filed.status, 201);
    const view = (await filed.json()) as {
      id: string;
      signature: { method: string; phone: string; sha256: string };
    };
    assert.equal(view.signature.method, "sms_otp");
    assert.equal(view.signature.phone, "+7 701 ••• •• 67");
    assert.equal(view.signature.sha256, challenge.sha256);

    // The same code signs nothing else.
    const again = await citizen.post("/api/v1/complaints", {
      ...body,
      signature: { method: "sms_otp", challengeId: challenge.challengeId, code },
    });
    assert.equal(again.status, 422);
    assert.equal(((await again.json()) as { errors: { code: string }[] }).errors[0]!.code, "sms_code_used");
  });

  it("refuses a code for a text changed after it was sent, an expired code, and a fourth try", async () => {
    later();
    const citizen = await apiAs(t, "900101300126");
    const body = validComplaint();
    const sent = (await (await citizen.post("/api/v1/signatures/sms", { complaint: body })).json()) as {
      challengeId: string;
    };
    const code = await sms.codeFor(CITIZEN_PHONE);
    const before = await complaintCount();
    const changed = await citizen.post("/api/v1/complaints", {
      ...body,
      demands: `${body.demands} Және өтемақы.`,
      signature: { method: "sms_otp", challengeId: sent.challengeId, code },
    });
    assert.equal(changed.status, 422);
    assert.equal(
      ((await changed.json()) as { errors: { code: string }[] }).errors[0]!.code,
      "signature_text_changed",
    );
    assert.equal(await complaintCount(), before);

    // Three wrong tries spend the code: the right one is refused after them.
    for (let i = 0; i < 3; i++) {
      const res = await citizen.post("/api/v1/complaints", {
        ...body,
        signature: {
          method: "sms_otp",
          challengeId: sent.challengeId,
          code: "000000" === code ? "111111" : "000000",
        },
      });
      assert.equal(((await res.json()) as { errors: { code: string }[] }).errors[0]!.code, "sms_code_wrong");
    }
    const fourth = await citizen.post("/api/v1/complaints", {
      ...body,
      signature: { method: "sms_otp", challengeId: sent.challengeId, code },
    });
    assert.equal(
      ((await fourth.json()) as { errors: { code: string }[] }).errors[0]!.code,
      "sms_code_exhausted",
    );

    later();
    const next = (await (await citizen.post("/api/v1/signatures/sms", { complaint: body })).json()) as {
      challengeId: string;
    };
    const fresh = await sms.codeFor(CITIZEN_PHONE);
    later(6);
    const expired = await citizen.post("/api/v1/complaints", {
      ...body,
      signature: { method: "sms_otp", challengeId: next.challengeId, code: fresh },
    });
    assert.equal(expired.status, 422);
    assert.equal(
      ((await expired.json()) as { errors: { code: string }[] }).errors[0]!.code,
      "sms_code_expired",
    );
    assert.equal(await complaintCount(), before);
    assert.ok((await refusals("sms_code_expired")).length === 1);
  });

  it("throttles a resend: a second code within a minute is 429 with Retry-After", async () => {
    later();
    const citizen = await apiAs(t, "900101300126");
    assert.equal((await citizen.post("/api/v1/signatures/sms", { complaint: validComplaint() })).status, 201);
    const again = await citizen.post("/api/v1/signatures/sms", { complaint: validComplaint() });
    assert.equal(again.status, 429);
    assert.ok(Number(again.headers.get("retry-after")) > 0);
    assert.equal(((await again.json()) as { code: string }).code, "sms_resend_wait");
  });

  it("does not let another person use someone's challenge", async () => {
    later();
    const citizen = await apiAs(t, "900101300126");
    const sent = (await (
      await citizen.post("/api/v1/signatures/sms", { complaint: validComplaint() })
    ).json()) as {
      challengeId: string;
    };
    const code = await sms.codeFor(CITIZEN_PHONE);
    const other = await apiAs(t, "850315450011");
    const res = await other.post("/api/v1/complaints", {
      ...validComplaint(),
      signature: { method: "sms_otp", challengeId: sent.challengeId, code },
    });
    assert.equal(res.status, 422);
    assert.equal(((await res.json()) as { errors: { code: string }[] }).errors[0]!.code, "sms_code_unknown");
  });
});

describe("the contact centre files a complaint signed by the caller's code (API)", () => {
  it("sends the code to the caller's phone; the operator files with it; the signature is the applicant's", async () => {
    later();
    const operator = await apiAs(t, "operator.1414");
    const body = paperOnlyComplaint();
    delete (body as Record<string, unknown>).receivedAt;
    (body.applicant as Record<string, unknown>).phones = ["+77051234500"];
    const sent = await operator.post("/api/v1/signatures/sms", { complaint: body });
    assert.equal(sent.status, 201);
    const { challengeId } = (await sent.json()) as { challengeId: string };
    const code = await sms.codeFor("+77051234500");
    const filed = await operator.post("/api/v1/contact-centre/complaints", {
      ...body,
      signature: { method: "sms_otp", challengeId, code },
    });
    assert.equal(filed.status, 201);
    const view = (await filed.json()) as { channel: string; signature: { method: string; phone: string } };
    assert.equal(view.channel, "contact_centre");
    assert.equal(view.signature.method, "sms_otp");
    assert.equal(view.signature.phone, "+7 705 ••• •• 00");
    assert.equal(body.applicant.iin, NO_ACCOUNT_IIN);
  });

  it("without a code the operator's record stands (operator_recorded)", async () => {
    const operator = await apiAs(t, "operator.1414");
    const body = paperOnlyComplaint();
    const res = await operator.post("/api/v1/contact-centre/complaints", body);
    assert.equal(res.status, 201);
    assert.equal(
      ((await res.json()) as { signature: { method: string } }).signature.method,
      "operator_recorded",
    );
  });
});

/** A complete draft of the demo citizen, as the question pages leave it. */
const completeDraft = (login = "900101300126") => completeDraftOf(t.db, login, clock);

describe("signing on the declaration page with an SMS code (no JavaScript)", () => {
  it("sends the code, refuses a wrong one with the error summary, signs with the right one", async () => {
    later();
    const client = new Client(t.app);
    assert.equal((await client.signIn("900101300126")).status, 303);
    const draftId = await completeDraft();
    const page = `/ru/complaints/new/${draftId}/declaration`;
    assert.equal((await client.get(page)).status, 200);
    assert.match(client.lastHtml, /\+7 701 ••• •• 67/);
    const sha256 = /name="sha256" value="([0-9a-f]{64})"/.exec(client.lastHtml)![1]!;
    const sent = await client.postForm(`${page}/code`, { sha256 });
    assert.equal(sent.status, 303);
    const location = sent.headers.get("location")!;
    assert.match(location, /declaration\?challenge=[0-9a-f-]{36}#sms$/);
    const challengeId = /challenge=([0-9a-f-]{36})/.exec(location)![1]!;
    assert.equal((await client.get(location.replace(/#.*/, ""))).status, 200);
    assert.match(client.lastHtml, /data-test="code-sent"/);
    const code = await sms.codeFor(CITIZEN_PHONE);

    const before = await complaintCount();
    const wrong = await client.postForm(page, { method: "sms_otp", challengeId, sha256, code: "12345" });
    assert.equal(wrong.status, 422);
    assert.match(client.lastHtml, /govuk-error-summary/);
    assert.match(client.lastHtml, /href="#code"/);
    assert.match(client.lastHtml, /Неверный код/);
    assert.equal(await complaintCount(), before);

    // A resend within the minute: the page says when, nothing is sent.
    const soon = await client.postForm(`${page}/code`, { sha256 });
    assert.equal(soon.status, 429);
    assert.match(client.lastHtml, /Новый код можно запросить через \d+ с\./);

    const signed = await client.postForm(page, { method: "sms_otp", challengeId, sha256, code });
    assert.equal(signed.status, 303);
    const id = /\/ru\/complaints\/([0-9a-f-]{36})\/submitted$/.exec(signed.headers.get("location")!)![1]!;
    const [row] = await t.db.select().from(complaints).where(eq(complaints.id, id));
    assert.equal(row!.signature!.method, "sms_otp");
    assert.equal(row!.signature!.sha256, sha256);
    assert.equal(row!.signature!.phone, "+7 701 ••• •• 67");
    const shown = await client.get(`/ru/complaints/${id}`);
    assert.equal(shown.status, 200);
    assert.match(client.lastHtml, /одноразовым кодом из SMS, \+7 701 ••• •• 67/);
  });

  it("a code sent before the answers changed does not sign the changed text", async () => {
    later();
    const client = new Client(t.app);
    await client.signIn("900101300126");
    const draftId = await completeDraft();
    const page = `/kk/complaints/new/${draftId}/declaration`;
    await client.get(page);
    const sha256 = /name="sha256" value="([0-9a-f]{64})"/.exec(client.lastHtml)![1]!;
    const location = (await client.postForm(`${page}/code`, { sha256 })).headers.get("location")!;
    const challengeId = /challenge=([0-9a-f-]{36})/.exec(location)![1]!;
    const code = await sms.codeFor(CITIZEN_PHONE);
    const [user] = await t.db.select().from(users).where(eq(users.login, "900101300126"));
    await saveDraft(t.db, { draftId, userId: user!.id, now: clock, patch: { demands: "Басқа талап." } });
    const res = await client.postForm(page, { method: "sms_otp", challengeId, sha256, code });
    assert.equal(res.status, 422);
    assert.match(client.lastHtml, /Код жіберілгеннен кейін шағым мәтіні өзгерді/);
  });
});

describe("the contact-centre form signs with the caller's code (no JavaScript)", () => {
  it("sends the code to the caller's registered phone, refuses a wrong one, files signed by the applicant", async () => {
    later();
    const client = new Client(t.app);
    await client.signIn("operator.1414", "demo", "ru");
    await client.get("/ru/contact-centre/complaints/new");
    const form = {
      idempotencyKey: /name="idempotencyKey" value="([^"]+)"/.exec(client.lastHtml)![1]!,
      "addressee.kind": "provider_head",
      "addressee.organizationId": "akmola-edu",
      "applicant.surname": "Сейтқали",
      "applicant.name": "Нұрлан",
      "applicant.patronymic": "Маратұлы",
      "applicant.iin": "900101300126",
      "applicant.postalAddress": "Көкшетау қ., Абай к-сі 10, 5 пәтер",
      // Another phone is given on the call: the code still goes to the account's phone.
      "applicant.phones": "+77770000001",
      "respondent.organizationId": "akmola-edu",
      "respondent.officials.0.position": "Бас маман",
      "respondent.officials.0.surname": "Оспанов",
      "respondent.officials.0.name": "Ерлан",
      grounds: "rude_service",
      reasons: "Маманның әдепсіз қарым-қатынасы.",
      demands: "Тиісті шара қолдануды сұраймын.",
    };
    const sent = await client.postForm("/ru/contact-centre/complaints/new", { ...form, action: "sendCode" });
    assert.equal(sent.status, 200);
    assert.match(client.lastHtml, /data-test="code-sent"/);
    assert.match(client.lastHtml, /\+7 701 ••• •• 67/);
    const challengeId = /name="challengeId" value="([0-9a-f-]{36})"/.exec(client.lastHtml)![1]!;
    const code = await sms.codeFor(CITIZEN_PHONE);
    assert.equal(sms.got.filter((m) => m.to === "+77770000001").length, 0);

    const before = await complaintCount();
    const wrong = await client.postForm("/ru/contact-centre/complaints/new", {
      ...form,
      challengeId,
      code: "000001",
    });
    assert.equal(wrong.status, 422);
    assert.match(client.lastHtml, /href="#code"/);
    assert.equal(await complaintCount(), before);

    const filed = await client.postForm("/ru/contact-centre/complaints/new", { ...form, challengeId, code });
    assert.equal(filed.status, 303);
    const id = /complaints\/([0-9a-f-]{36})$/.exec(filed.headers.get("location")!)![1]!;
    const [row] = await t.db.select().from(complaints).where(eq(complaints.id, id));
    assert.equal(row!.signature!.method, "sms_otp");
    assert.equal(row!.channel, "contact_centre");
  });
});
