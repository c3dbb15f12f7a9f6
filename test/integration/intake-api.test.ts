import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq, sql } from "drizzle-orm";
import { complaints, registrations } from "../../src/db/schema.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { apiAs, officeComplaint, tinyPdf, validComplaint } from "../support/complaints.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

type Problem = { status: number; code: string; errors?: { field: string; code: string; message: string }[] };
type View = {
  id: string;
  status: string;
  channel: string;
  filedLate: boolean;
  reasons: string;
  applicant: { iin: string; surname: string; postalAddress: string };
  marks: { kind: string }[];
  registration: null | {
    number: string;
    registeredOn: string;
    answerBy: string;
    acceptedBy: { surname: string; initials: string };
  };
  deadlines: { kind: string; due: string; state: string; basis: { code: string } }[];
  attachments: { id: string; sha256: string }[];
  signature: { method: string; sha256: string };
};

describe("filing through the portal API", () => {
  it("files a complaint: 201, status submitted, mark delivered, identity from the account, signature hash", async () => {
    const citizen = await apiAs(t, "900101300126");
    const res = await citizen.post("/api/v1/complaints", validComplaint());
    assert.equal(res.status, 201);
    const c = (await res.json()) as View;
    assert.equal(c.status, "submitted");
    assert.equal(c.channel, "portal");
    assert.deepEqual(
      c.marks.map((m) => m.kind),
      ["delivered"],
    );
    assert.equal(c.applicant.iin, "900101300126");
    assert.equal(c.applicant.surname, "Сейтқали");
    assert.equal(c.signature.method, "portal_session");
    assert.match(c.signature.sha256, /^[0-9a-f]{64}$/);
    assert.equal(c.filedLate, false);
    const again = await citizen.get(`/api/v1/complaints/${c.id}`);
    assert.equal(again.status, 200);
  });

  for (const [field, mutate] of [
    ["addressee", (b: Record<string, unknown>) => delete b.addressee],
    [
      "respondent.officials",
      (b: Record<string, unknown>) => ((b.respondent as Record<string, unknown>).officials = []),
    ],
    [
      "respondent.officials.0.surname",
      (b: Record<string, unknown>) =>
        ((b.respondent as { officials: Record<string, string>[] }).officials[0]!.surname = ""),
    ],
    [
      "respondent.officials.0.position",
      (b: Record<string, unknown>) =>
        delete (b.respondent as { officials: Record<string, string>[] }).officials[0]!.position,
    ],
    ["grounds", (b: Record<string, unknown>) => (b.grounds = [])],
    ["reasons", (b: Record<string, unknown>) => (b.reasons = "   ")],
    ["demands", (b: Record<string, unknown>) => delete b.demands],
    [
      "applicant.postalAddress",
      (b: Record<string, unknown>) => ((b.applicant as Record<string, unknown>).postalAddress = ""),
    ],
  ] as const) {
    it(`refuses a complaint without ${field} (422 naming it) and stores nothing`, async () => {
      const citizen = await apiAs(t, "850315450011");
      const body = structuredClone(validComplaint()) as Record<string, unknown>;
      mutate(body);
      const [before] = await t.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(complaints);
      const res = await citizen.post("/api/v1/complaints", body, { "accept-language": "ru" });
      assert.equal(res.status, 422);
      const problem = (await res.json()) as Problem;
      assert.ok(
        problem.errors?.some((e) => e.field === field),
        JSON.stringify(problem.errors),
      );
      assert.ok(
        problem.errors?.every((e) => e.message && !e.message.startsWith("field.")),
        "messages are translated",
      );
      const [after] = await t.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(complaints);
      assert.equal(after!.n, before!.n);
    });
  }

  it("refuses an addressee the seeds do not allow and an unknown organization", async () => {
    const citizen = await apiAs(t, "900101300126");
    const wrongKind = await citizen.post(
      "/api/v1/complaints",
      validComplaint({ addressee: { kind: "akim", organizationId: "akmola-edu" } }),
    );
    assert.equal(wrongKind.status, 422);
    assert.equal(((await wrongKind.json()) as Problem).errors?.[0]?.field, "addressee.kind");
    const unknown = await citizen.post(
      "/api/v1/complaints",
      validComplaint({
        respondent: { organizationId: "nowhere", officials: [{ position: "x", surname: "y", name: "z" }] },
      }),
    );
    assert.equal(((await unknown.json()) as Problem).errors?.[0]?.field, "respondent.organizationId");
  });

  it("flags a complaint filed more than 3 months after learning of the act, and accepts it", async () => {
    const citizen = await apiAs(t, "900101300126");
    const res = await citizen.post("/api/v1/complaints", validComplaint({ learnedOn: "2026-05-04" }));
    assert.equal(res.status, 201);
    assert.equal(((await res.json()) as View).filedLate, true);
  });

  it("stores markup as text", async () => {
    const citizen = await apiAs(t, "900101300126");
    const script = "<script>alert('x')</script> & <b>bold</b>";
    const res = await citizen.post("/api/v1/complaints", validComplaint({ reasons: script }));
    const c = (await res.json()) as View;
    const [row] = await t.db
      .select({ reasons: complaints.reasons })
      .from(complaints)
      .where(eq(complaints.id, c.id));
    assert.equal(row!.reasons, script);
  });

  it("creates one complaint for the same Idempotency-Key sent twice", async () => {
    const citizen = await apiAs(t, "850315450011");
    const key = "double-click-1";
    const [a, b] = await Promise.all([
      citizen.post("/api/v1/complaints", validComplaint(), { "idempotency-key": key }),
      citizen.post("/api/v1/complaints", validComplaint(), { "idempotency-key": key }),
    ]);
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    const [ja, jb] = (await Promise.all([a.json(), b.json()])) as View[];
    assert.equal(ja!.id, jb!.id);
    const third = await citizen.post("/api/v1/complaints", validComplaint(), { "idempotency-key": key });
    assert.equal(((await third.json()) as View).id, ja!.id);
    const other = await citizen.post("/api/v1/complaints", validComplaint(), {
      "idempotency-key": "another",
    });
    assert.notEqual(((await other.json()) as View).id, ja!.id);
  });

  it("rejects malformed JSON with 400 problem+json", async () => {
    const citizen = await apiAs(t, "900101300126");
    const res = await citizen.post("/api/v1/complaints", "{oops");
    assert.equal(res.status, 400);
  });

  it("answers 404 for another person's complaint and for a made-up id", async () => {
    const nurlan = await apiAs(t, "900101300126");
    const dinara = await apiAs(t, "850315450011");
    const c = (await (await nurlan.post("/api/v1/complaints", validComplaint())).json()) as View;
    assert.equal((await dinara.get(`/api/v1/complaints/${c.id}`)).status, 404);
    assert.equal((await nurlan.get("/api/v1/complaints/00000000-0000-0000-0000-000000000000")).status, 404);
    assert.equal((await nurlan.get("/api/v1/complaints/not-a-uuid")).status, 404);
    const staffOfOtherBody = await apiAs(t, "head.gov4c-akmola");
    assert.equal((await staffOfOtherBody.get(`/api/v1/complaints/${c.id}`)).status, 404);
    const staff = await apiAs(t, "executor.akmola-edu");
    const seen = (await (await staff.get(`/api/v1/complaints/${c.id}`)).json()) as View;
    assert.equal(seen.applicant.iin, "9001••••0126", "an unassigned executor sees the IIN masked");
    assert.equal(seen.applicant.postalAddress, "•••");
  });

  it("lists only the caller's own complaints", async () => {
    const dinara = await apiAs(t, "850315450011");
    const list = (await (await dinara.get("/api/v1/complaints")).json()) as {
      items: { id: string }[];
      total: number;
    };
    const ids = new Set(list.items.map((i) => i.id));
    const rows = await t.db.select({ id: complaints.id, applicant: complaints.applicant }).from(complaints);
    for (const r of rows) assert.equal(ids.has(r.id), r.applicant.iin === "850315450011");
    assert.equal((await t.app.request("/api/v1/complaints")).status, 401);
  });
});

