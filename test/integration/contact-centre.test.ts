import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { count, eq, sql } from "drizzle-orm";
import { complaints, outbox, registrations, users } from "../../src/db/schema.ts";
import { t as t0 } from "../../src/i18n/index.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, officeComplaint, paperOnlyComplaint } from "../support/complaints.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

/** What the caller tells the operator (the office body without the receipt time). */
function callerBody(overrides: Record<string, unknown> = {}) {
  const { receivedAt: _ignored, ...body } = officeComplaint(overrides) as Record<string, unknown>;
  return body;
}

type View = {
  id: string;
  channel: string;
  status: string;
  signature: { method: string };
  marks: { kind: string }[];
  registration: unknown;
};

describe("contact-centre intake API", () => {
  it("files for a caller: channel contact_centre, operator recorded, submitted for the addressee to register", async () => {
    const operator = await apiAs(t, "operator.1414");
    const res = await operator.post("/api/v1/contact-centre/complaints", callerBody(), {
      "accept-language": "ru",
    });
    assert.equal(res.status, 201);
    const c = (await res.json()) as View;
    assert.equal(c.channel, "contact_centre");
    assert.equal(c.status, "submitted");
    assert.equal(c.signature.method, "operator_recorded");
    assert.equal(c.registration, null);
    assert.deepEqual(
      c.marks.map((m) => m.kind),
      ["delivered"],
    );
    const [row] = await t.db.select().from(complaints).where(eq(complaints.id, c.id));
    const [op] = await t.db.select().from(users).where(eq(users.login, "operator.1414"));
    assert.equal(row!.filedBy, op!.id);
    assert.equal(row!.applicant.iin, "850315450011");
    // The caller has a citizen account: the complaint is in her cabinet, hers to follow.
    const [dinara] = await t.db.select().from(users).where(eq(users.iin, "850315450011"));
    assert.equal(row!.applicantId, dinara!.id);
    const cabinet = new Client(t.app);
    await cabinet.signIn("850315450011", "demo", "ru");
    assert.ok((await (await cabinet.get("/ru/cabinet")).text()).includes(`href="/ru/complaints/${c.id}"`));
    assert.equal(row!.language, "ru");
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const seen = await registrar.get(`/api/v1/complaints/${c.id}`);
    assert.equal(seen.status, 200, "the addressed body sees it to register it");
  });

  it("a caller without an account is sent the short reference by SMS right away, in their language", async () => {
    const operator = await apiAs(t, "operator.1414");
    const res = await operator.post(
      "/api/v1/contact-centre/complaints",
      { ...callerBody(), applicant: paperOnlyComplaint().applicant, language: "kk" },
      { "accept-language": "kk" },
    );
    assert.equal(res.status, 201);
    const c = (await res.json()) as View;
    const [row] = await t.db.select().from(complaints).where(eq(complaints.id, c.id));
    assert.equal(row!.applicantId, null, "nobody's cabinet");
    const sms = await t.db.select().from(outbox).where(eq(outbox.complaintId, c.id));
    assert.deepEqual(
      sms.map((n) => [n.channel, n.recipient, n.language]),
      [["sms", "+77029876543", row!.language]],
    );
    const reference = c.id.slice(0, 8).toUpperCase();
    assert.equal(sms[0]!.params.number, reference);
    assert.ok(t0(row!.language, "notice.delivered.body").includes("{number}"));
  });

  it("is for operators only: 403 for a citizen and a registrar, 401 without a session", async () => {
    const citizen = await apiAs(t, "900101300126");
    assert.equal((await citizen.post("/api/v1/contact-centre/complaints", callerBody())).status, 403);
    const registrar = await apiAs(t, "registrar.akmola-edu");
    assert.equal((await registrar.post("/api/v1/contact-centre/complaints", callerBody())).status, 403);
    const anonymous = await t.app.request("/api/v1/contact-centre/complaints", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(callerBody()),
    });
    assert.equal(anonymous.status, 401);
  });

  it("files once per Idempotency-Key and names missing elements (422)", async () => {
    const operator = await apiAs(t, "operator.1414");
    const body = callerBody({ reasons: "Қайталанатын қоңырау бойынша шағым." });
    const key = { "idempotency-key": "call-42" };
    const a = (await (await operator.post("/api/v1/contact-centre/complaints", body, key)).json()) as View;
    const b = (await (await operator.post("/api/v1/contact-centre/complaints", body, key)).json()) as View;
    assert.equal(a.id, b.id);
    const [n] = await t.db
      .select({ n: count() })
      .from(complaints)
      .where(sql`${complaints.reasons} = 'Қайталанатын қоңырау бойынша шағым.'`);
    assert.equal(n!.n, 1);

    const bad = await operator.post(
      "/api/v1/contact-centre/complaints",
      callerBody({ reasons: " ", demands: "" }),
    );
    assert.equal(bad.status, 422);
    const problem = (await bad.json()) as { errors: { field: string }[] };
    assert.deepEqual(problem.errors.map((e) => e.field).sort(), ["demands", "reasons"]);
  });
});

