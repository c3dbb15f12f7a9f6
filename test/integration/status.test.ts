import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { count, eq, sql } from "drizzle-orm";
import { registrations, statusLookups } from "../../src/db/schema.ts";
import { recordStatusLookup } from "../../src/operations/record-status-lookup.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { apiAs, officeComplaint } from "../support/complaints.ts";

let t: TestApp;
let number: string;
let code: string;
let hour = 6;
before(async () => {
  t = await testApp();
  const registrar = await apiAs(t, "registrar.akmola-edu");
  const res = await registrar.post("/api/v1/office/complaints", officeComplaint(), {
    "accept-language": "ru",
  });
  const c = (await res.json()) as { id: string };
  const [reg] = await t.db.select().from(registrations).where(eq(registrations.complaintId, c.id));
  number = reg!.number;
  code = reg!.checkCode;
});
after(() => t.close());
// Each test looks up in its own hour, so that the per-address limit of one does not spill over.
beforeEach(() => {
  t.setNow(`2026-11-20T${String(hour++).padStart(2, "0")}:00:00Z`);
});

const lookup = (n: string, k: string, lang = "kk") =>
  t.app.request(`/api/v1/status?${new URLSearchParams({ number: n, code: k })}`, {
    headers: { "accept-language": lang },
  });

/** Everything personal or textual the complaint holds; none of it may leak. */
const PRIVATE = [
  "Ахметова",
  "Динара",
  "850315450011",
  "Ақан сері",
  "Оспанов",
  "Жұмабаева",
  "Балабақшаға",
  "кезекке",
  "+77029876543",
];

describe("public status check", () => {
  it("answers the right number and code with status, marks and answerBy — and no personal data", async () => {
    const res = await lookup(number, code);
    assert.equal(res.status, 200);
    const text = await res.text();
    const body = JSON.parse(text) as {
      number: string;
      status: string;
      answerBy: string;
      marks: { kind: string; at: string; organization: { name: { ru: string } } }[];
    };
    assert.equal(body.number, number);
    assert.equal(body.status, "registered");
    assert.equal(body.answerBy, "2026-11-25");
    assert.deepEqual(
      body.marks.map((m) => m.kind),
      ["delivered", "registered"],
    );
    assert.equal(body.marks[1]!.organization.name.ru, "ГУ «Управление образования Акмолинской области»");
    assert.deepEqual(Object.keys(body).sort(), [
      "answerBy",
      "holder",
      "marks",
      "number",
      "registeredOn",
      "status",
    ]);
    for (const secret of PRIVATE) assert.ok(!text.includes(secret), `leaks ${secret}`);
  });

  it("accepts the code in lower case with spaces, as people type it", async () => {
    const res = await lookup(
      ` ${number.toLowerCase()} `,
      `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`,
    );
    assert.equal(res.status, 200);
  });

  it("answers a wrong code exactly like an unknown number: 404, same body", async () => {
    const wrong = await lookup(number, code === "AAAAAAAA" ? "BBBBBBBB" : "AAAAAAAA");
    const unknown = await lookup("AKMOLA-EDU-2026-99999", code);
    assert.equal(wrong.status, 404);
    assert.equal(unknown.status, 404);
    assert.equal(await wrong.text(), await unknown.text());
    const nearly = await lookup(number, code.slice(0, 7));
    assert.equal(nearly.status, 404);
  });

  it("names a missing number or code (422)", async () => {
    const res = await t.app.request(`/api/v1/status?number=${number}`);
    assert.equal(res.status, 422);
    const body = (await res.json()) as { errors: { field: string }[] };
    assert.deepEqual(
      body.errors.map((e) => e.field),
      ["code"],
    );
  });

  it("shows the page with the form, the result in the page's language, and a 404 for a wrong code", async () => {
    const form = await t.app.request("/kk/status");
    assert.equal(form.status, 200);
    const formHtml = await form.text();
    assert.match(formHtml, /<form method="get" action="\/kk\/status"/);
    assert.match(formHtml, /Шағымның мәртебесін тексеру/);

    const ok = await t.app.request(`/ru/status?${new URLSearchParams({ number, code })}`);
    assert.equal(ok.status, 200);
    const html = await ok.text();
    assert.match(html, /id="complaint-status">Зарегистрирована</);
    assert.match(html, /25 ноября 2026/);
    for (const secret of PRIVATE) assert.ok(!html.includes(secret), `page leaks ${secret}`);

    const wrong = await t.app.request(`/kk/status?${new URLSearchParams({ number, code: "ZZZZZZZZ" })}`);
    assert.equal(wrong.status, 404);
    assert.match(await wrong.text(), /Мұндай тіркеу нөмірі мен тексеру коды бар шағым табылмады/);

    const missing = await t.app.request(`/en/status?${new URLSearchParams({ number, code: "" })}`);
    assert.equal(missing.status, 422);
    assert.match(await missing.text(), /<a href="#code">Enter the check code<\/a>/);
  });

  it("limits lookups per client address to 20 in 10 minutes (429), counted in the database", async () => {
    for (let i = 0; i < 20; i++) {
      const res = await lookup(number, i % 2 ? code : "WRONG000");
      assert.notEqual(res.status, 429, `lookup ${i + 1} is within the limit`);
    }
    const [stored] = await t.db.select({ n: count() }).from(statusLookups);
    assert.ok(stored!.n >= 20);
    const blocked = await lookup(number, code);
    assert.equal(blocked.status, 429);
    assert.equal(((await blocked.json()) as { code: string }).code, "status_rate_limited");
    const page = await t.app.request(`/ru/status?${new URLSearchParams({ number, code })}`);
    assert.equal(page.status, 429);
    assert.match(await page.text(), /Слишком много проверок/);
    // The window slides: ten minutes later the address may look again.
    t.setNow(`2026-11-20T${String(hour - 1).padStart(2, "0")}:10:01Z`);
    assert.equal((await lookup(number, code)).status, 200);
  });

  it("counts a burst of simultaneous lookups from one client exactly to the limit (none slips under it)", async () => {
    const now = new Date("2026-11-21T10:00:00Z");
    // Every connection of the pool open first, so that the lookups run at once rather than one
    // by one as connections are made.
    await Promise.all(Array.from({ length: 20 }, () => t.db.execute(sql`SELECT pg_sleep(0.05)`)));
    const tries = await Promise.allSettled(
      Array.from({ length: 24 }, () => recordStatusLookup(t.db, { client: "address:burst", now, limit: 5 })),
    );
    assert.equal(tries.filter((r) => r.status === "fulfilled").length, 5);
    const refused = tries.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    assert.ok(refused.every((r) => r.reason.kind === "rate_limited"));
    const [kept] = await t.db
      .select({ n: count() })
      .from(statusLookups)
      .where(eq(statusLookups.client, "address:burst"));
    assert.equal(kept!.n, 5, "a refused lookup is not kept");
  });
});
