import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, asc, eq, like, sql } from "drizzle-orm";
import { auditEvents, homeVisitEvents, homeVisits, outbox, users } from "../../src/db/schema.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { apiAs, NO_ACCOUNT_IIN } from "../support/complaints.ts";
import { pdfText } from "../support/pdf.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

const PHONE = "+7 701 555 01 01";

/** What the operator records for a caller (Akmola region: the Akmola branch). */
function visitBody(overrides: Record<string, unknown> = {}, applicant: Record<string, unknown> = {}) {
  return {
    applicant: {
      iin: NO_ACCOUNT_IIN,
      surname: "Жақсыбекова",
      name: "Гүлшат",
      patronymic: "Әлібекқызы",
      phones: [PHONE],
      address: "Көкшетау қ., Абай к-сі 12, 4 пәтер",
      regionCode: "11",
      district: "Көкшетау",
      ...applicant,
    },
    serviceId: "SOC-02",
    note: "Арбамен жүреді, 3-қабат, лифт жоқ",
    preferred: "Таңертең",
    language: "kk",
    ...overrides,
  };
}

type Visit = {
  id: string;
  reference: string;
  status: string;
  branchId: string;
  due: string;
  basis: { code: string };
  workingDays: number;
  note: string | null;
  scheduledOn: string | null;
  window: string | null;
  filedAt: string | null;
  documents: string[];
  history: { kind: string; actor: { surname: string } | null; data: Record<string, unknown> }[];
  allowedActions: string[];
};

async function userId(login: string) {
  const [u] = await t.db.select({ id: users.id }).from(users).where(eq(users.login, login));
  return u!.id;
}

async function request(overrides: Record<string, unknown> = {}, applicant: Record<string, unknown> = {}) {
  const operator = await apiAs(t, "operator.1414");
  const res = await operator.post("/api/v1/home-visits", visitBody(overrides, applicant), {
    "accept-language": "ru",
  });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as Visit;
}

async function sms(visit: Visit) {
  return t.db
    .select()
    .from(outbox)
    .where(
      and(
        like(outbox.template, "notice.homeVisit.%"),
        sql`${outbox.params}->>'reference' = ${visit.reference}`,
      ),
    )
    .orderBy(asc(outbox.id));
}