describe("attachments", () => {
  it("accepts a PDF checked by content and links it to the complaint", async () => {
    const citizen = await apiAs(t, "900101300126");
    const up = await citizen.upload("өтініш.pdf", tinyPdf());
    assert.equal(up.status, 201);
    const file = (await up.json()) as { id: string; contentType: string; sha256: string };
    assert.equal(file.contentType, "application/pdf");
    const c = (await (
      await citizen.post("/api/v1/complaints", validComplaint({ attachmentIds: [file.id] }))
    ).json()) as View;
    assert.deepEqual(
      c.attachments.map((a) => a.id),
      [file.id],
    );
    const reuse = await citizen.post("/api/v1/complaints", validComplaint({ attachmentIds: [file.id] }));
    assert.equal(reuse.status, 422, "an attachment belongs to one complaint");
    const stranger = await apiAs(t, "850315450011");
    const up2 = (await (await citizen.upload("b.pdf", tinyPdf())).json()) as { id: string };
    assert.equal(
      (await stranger.post("/api/v1/complaints", validComplaint({ attachmentIds: [up2.id] }))).status,
      422,
    );
  });

  it("refuses an 11 MB upload with 413", async () => {
    const citizen = await apiAs(t, "900101300126");
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(tinyPdf());
    const res = await citizen.upload("big.pdf", big);
    assert.equal(res.status, 413);
  });

  it("refuses an executable renamed .pdf with 415", async () => {
    const citizen = await apiAs(t, "900101300126");
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]);
    const res = await citizen.upload("invoice.pdf", elf);
    assert.equal(res.status, 415);
    const mz = await citizen.upload(
      "scan.png",
      new TextEncoder().encode("MZ\x90\x00 this program cannot be run"),
      "image/png",
    );
    assert.equal(mz.status, 415);
  });
});