/** The operator's form as a browser posts it (urlencoded, with the page's CSRF token and key). */
function callForm(html: string, overrides: Record<string, string> = {}) {
  return {
    idempotencyKey: /name="idempotencyKey" value="([^"]+)"/.exec(html)?.[1] ?? "",
    "addressee.kind": "provider_head",
    "addressee.organizationId": "akmola-edu",
    "applicant.surname": "Сейтқали",
    "applicant.name": "Нұрлан",
    "applicant.patronymic": "Маратұлы",
    "applicant.iin": "900101300126",
    "applicant.postalAddress": "Көкшетау қ., Абай к-сі 10, 5 пәтер",
    "applicant.phones": "+77011234567",
    "respondent.organizationId": "akmola-edu",
    "respondent.officials.0.position": "Бас маман",
    "respondent.officials.0.surname": "Оспанов",
    "respondent.officials.0.name": "Ерлан",
    grounds: "rude_service",
    reasons: "Маманның әдепсіз қарым-қатынасы.",
    demands: "Тиісті шара қолдануды сұраймын.",
    ...overrides,
  };
}

describe("contact-centre pages", () => {
  it("lets the operator file for a caller on one page, with errors field by field", async () => {
    const client = new Client(t.app);
    await client.signIn("operator.1414", "demo", "kk");
    const page = await client.get("/kk/contact-centre/complaints/new");
    assert.equal(page.status, 200);
    const html = client.lastHtml;

    const refused = await client.postForm(
      "/kk/contact-centre/complaints/new",
      callForm(html, { "addressee.kind": "", demands: "" }),
    );
    assert.equal(refused.status, 422);
    const again = await refused.text();
    assert.match(again, /<a href="#addressee-kind">Адресат: /);
    assert.match(again, /<a href="#demands">Өтініш берушінің талаптары: /);

    const res = await client.postForm("/kk/contact-centre/complaints/new", callForm(html));
    assert.equal(res.status, 303);
    const location = res.headers.get("location") ?? "";
    const id = /\/kk\/contact-centre\/complaints\/([0-9a-f-]{36})$/.exec(location)?.[1];
    assert.ok(id);
    const done = await (await client.get(location)).text();
    assert.match(done, /Шағым жіберілді/);
    assert.match(done, new RegExp(`<strong data-reference="true">${id!.slice(0, 8).toUpperCase()}</strong>`));
    const main = /<main[\s\S]*<\/main>/.exec(done)![0];
    assert.ok(!main.includes(id!), "no 36-character id to read out");
    assert.match(done, /Байланыс орталығы 1414/);
    const [row] = await t.db.select().from(complaints).where(eq(complaints.id, id!));
    assert.equal(row!.channel, "contact_centre");
    assert.equal(row!.signature?.method, "operator_recorded");

    const twice = await client.postForm("/kk/contact-centre/complaints/new", callForm(html));
    assert.equal(twice.headers.get("location"), location, "the same form twice files once");
  });

  it("is 403 for a citizen", async () => {
    const citizen = new Client(t.app);
    await citizen.signIn("900101300126", "demo", "kk");
    assert.equal((await citizen.get("/kk/contact-centre/complaints/new")).status, 403);
    assert.equal((await citizen.get("/kk/contact-centre/status")).status, 403);
  });

  it("reads the status to a caller who gives the number and check code", async () => {
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const filed = (await (
      await registrar.post("/api/v1/office/complaints", officeComplaint())
    ).json()) as View;
    const [reg] = await t.db.select().from(registrations).where(eq(registrations.complaintId, filed.id));
    const client = new Client(t.app);
    await client.signIn("operator.1414", "demo", "ru");
    const res = await client.get(
      `/ru/contact-centre/status?${new URLSearchParams({ number: reg!.number, code: reg!.checkCode })}`,
    );
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /Сообщить статус звонящему/);
    assert.match(html, /id="complaint-status">Зарегистрирована</);
    assert.ok(!html.includes("Ахметова") && !html.includes("850315450011"));
    const wrong = await client.get(
      `/ru/contact-centre/status?${new URLSearchParams({ number: reg!.number, code: "X" })}`,
    );
    assert.equal(wrong.status, 404);
  });
});