describe("home visits through the API", () => {
  it("request → schedule → not at home → reschedule → documents accepted, an SMS at each step", async () => {
    t.setNow("2026-11-20T05:00:00Z"); // Friday 20 November 2026, 10:00 in Astana
    const v = await request();
    assert.match(v.reference, /^HV-[23456789A-HJ-NP-Z]{6}$/);
    assert.equal(v.status, "requested");
    assert.equal(v.branchId, "gov4c-akmola", "routed to the branch of the person's region");
    assert.equal(v.due, "2026-11-27", "5 working days on the official calendar");
    assert.equal(v.workingDays, 5);
    assert.equal(v.basis.code, "branch_standard");
    assert.equal(v.note, "Арбамен жүреді, 3-қабат, лифт жоқ", "the operator who took it sees the note");

    let head = await apiAs(t, "head.gov4c-akmola");
    const employeeId = await userId("executor.gov4c-akmola");

    let res = await head.post(`/api/v1/home-visits/${v.id}/schedule`, {
      date: "2026-11-24",
      window: "09:00-12:00",
      employeeId,
    });
    assert.equal(res.status, 200, await res.clone().text());
    let after = (await res.json()) as Visit;
    assert.equal(after.status, "scheduled");
    assert.equal(after.scheduledOn, "2026-11-24");

    // The field employee sees the visit now it is theirs, and records nobody at home (no body).
    t.setNow("2026-11-24T06:00:00Z");
    let employee = await apiAs(t, "executor.gov4c-akmola");
    head = await apiAs(t, "head.gov4c-akmola");
    res = await employee.post(`/api/v1/home-visits/${v.id}/not-at-home`, "", { "content-type": "" });
    assert.equal(res.status, 200, await res.clone().text());
    after = (await res.json()) as Visit;
    assert.equal(after.status, "not_at_home");

    res = await head.post(`/api/v1/home-visits/${v.id}/schedule`, {
      date: "2026-11-26",
      window: "12:00-15:00",
      employeeId,
    });
    assert.equal(res.status, 200);
    after = (await res.json()) as Visit;
    assert.equal(after.status, "scheduled");
    assert.equal(after.window, "12:00-15:00");

    t.setNow("2026-11-26T08:00:00Z");
    employee = await apiAs(t, "executor.gov4c-akmola");
    head = await apiAs(t, "head.gov4c-akmola");
    res = await employee.post(`/api/v1/home-visits/${v.id}/complete`, {
      documents: ["Өтініш", "Жеке куәліктің көшірмесі", "Медициналық қорытынды"],
    });
    assert.equal(res.status, 200, await res.clone().text());
    after = (await res.json()) as Visit;
    assert.equal(after.status, "documents_accepted");
    assert.equal(after.filedAt, "2026-11-26T08:00:00.000Z", "the service's application counts as filed now");
    assert.deepEqual(after.documents, ["Өтініш", "Жеке куәліктің көшірмесі", "Медициналық қорытынды"]);
    assert.deepEqual(after.allowedActions, []);
    assert.deepEqual(
      after.history.map((e) => [e.kind, e.actor?.surname]),
      [
        ["requested", "Сағынтаева"],
        ["scheduled", "Бекова"],
        ["not_at_home", "Сәрсенбаев"],
        ["rescheduled", "Бекова"],
        ["documents_accepted", "Сәрсенбаев"],
      ],
    );

    const messages = await sms(v);
    assert.deepEqual(
      messages.map((m) => [m.channel, m.recipient, m.language, m.template]),
      [
        ["sms", PHONE, "kk", "notice.homeVisit.requested"],
        ["sms", PHONE, "kk", "notice.homeVisit.scheduled"],
        ["sms", PHONE, "kk", "notice.homeVisit.not_at_home"],
        ["sms", PHONE, "kk", "notice.homeVisit.rescheduled"],
        ["sms", PHONE, "kk", "notice.homeVisit.documents_accepted"],
      ],
    );
    assert.equal(messages[0]!.params.reference, v.reference);
    assert.match(String(messages[1]!.params.date), /24 қараша/);
    assert.doesNotMatch(JSON.stringify(messages.map((m) => m.params)), /Арбамен|Жақсыбекова/);

    const audits = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, v.id));
    assert.equal(audits.length, 5, "an audit event for every change");
    assert.doesNotMatch(JSON.stringify(audits.map((a) => a.data)), /Арбамен/, "no health note in the audit");

    // Done is done.
    res = await head.post(`/api/v1/home-visits/${v.id}/cancel`, { reason: "late" });
    assert.equal(res.status, 409);
    assert.equal(((await res.json()) as { code: string }).code, "home_visit_not_allowed");
  });

  it("cancels with a reason, told by SMS; bad input changes nothing", async () => {
    t.setNow("2026-11-20T05:00:00Z");
    const v = await request();
    const registrar = await apiAs(t, "registrar.gov4c-akmola");
    const employeeId = await userId("executor.gov4c-akmola");
    const before = await t.db.select().from(homeVisitEvents).where(eq(homeVisitEvents.visitId, v.id));

    for (const [body, field] of [
      [{ date: "2026-11-19", window: "09:00-12:00", employeeId }, "date"],
      [{ date: "2026-11-21", window: "09:00-12:00", employeeId }, "date"], // a Saturday
      [
        { date: "2026-11-23", window: "09:00-12:00", employeeId: await userId("executor.akmola-edu") },
        "employeeId",
      ],
      [{ date: "2026-11-23", window: "08:00-09:00", employeeId }, "window"],
    ] as const) {
      const res = await registrar.post(`/api/v1/home-visits/${v.id}/schedule`, body);
      assert.equal(res.status, 422, JSON.stringify(body));
      const problem = (await res.json()) as { errors: { field: string }[] };
      assert.deepEqual(
        problem.errors.map((e) => e.field),
        [field],
      );
    }
    let res = await registrar.post(`/api/v1/home-visits/${v.id}/cancel`, { reason: " " });
    assert.equal(res.status, 422);
    const [row] = await t.db.select().from(homeVisits).where(eq(homeVisits.id, v.id));
    assert.equal(row!.status, "requested");
    assert.equal(
      (await t.db.select().from(homeVisitEvents).where(eq(homeVisitEvents.visitId, v.id))).length,
      before.length,
    );

    res = await registrar.post(`/api/v1/home-visits/${v.id}/cancel`, { reason: "Адам ауруханаға түсті" });
    assert.equal(res.status, 200);
    const after = (await res.json()) as Visit;
    assert.equal(after.status, "cancelled");
    assert.deepEqual(
      (await sms(v)).map((m) => m.template),
      ["notice.homeVisit.requested", "notice.homeVisit.cancelled"],
    );
    res = await registrar.post(`/api/v1/home-visits/${v.id}/cancel`, { reason: "again" });
    assert.equal(res.status, 409);
  });

  it("not at home with the next attempt books it again for that day", async () => {
    t.setNow("2026-11-20T05:00:00Z");
    const v = await request();
    const head = await apiAs(t, "head.gov4c-akmola");
    const employeeId = await userId("executor.gov4c-akmola");
    await head.post(`/api/v1/home-visits/${v.id}/schedule`, {
      date: "2026-11-23",
      window: "09:00-12:00",
      employeeId,
    });
    t.setNow("2026-11-23T05:00:00Z");
    const employee = await apiAs(t, "executor.gov4c-akmola");
    let res = await employee.post(`/api/v1/home-visits/${v.id}/not-at-home`, { nextAttempt: "2026-11-25" });
    assert.equal(res.status, 422, "a next attempt needs its time window");
    res = await employee.post(`/api/v1/home-visits/${v.id}/not-at-home`, {
      nextAttempt: "2026-11-25",
      window: "15:00-18:00",
      note: "Көршісі кешке болады деді",
    });
    assert.equal(res.status, 200);
    const after = (await res.json()) as Visit;
    assert.equal(after.status, "scheduled");
    assert.equal(after.scheduledOn, "2026-11-25");
    const last = (await sms(v)).at(-1)!;
    assert.equal(last.template, "notice.homeVisit.not_at_home");
    assert.match(String(last.params.date), /25 қараша/);
  });

  it("who may see and do what: operator, branch, field employee, other bodies, another region, citizen", async () => {
    t.setNow("2026-11-20T05:00:00Z");
    const akmola = await request();
    const karaganda = await request({}, { regionCode: "35", district: "Осакаров ауданы" });
    assert.equal(karaganda.branchId, "gov4c", "no branch in the region: the national office");
    const employeeId = await userId("executor.gov4c-akmola");

    const operator = await apiAs(t, "operator.1414");
    const head = await apiAs(t, "head.gov4c-akmola");
    const registrar = await apiAs(t, "registrar.gov4c-akmola");
    const employee = await apiAs(t, "executor.gov4c-akmola");
    const otherBody = await apiAs(t, "head.akmola-edu");
    const quality = await apiAs(t, "registrar.quality-karaganda");
    const citizen = await apiAs(t, "850315450011");

    const see = async (who: typeof operator, id: string) =>
      (await who.get(`/api/v1/home-visits/${id}`)).status;
    // The operator reads their own requests but plans nothing.
    assert.equal(await see(operator, akmola.id), 200);
    assert.equal(
      (
        await operator.post(`/api/v1/home-visits/${akmola.id}/schedule`, {
          date: "2026-11-23",
          window: "09:00-12:00",
          employeeId,
        })
      ).status,
      403,
    );
    // The Akmola branch: all of its region's, none of another region's.
    assert.equal(await see(head, akmola.id), 200);
    assert.equal(await see(registrar, akmola.id), 200);
    assert.equal(await see(head, karaganda.id), 404, "branch staff of another region");
    assert.equal(
      (await head.post(`/api/v1/home-visits/${karaganda.id}/cancel`, { reason: "not ours" })).status,
      404,
    );
    // The field employee: only the visits assigned to them, and only the outcome.
    assert.equal(await see(employee, akmola.id), 404, "not assigned yet");
    await head.post(`/api/v1/home-visits/${akmola.id}/schedule`, {
      date: "2026-11-23",
      window: "09:00-12:00",
      employeeId,
    });
    assert.equal(await see(employee, akmola.id), 200);
    assert.equal(
      (await employee.post(`/api/v1/home-visits/${akmola.id}/cancel`, { reason: "no" })).status,
      403,
    );
    // Everybody else: 404, and no list.
    for (const who of [otherBody, quality, citizen]) {
      assert.equal(await see(who, akmola.id), 404);
      assert.equal((await who.post(`/api/v1/home-visits/${akmola.id}/cancel`, { reason: "x" })).status, 404);
      assert.equal((await who.get("/api/v1/home-visits")).status, 403);
    }
    assert.equal(
      (await citizen.post("/api/v1/home-visits", visitBody())).status,
      403,
      "only the contact centre records requests",
    );

    const list = async (who: typeof operator, q = "") =>
      ((await (await who.get(`/api/v1/home-visits${q}`)).json()) as { id: string; due: string }[]).map(
        (v) => v.id,
      );
    assert.ok((await list(operator)).includes(karaganda.id), "the operator's own, wherever they went");
    const branch = await list(head);
    assert.ok(branch.includes(akmola.id) && !branch.includes(karaganda.id));
    assert.deepEqual(await list(employee, "?date=2026-11-23"), [akmola.id]);
    assert.deepEqual(await list(head, "?status=scheduled&date=2026-11-23"), [akmola.id]);
    const rows = (await (await head.get("/api/v1/home-visits")).json()) as Record<string, unknown>[];
    assert.ok(
      rows.every((r) => !("note" in r) && !("mobilityNote" in r)),
      "the health note is not in lists",
    );
  });

  it("the caller's status by reference and phone, without personal data", async () => {
    t.setNow("2026-11-20T05:00:00Z");
    const v = await request();
    const head = await apiAs(t, "head.gov4c-akmola");
    const employeeId = await userId("executor.gov4c-akmola");
    await head.post(`/api/v1/home-visits/${v.id}/schedule`, {
      date: "2026-11-25",
      window: "09:00-12:00",
      employeeId,
    });
    const q = (reference: string, phone: string) =>
      t.app.request(`/api/v1/home-visits/status?${new URLSearchParams({ reference, phone })}`, {
        headers: { "x-forwarded-for": "198.51.100.7" },
      });
    let res = await q(v.reference.toLowerCase(), "87015550101");
    assert.equal(res.status, 200, "any spelling of the same phone");
    const body = await res.text();
    const status = JSON.parse(body) as {
      status: string;
      scheduledOn: string;
      due: string;
      events: unknown[];
    };
    assert.equal(status.status, "scheduled");
    assert.equal(status.scheduledOn, "2026-11-25");
    assert.equal(status.due, "2026-11-27");
    assert.equal(status.events.length, 2);
    for (const secret of ["Жақсыбекова", NO_ACCOUNT_IIN, "Абай", "Арбамен", "555"])
      assert.ok(!body.includes(secret), secret);
    res = await q(v.reference, "+77019999999");
    assert.equal(res.status, 404, "a wrong phone is the same as no such request");
    res = await q("HV-ZZZZZZ", PHONE);
    assert.equal(res.status, 404);
  });

  it("the day sheet PDF: the date's visits in route order by district, without the health note", async () => {
    t.setNow("2026-11-20T05:00:00Z");
    const head = await apiAs(t, "head.gov4c-akmola");
    const employeeId = await userId("executor.gov4c-akmola");
    const a = await request({}, { district: "Щучинск ауданы", address: "Щучинск қ., Ақан сері к-сі 5" });
    const b = await request({}, { district: "Көкшетау", address: "Көкшетау қ., Әуезов к-сі 7" });
    for (const v of [a, b])
      await head.post(`/api/v1/home-visits/${v.id}/schedule`, {
        date: "2026-11-30",
        window: "09:00-12:00",
        employeeId,
      });
    const res = await head.get("/api/v1/home-visits/day-sheet.pdf?date=2026-11-30&lang=kk");
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "application/pdf");
    const text = (await pdfText(await res.arrayBuffer())).replace(/\s+/g, " ");
    assert.match(text, /Үйге бару парағы/);
    const first = text.indexOf(b.reference);
    const second = text.indexOf(a.reference);
    assert.ok(first > 0 && second > first, "Көкшетау before Щучинск ауданы");
    assert.ok(!text.includes("Арбамен"), "the health note is not printed");
    const employee = await apiAs(t, "executor.gov4c-akmola");
    assert.equal(
      (await employee.get("/api/v1/home-visits/day-sheet.pdf?date=2026-11-30&lang=ru")).status,
      200,
    );
    const operator = await apiAs(t, "operator.1414");
    assert.equal((await operator.get("/api/v1/home-visits/day-sheet.pdf?date=2026-11-30")).status, 403);
  });

  it("checks the request like the pages do and creates nothing twice", async () => {
    t.setNow("2026-11-20T05:00:00Z");
    const operator = await apiAs(t, "operator.1414");
    const count = async () => (await t.db.select({ id: homeVisits.id }).from(homeVisits)).length;
    const n = await count();
    let res = await operator.post("/api/v1/home-visits", visitBody({}, { iin: "123456789012", phones: [] }));
    assert.equal(res.status, 422);
    const fields = ((await res.json()) as { errors: { field: string }[] }).errors.map((e) => e.field).sort();
    assert.deepEqual(fields, ["applicant.iin", "applicant.phones"]);
    res = await operator.post("/api/v1/home-visits", visitBody({ serviceId: "NOPE-1" }));
    assert.equal(res.status, 422);
    assert.equal(await count(), n);
    const key = { "idempotency-key": "visit-once-1" };
    const first = (await (await operator.post("/api/v1/home-visits", visitBody(), key)).json()) as Visit;
    const again = (await (await operator.post("/api/v1/home-visits", visitBody(), key)).json()) as Visit;
    assert.equal(again.reference, first.reference);
    assert.equal(await count(), n + 1);
    const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    for (const p of [
      "/home-visits",
      "/home-visits/{id}/schedule",
      "/home-visits/status",
      "/home-visits/day-sheet.pdf",
    ])
      assert.ok(p in doc.paths, p);
  });
});
