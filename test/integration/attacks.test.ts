// What an attacker (or a careless client) sends, and what the system answers: bad input never
// reaches a 500, an Idempotency-Key cannot be replayed for another request, file names cannot
// disguise their type.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq, sql } from "drizzle-orm";
import { attachments, complaints } from "../../src/db/schema.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, tinyPdf, validComplaint } from "../support/complaints.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

type Problem = { status: number; code: string; errors?: { field: string; code: string }[] };

const complaintCount = async () =>
  (await t.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(complaints))[0]!.n;

describe("bad input never reaches a 500", () => {
  const big = "a".repeat(8 * 1024 * 1024);

  it("an 8 MB login: 413 as JSON, 422 naming the field as a form", async () => {
    const json = await new Client(t.app).postJson("/api/v1/session", { login: big, password: "x" });
    assert.equal(json.status, 413);
    const form = await new Client(t.app).signIn(big, "x");
    assert.equal(form.status, 422);
  });

  it("a long field in JSON: 422 too_long naming it", async () => {
    const citizen = await apiAs(t, "900101300126");
    const res = await citizen.post("/api/v1/complaints", validComplaint({ reasons: "я".repeat(100_000) }));
    assert.equal(res.status, 422);
    const body = (await res.json()) as Problem;
    assert.deepEqual(
      body.errors?.map((e) => [e.field, e.code]),
      [["reasons", "too_long"]],
    );
  });

  for (const [what, value] of [
    ["NUL", "a\u0000b"],
    ["an escape", "a\u001b[31mb"],
    ["a C1 control", "a\u0085b"],
  ] as const) {
    it(`${what} in a field: 422 control_characters naming it, nothing stored`, async () => {
      const before = await complaintCount();
      const login = await new Client(t.app).postJson("/api/v1/session", { login: value, password: "x" });
      assert.equal(login.status, 422);
      assert.deepEqual(
        ((await login.json()) as Problem).errors?.map((e) => [e.field, e.code]),
        [["login", "control_characters"]],
      );
      const citizen = await apiAs(t, "900101300126");
      const nested = await citizen.post(
        "/api/v1/complaints",
        validComplaint({ applicant: { ...validComplaint().applicant, postalAddress: value } }),
      );
      assert.equal(nested.status, 422);
      assert.equal(((await nested.json()) as Problem).errors?.[0]?.field, "applicant.postalAddress");
      const form = await new Client(t.app).signIn(value, "x", "ru");
      assert.equal(form.status, 422);
      const query = await t.app.request(`/api/v1/status?number=${encodeURIComponent(value)}&code=x`);
      assert.equal(query.status, 422);
      assert.equal(await complaintCount(), before);
    });
  }

  it("tabs and line breaks in a text stay allowed", async () => {
    const citizen = await apiAs(t, "900101300126");
    const res = await citizen.post("/api/v1/complaints", validComplaint({ reasons: "бірінші\r\n\tекінші" }));
    assert.equal(res.status, 201);
  });

  it("dates the calendar cannot place: 422, in the API and on the pages", async () => {
    const citizen = await apiAs(t, "900101300126");
    for (const learnedOn of ["1900-01-01", "0001-01-01"]) {
      const res = await citizen.post("/api/v1/complaints", validComplaint({ learnedOn }));
      assert.equal(res.status, 422, learnedOn);
      assert.equal(((await res.json()) as Problem).code, "date_out_of_range");
    }
    // Before the first year and after the last.
    for (const query of ["from=1900-01-01&workingDays=5", "from=9999-12-31&workingDays=5"]) {
      const api = await t.app.request(`/api/v1/calendar/deadline?${query}`);
      assert.equal(api.status, 422, `API ${query}`);
      const page = await t.app.request(`/ru/deadline?${query}`);
      assert.equal(page.status, 422, `page ${query}`);
    }
  });

  it("malformed JSON: 400, not 500", async () => {
    const citizen = await apiAs(t, "900101300126");
    const res = await citizen.post("/api/v1/complaints", '{"reasons": "unterminated');
    assert.equal(res.status, 400);
  });
});

describe("Idempotency-Key", () => {
  it("the same key and body answers with the first complaint; another body or path is 422", async () => {
    const citizen = await apiAs(t, "850315450011");
    const key = { "idempotency-key": "attack-1" };
    const first = await citizen.post("/api/v1/complaints", validComplaint(), key);
    assert.equal(first.status, 201);
    const { id } = (await first.json()) as { id: string };
    const replay = await citizen.post("/api/v1/complaints", validComplaint(), key);
    assert.equal(replay.status, 201);
    assert.equal(((await replay.json()) as { id: string }).id, id);

    const before = await complaintCount();
    const other = await citizen.post("/api/v1/complaints", validComplaint({ reasons: "Басқа шағым." }), key);
    assert.equal(other.status, 422);
    assert.equal(((await other.json()) as Problem).code, "idempotency_key_reused");
    const elsewhere = await citizen.post(
      `/api/v1/complaints/${id}/escalate`,
      { reasons: "Шешіммен келіспеймін.", demands: "Қайта қарауды сұраймын." },
      key,
    );
    assert.equal(elsewhere.status, 422);
    assert.equal(((await elsewhere.json()) as Problem).code, "idempotency_key_reused");
    assert.equal(await complaintCount(), before);
  });
});

describe("uploaded file names", () => {
  for (const [given, stored] of [
    ["scan\u202Efdp.hta", "scanfdp.pdf"],
    ["C:\\Users\\me\\отчёт.PDF", "отчёт.pdf"],
    ["e\u0301tude\u200B.exe", "\u00e9tude.pdf"],
    ["\u2067evil\u2069.pdf\u0000.js", "evil.pdf.pdf"],
  ] as const) {
    it(`${JSON.stringify(given)} is stored as ${JSON.stringify(stored)} (NFC, no bidi or control characters, extension from the content)`, async () => {
      const citizen = await apiAs(t, "900101300126");
      const res = await citizen.upload(given, tinyPdf());
      assert.equal(res.status, 201);
      const { id, filename } = (await res.json()) as { id: string; filename: string };
      assert.equal(filename, stored);
      const [row] = await t.db.select().from(attachments).where(eq(attachments.id, id));
      assert.equal(row?.filename, stored);
    });
  }
});