describe("office intake", () => {
  it("registers a paper complaint at once with number, date, official, answerBy and deadlines", async () => {
    // Received on Saturday 21 Nov 2026 (a day off): registered on Monday 23 Nov.
    // Entered when it was received: an office receipt is never in the future.
    t.setNow("2026-11-21T05:00:00Z");
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const res = await registrar.post(
      "/api/v1/office/complaints",
      officeComplaint({ receivedAt: "2026-11-21T10:00:00+05:00" }),
    );
    t.setNow("2026-11-20T05:00:00Z");
    assert.equal(res.status, 201, await res.clone().text());
    const c = (await res.json()) as View;
    assert.equal(c.status, "registered");
    assert.equal(c.channel, "office");
    assert.ok(c.registration);
    assert.match(c.registration.number, /^AKMOLA-EDU-2026-\d{5}$/);
    assert.equal(c.registration.registeredOn, "2026-11-23");
    assert.equal(c.registration.acceptedBy.surname, "Жұмабаева");
    assert.equal(c.registration.acceptedBy.initials, "Ә. Қ.");
    // The body's own act is appealed: it forwards within 3 working days from receipt (day 0 moves
    // to Mon 23 Nov) → Thu 26 Nov, the talon's answer date; it has no review clock of its own.
    assert.equal(c.registration.answerBy, "2026-11-26");
    const byKind = Object.fromEntries(c.deadlines.map((d) => [d.kind, d]));
    assert.equal(byKind.review, undefined);
    assert.equal(byKind.forward?.due, "2026-11-26");
    assert.equal(byKind.forward?.basis.code, "appc-91-4");
    assert.deepEqual([byKind.registration?.due, byKind.registration?.basis.code], ["2026-11-23", "appc-63"]);
    // About an employee, the head reviews: 5 working days from Mon 23 Nov → Mon 30 Nov.
    t.setNow("2026-11-21T05:00:00Z");
    const employee = (await (
      await registrar.post(
        "/api/v1/office/complaints",
        officeComplaint({ receivedAt: "2026-11-21T10:00:00+05:00", appealed: "employee" }),
      )
    ).json()) as View;
    t.setNow("2026-11-20T05:00:00Z");
    assert.equal(employee.registration?.answerBy, "2026-11-30");
    const review = employee.deadlines.find((d) => d.kind === "review");
    assert.deepEqual([review?.due, review?.basis.code], ["2026-11-30", "ps-25-2"]);
    assert.deepEqual(
      c.marks.map((m) => m.kind),
      ["delivered", "registered"],
    );
  });

  it("refuses a wrong IIN checksum naming the field, and a citizen (403)", async () => {
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const bad = officeComplaint();
    (bad.applicant as { iin: string }).iin = "850315450012";
    const res = await registrar.post("/api/v1/office/complaints", bad, { "accept-language": "kk" });
    assert.equal(res.status, 422);
    const p = (await res.json()) as Problem;
    assert.deepEqual(
      p.errors?.map((e) => [e.field, e.code]),
      [["applicant.iin", "iin_invalid"]],
    );
    assert.match(p.errors![0]!.message, /ЖСН/);
    const citizen = await apiAs(t, "900101300126");
    assert.equal((await citizen.post("/api/v1/office/complaints", officeComplaint())).status, 403);
  });

  it("refuses a paper complaint addressed to another organization", async () => {
    const registrar = await apiAs(t, "registrar.gov4c-akmola");
    const res = await registrar.post("/api/v1/office/complaints", officeComplaint());
    assert.equal(res.status, 422);
    assert.equal(((await res.json()) as Problem).errors?.[0]?.field, "addressee.organizationId");
  });

  it("numbers registrations per organization and year without gaps, even when they race", async () => {
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        registrar.post("/api/v1/office/complaints", officeComplaint({ reasons: `Шағым ${i}` }), {
          "idempotency-key": `race-${i}`,
        }),
      ),
    );
    assert.ok(
      results.every((r) => r.status === 201),
      results.map((r) => r.status).join(","),
    );
    const rows = await t.db
      .select({ seq: registrations.seq, number: registrations.number })
      .from(registrations)
      .where(eq(registrations.organizationId, "akmola-edu"));
    const seqs = rows.map((r) => r.seq).sort((a, b) => a - b);
    assert.deepEqual(
      seqs,
      Array.from({ length: seqs.length }, (_, i) => i + 1),
      "gap-free from 1",
    );
    assert.equal(new Set(rows.map((r) => r.number)).size, rows.length, "unique");
  });
});

describe("listing", () => {
  it("shows each complaint's registration number and next due date, searches by number, filters overdue", async () => {
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const c = (await (
      await registrar.post(
        "/api/v1/office/complaints",
        officeComplaint({ reasons: `listing  with\n\n  folded ${"x".repeat(200)}` }),
      )
    ).json()) as View;
    type Page = {
      total: number;
      items: { id: string; number: string | null; nextDue: string | null; excerpt: string }[];
    };
    const found = (await (
      await registrar.get(`/api/v1/complaints?q=${c.registration!.number}`)
    ).json()) as Page;
    assert.deepEqual(
      found.items.map((i) => i.id),
      [c.id],
      "found by its number",
    );
    assert.equal(found.items[0]?.number, c.registration!.number);
    assert.equal(found.items[0]?.excerpt, `listing with folded ${"x".repeat(100)}…`);
    const open = c.deadlines.filter((d) => d.state === "running" || d.state === "overdue");
    assert.equal(found.items[0]?.nextDue, open.map((d) => d.due).sort()[0]);
    const none = (await (
      await registrar.get(`/api/v1/complaints?overdue=true&q=${c.registration!.number}`)
    ).json()) as Page;
    assert.ok(!none.items.some((i) => i.id === c.id), "not overdue today");
    t.setNow("2026-12-30T05:00:00Z");
    try {
      const later = await apiAs(t, "registrar.akmola-edu");
      const overdue = (await (
        await later.get(`/api/v1/complaints?overdue=true&q=${c.registration!.number}`)
      ).json()) as Page;
      assert.ok(
        overdue.items.some((i) => i.id === c.id),
        "overdue a month later",
      );
    } finally {
      t.setNow("2026-11-20T05:00:00Z");
    }
  });
});

describe("overdue complaints seen from above", () => {
  it("shows a body's overdue complaint to its reviewing body (masked), and not before it is overdue", async () => {
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const c = (await (
      await registrar.post("/api/v1/office/complaints", officeComplaint({ reasons: "from above" }))
    ).json()) as View;
    const akimat = await apiAs(t, "head.akmola-akimat");
    assert.equal((await akimat.get(`/api/v1/complaints/${c.id}`)).status, 404, "not overdue yet");
    t.setNow("2026-12-30T05:00:00Z");
    try {
      const later = await apiAs(t, "head.akmola-akimat");
      const res = await later.get(`/api/v1/complaints/${c.id}`);
      assert.equal(res.status, 200);
      const seen = (await res.json()) as View & { allowedActions: string[] };
      assert.equal(seen.applicant.iin, "8503••••0011");
      assert.deepEqual(seen.allowedActions, []);
      const list = (await (
        await later.get(`/api/v1/complaints?overdue=true&q=${c.registration!.number}`)
      ).json()) as {
        items: { id: string }[];
      };
      assert.deepEqual(
        list.items.map((i) => i.id),
        [c.id],
      );
      const other = await apiAs(t, "head.gov4c-akmola");
      assert.equal((await other.get(`/api/v1/complaints/${c.id}`)).status, 404, "not its reviewing body");
    } finally {
      t.setNow("2026-11-20T05:00:00Z");
    }
  });
});

describe("withdrawal through the API", () => {
  it("lets the applicant withdraw once (mark withdrawn, clocks closed), 409 after, 404 for others", async () => {
    const citizen = await apiAs(t, "900101300126");
    const c = (await (await citizen.post("/api/v1/complaints", validComplaint())).json()) as View;
    const stranger = await apiAs(t, "850315450011");
    assert.equal((await stranger.post(`/api/v1/complaints/${c.id}/withdraw`, {})).status, 404);
    const staff = await apiAs(t, "head.akmola-edu");
    assert.equal((await staff.post(`/api/v1/complaints/${c.id}/withdraw`, {})).status, 403);
    const long = await citizen.post(`/api/v1/complaints/${c.id}/withdraw`, { reason: "x".repeat(2001) });
    assert.equal(long.status, 422, "a reason is at most 2000 characters");
    const res = await citizen.post(`/api/v1/complaints/${c.id}/withdraw`, { reason: "Вопрос решён" });
    assert.equal(res.status, 200);
    const after = (await res.json()) as View;
    assert.equal(after.status, "withdrawn");
    assert.deepEqual(
      after.marks.map((m) => m.kind),
      ["delivered", "withdrawn"],
    );
    const again = await citizen.post(`/api/v1/complaints/${c.id}/withdraw`, {});
    assert.equal(again.status, 409);
    assert.equal(((await again.json()) as Problem).code, "invalid_transition");
  });
});
