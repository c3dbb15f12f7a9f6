import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, count, eq, sql } from "drizzle-orm";
import {
  attachments,
  auditEvents,
  complaintEvents,
  complaints,
  registrationCounters,
  registrations,
} from "../../src/db/schema.ts";
import { t as t0 } from "../../src/i18n/index.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client, dateFields } from "../support/browser.ts";
import { apiAs, officeComplaint, tinyPdf } from "../support/complaints.ts";
import { pdfText } from "../support/pdf.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

/** The paper of a complaint as a registrar types it into the form (Russian page). */
function paper(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    "receivedAt.date": "2026-11-20",
    "receivedAt.time": "09:40",
    "applicant.surname": "Ахметова",
    "applicant.name": "Динара",
    "applicant.patronymic": "Серікқызы",
    "applicant.iin": "850315450011",
    "applicant.postalAddress": "г. Кокшетау, ул. Акан серы, 3",
    "applicant.phones": "+77029876543, 8 716 2 55 44 33",
    "applicant.email": "",
    "respondent.organizationId": "akmola-edu",
    "respondent.officials.0.position": "Главный специалист",
    "respondent.officials.0.surname": "Оспанов",
    "respondent.officials.0.name": "Ерлан",
    serviceId: "EDU-01",
    grounds: "deadline_violation",
    reasons: "Нарушен срок постановки ребёнка в очередь в детский сад.",
    demands: "Поставить ребёнка в очередь.",
    learnedOn: "2026-11-10",
    ...overrides,
  };
}

async function registrar(lang = "ru") {
  const client = new Client(t.app);
  await client.signIn("registrar.akmola-edu", "demo", lang);
  const page = await client.get(`/${lang}/office/complaints/new`);
  assert.equal(page.status, 200);
  return client;
}

const keyOf = (html: string) => /name="idempotencyKey" value="([^"]+)"/.exec(html)?.[1] ?? "";

/** Posts the one-page form as multipart, as a browser does, with the page's CSRF token and key. */
async function post(
  client: Client,
  fields: Record<string, string>,
  files: { name: string; bytes: Uint8Array; type: string }[] = [],
  { lang = "ru", key = keyOf(client.lastHtml), csrf = client.csrf() } = {},
) {
  const form = new FormData();
  form.set("_csrf", csrf);
  form.set("idempotencyKey", key);
  for (const [name, value] of Object.entries(dateFields(fields, "receivedAt.date", "learnedOn")))
    form.append(name, value);
  for (const f of files)
    form.append("scans", new File([f.bytes.slice().buffer as ArrayBuffer], f.name, { type: f.type }));
  if (files.length === 0) form.append("scans", new File([], "", { type: "application/octet-stream" }));
  return client.request(`/${lang}/office/complaints/new`, { method: "POST", body: form });
}

const idFrom = (location: string | null) =>
  /\/office\/complaints\/([0-9a-f-]{36})/.exec(location ?? "")?.[1] ?? "";
const summary = (html: string) =>
  [...html.matchAll(/<li><a href="#([^"]+)">([^<]+)<\/a><\/li>/g)].map((m) => ({
    id: m[1] ?? "",
    text: m[2] ?? "",
  }));

describe("office intake page", () => {
  it("offers one form with defaults: own organization, received now, a per-form key", async () => {
    const client = await registrar();
    const html = client.lastHtml;
    assert.match(html, /enctype="multipart\/form-data"/);
    assert.ok(html.includes('name="receivedAt.date-day" type="text" inputmode="numeric" value="20"'));
    assert.ok(html.includes('name="receivedAt.date-month" type="text" inputmode="numeric" value="11"'));
    assert.ok(html.includes('name="receivedAt.date-year" type="text" inputmode="numeric" value="2026"'));
    assert.ok(html.includes('name="receivedAt.time" type="time" value="10:00"'));
    assert.match(html, /<option value="akmola-edu" selected="">/);
    assert.match(html, /Руководитель услугодателя — ГУ «Управление образования Акмолинской области»/);
    assert.match(keyOf(html), /^[0-9a-f-]{36}$/);
    assert.match(html, /name="_csrf"/);
  });

  it("asks what is appealed (the body's own act by default) and keeps a late complaint's reason", async () => {
    const client = await registrar();
    assert.match(client.lastHtml, /name="appealed" type="radio" value="body" checked=""/);
    const res = await post(
      client,
      paper({ appealed: "employee", learnedOn: "2026-05-01", lateReason: "Болел, справка приложена" }),
    );
    assert.equal(res.status, 303);
    const registrarApi = await apiAs(t, "registrar.akmola-edu");
    const view = (await (
      await registrarApi.get(`/api/v1/complaints/${idFrom(res.headers.get("location"))}`)
    ).json()) as {
      appealed: string;
      filedLate: boolean;
      lateReason: string;
      deadlines: { kind: string }[];
    };
    assert.deepEqual(
      [view.appealed, view.filedLate, view.lateReason],
      ["employee", true, "Болел, справка приложена"],
    );
    assert.ok(
      view.deadlines.some((d) => d.kind === "review"),
      "the head reviews an employee's conduct",
    );
  });

  it("registers a paper complaint with a scan at once and shows the number, term, place and talon", async () => {
    const client = await registrar();
    const res = await post(client, paper(), [
      { name: "scan.pdf", bytes: tinyPdf(), type: "application/pdf" },
    ]);
    assert.equal(res.status, 303);
    const id = idFrom(res.headers.get("location"));
    assert.ok(id);
    const page = await client.get(`/ru/office/complaints/${id}`);
    assert.equal(page.status, 200);
    const html = await page.text();
    const number = /id="registration-number">([^<]+)</.exec(html)?.[1];
    assert.match(number ?? "", /^AKMOLA-EDU-2026-\d{5}$/);
    assert.match(html, /20 ноября 2026/);
    assert.match(html, /id="answer-by">25 ноября 2026 г\.</);
    assert.match(html, /Акмолинская область, г\. Кокшетау, ул\. Сатпаева, 1А, каб\. 303/);
    assert.match(html, /Жұмабаева Ә\. Қ\., Специалист канцелярии/);
    assert.ok(html.includes(`href="/ru/office/complaints/${id}/talon.pdf"`));
    assert.match(html, /Скачать талон \(PDF\)/);
    assert.ok(html.includes('href="/ru/office/complaints/new"'));

    const [c] = await t.db.select().from(complaints).where(eq(complaints.id, id));
    assert.equal(c!.channel, "office");
    assert.equal(c!.status, "registered");
    assert.equal(c!.signature?.method, "paper");
    assert.equal(c!.receivedAt.toISOString(), "2026-11-20T04:40:00.000Z");
    assert.deepEqual(c!.applicant.phones, ["+77029876543", "8 716 2 55 44 33"]);
    assert.equal(c!.language, "ru");
    const files = await t.db.select().from(attachments).where(eq(attachments.complaintId, id));
    assert.equal(files.length, 1);
    assert.equal(files[0]!.filename, "scan.pdf");

    const today = await client.get("/ru/office");
    const list = await today.text();
    assert.ok(list.includes(number!));
    assert.ok(list.includes("Ахметова"));
    assert.ok(list.includes(`/ru/office/complaints/${id}/talon.pdf`));
  });

  it("files once when the same form is posted twice (double click)", async () => {
    const client = await registrar();
    const key = keyOf(client.lastHtml);
    const csrf = client.csrf();
    const fields = paper({ "applicant.surname": "Двойной" });
    const first = await post(client, fields, [], { key, csrf });
    const second = await post(client, fields, [], { key, csrf });
    assert.equal(first.status, 303);
    assert.equal(second.headers.get("location"), first.headers.get("location"));
    const [n] = await t.db
      .select({ n: count() })
      .from(complaints)
      .where(sql`${complaints.applicant}->>'surname' = 'Двойной'`);
    assert.equal(n!.n, 1);
  });

  it("refuses a wrong IIN with a message that names the field, keeping what was typed", async () => {
    const client = await registrar();
    const before = await t.db.select({ n: count() }).from(complaints);
    const res = await post(client, paper({ "applicant.iin": "850315450012" }));
    assert.equal(res.status, 422);
    const html = await res.text();
    const issues = summary(html);
    assert.deepEqual(
      issues.map((i) => i.id),
      ["applicant-iin"],
    );
    assert.match(issues[0]!.text, /^ИИН заявителя: /);
    assert.match(html, /id="applicant-iin-error"/);
    assert.ok(html.includes('name="applicant.surname" type="text" value="Ахметова"'));
    assert.match(html, /name="_csrf"/);
    const after = await t.db.select({ n: count() }).from(complaints);
    assert.equal(after[0]!.n, before[0]!.n);
  });

  it("refuses a complaint missing required elements field by field, unless accepted with a flag", async () => {
    const client = await registrar();
    const incomplete = paper({ reasons: "", "respondent.officials.0.surname": "", grounds: "" });
    const refused = await post(client, incomplete);
    assert.equal(refused.status, 422);
    const issues = summary(await refused.text());
    assert.deepEqual(issues.map((i) => i.id).sort(), [
      "grounds",
      "reasons",
      "respondent-officials-0-surname",
    ]);
    assert.ok(issues.some((i) => i.text.startsWith("Причины обжалования: ")));
    assert.ok(issues.some((i) => i.text.startsWith("Должностное лицо 1: Фамилия: ")));

    const accepted = await post(client, { ...incomplete, acceptIncomplete: "1" });
    assert.equal(accepted.status, 303);
    const id = idFrom(accepted.headers.get("location"));
    const [c] = await t.db.select().from(complaints).where(eq(complaints.id, id));
    assert.equal(c!.status, "registered");
    assert.equal(c!.reasons, "");
    assert.deepEqual(c!.grounds, []);
    const [flag] = await t.db
      .select()
      .from(complaintEvents)
      .where(and(eq(complaintEvents.complaintId, id), eq(complaintEvents.kind, "accepted_incomplete")));
    assert.ok(flag, "the flag is on the complaint's log");
    assert.deepEqual((flag!.data.missing as string[]).sort(), [
      "grounds",
      "reasons",
      "respondent.officials.0.surname",
    ]);
    assert.equal(flag!.internal, true);
    const page = await (await client.get(accepted.headers.get("location")!)).text();
    assert.match(page, /Принята без обязательных реквизитов/);
    assert.match(page, /Причины обжалования/);
    const [reg] = await t.db.select().from(registrations).where(eq(registrations.complaintId, id));
    assert.ok(reg, "registered all the same");
  });

  it("does not let the flag excuse an invalid value", async () => {
    const client = await registrar();
    const res = await post(client, {
      ...paper({ reasons: "", "applicant.iin": "123" }),
      acceptIncomplete: "1",
    });
    assert.equal(res.status, 422);
    assert.deepEqual(
      summary(await res.text()).map((i) => i.id),
      ["applicant-iin", "reasons"],
    );
  });

  it("refuses a scan that is not a PDF, JPEG or PNG by its content, and keeps the good ones", async () => {
    const client = await registrar();
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 1, 2, 3, 4]);
    const res = await post(client, paper({ reasons: "" }), [
      { name: "scan.pdf", bytes: tinyPdf(), type: "application/pdf" },
      { name: "virus.pdf", bytes: exe, type: "application/pdf" },
    ]);
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.deepEqual(
      summary(html).map((i) => i.id),
      ["reasons", "scans"],
    );
    assert.match(html, /scan\.pdf/);
    const kept = /name="attachmentIds" value="([0-9a-f-]{36})"/.exec(html)?.[1];
    assert.ok(kept);
    const ok = await post(client, { ...paper(), attachmentIds: kept! });
    assert.equal(ok.status, 303);
    const [file] = await t.db.select().from(attachments).where(eq(attachments.id, kept!));
    assert.equal(file!.complaintId, idFrom(ok.headers.get("location")));
  });

  it("registers a paper received on a Sunday on the next working day", async () => {
    const client = await registrar();
    const res = await post(client, paper({ "receivedAt.date": "2026-11-15", "receivedAt.time": "11:00" }));
    assert.equal(res.status, 303);
    const [reg] = await t.db
      .select()
      .from(registrations)
      .where(eq(registrations.complaintId, idFrom(res.headers.get("location"))));
    assert.equal(reg!.registeredOn, "2026-11-16");
  });

  it("refuses a receipt time in the future", async () => {
    const client = await registrar();
    const res = await post(client, paper({ "receivedAt.date": "2026-11-21" }));
    assert.equal(res.status, 422);
    assert.deepEqual(
      summary(await res.text()).map((i) => i.id),
      ["receivedAt-date"],
    );
  });

  it("needs the CSRF token and the registrar role", async () => {
    const client = await registrar();
    const res = await post(client, paper(), [], { csrf: "forged" });
    assert.equal(res.status, 403);
    const citizen = new Client(t.app);
    await citizen.signIn("900101300126", "demo", "ru");
    assert.equal((await citizen.get("/ru/office/complaints/new")).status, 403);
    const anonymous = new Client(t.app);
    const redirect = await anonymous.get("/ru/office/complaints/new");
    assert.equal(redirect.status, 303);
    assert.match(redirect.headers.get("location") ?? "", /\/ru\/sign-in/);
  });
});

const complaintCount = async () => (await t.db.select({ n: count() }).from(complaints))[0]!.n;
type Problem = { status: number; errors?: { field: string; code: string; message: string }[] };

describe("office receipt dates", () => {
  it("refuses a receipt in the future through the API, creating nothing and taking no number", async () => {
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const before = await complaintCount();
    const res = await registrar.post(
      "/api/v1/office/complaints",
      officeComplaint({ receivedAt: "2027-01-15T10:00:00+05:00" }),
      { "accept-language": "ru" },
    );
    const problem = (await res.json()) as Problem;
    assert.equal(res.status, 422);
    assert.deepEqual(
      problem.errors?.map((e) => [e.field, e.code]),
      [["receivedAt", "date_in_future"]],
    );
    assert.equal(problem.errors?.[0]?.message, t0("ru", "field.date_in_future"));
    assert.equal(await complaintCount(), before);
    const counters = await t.db
      .select()
      .from(registrationCounters)
      .where(eq(registrationCounters.year, 2027));
    assert.deepEqual(counters, [], "no 2027 number taken");
  });

  it("needs a reason for a receipt more than 30 days back, and records it in the audit", async () => {
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const before = await complaintCount();
    // The clock reads 20 Nov 2026: 20 Oct is 31 days back, 21 Oct is 30.
    const old = await registrar.post(
      "/api/v1/office/complaints",
      officeComplaint({ receivedAt: "2026-10-20T10:00:00+05:00" }),
      { "accept-language": "kk" },
    );
    const problem = (await old.json()) as Problem;
    assert.equal(old.status, 422);
    assert.deepEqual(
      problem.errors?.map((e) => [e.field, e.code]),
      [["backdateReason", "backdate_reason_required"]],
    );
    assert.match(problem.errors?.[0]?.message ?? "", /30 күннен бұрын/);
    const blank = await registrar.post(
      "/api/v1/office/complaints",
      officeComplaint({ receivedAt: "2026-10-20T10:00:00+05:00", backdateReason: "   " }),
    );
    assert.equal(blank.status, 422, "a blank reason is no reason");
    assert.equal(await complaintCount(), before);

    const thirty = await registrar.post(
      "/api/v1/office/complaints",
      officeComplaint({ receivedAt: "2026-10-21T10:00:00+05:00", learnedOn: "2026-10-01" }),
    );
    assert.equal(thirty.status, 201, "30 days back needs no reason");

    const reason = "Пошта арқылы келген хат басқа бөлімге қате тіркелген, 19 қарашада табылды";
    const res = await registrar.post(
      "/api/v1/office/complaints",
      officeComplaint({
        receivedAt: "2026-10-20T10:00:00+05:00",
        learnedOn: "2026-10-01",
        backdateReason: reason,
      }),
    );
    assert.equal(res.status, 201, await res.clone().text());
    const { id, regime } = (await res.json()) as { id: string; regime: string };
    assert.equal(regime, "appc-2021");
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "complaint.submitted")));
    assert.equal(audit!.data.backdateReason, reason);
    const [event] = await t.db
      .select()
      .from(complaintEvents)
      .where(and(eq(complaintEvents.complaintId, id), eq(complaintEvents.kind, "submitted")));
    assert.equal(event!.data.backdateReason, reason);
  });

  it("keeps the regime of the receipt date and shows it: a receipt of 30 June 2021 is under the 2007 law", async () => {
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const res = await registrar.post(
      "/api/v1/office/complaints",
      officeComplaint({
        receivedAt: "2021-06-30T10:00:00+05:00",
        learnedOn: "2021-06-20",
        backdateReason: "Архивтен табылған қағаз",
      }),
    );
    assert.equal(res.status, 201, await res.clone().text());
    const c = (await res.json()) as { id: string; regime: string; registration: { number: string } };
    assert.equal(c.regime, "appeals-law-2007");
    assert.match(c.registration.number, /^AKMOLA-EDU-2021-\d{5}$/);

    const ru = await pdfText(
      await (await registrar.get(`/api/v1/complaints/${c.id}/talon.pdf?lang=ru`)).arrayBuffer(),
    );
    assert.match(ru, /Применяемый порядок/);
    assert.match(ru, /221-III/);
    const kk = await pdfText(
      await (await registrar.get(`/api/v1/complaints/${c.id}/talon.pdf?lang=kk`)).arrayBuffer(),
    );
    assert.match(kk, /Қолданылатын тәртіп/);

    const client = await registrar.get(`/ru/office/complaints/${c.id}`);
    const html = await client.text();
    assert.equal(client.status, 200);
    assert.ok(html.includes(t0("ru", "regime.appeals-law-2007")));
    assert.ok(html.includes(t0("ru", "regime.basis.appeals-law-2007")));
  });

  it("asks on the form for the reason of a receipt more than 30 days back", async () => {
    const client = await registrar();
    assert.ok(client.lastHtml.includes('name="backdateReason"'), "the field is on the form");
    assert.ok(!/<details class="govuk-details" open/.test(client.lastHtml), "folded by default");
    const fields = paper({
      "receivedAt.date": "2026-10-01",
      learnedOn: "2026-09-25",
      "applicant.surname": "Кешіккен",
    });
    const res = await post(client, fields);
    const html = await res.text();
    assert.equal(res.status, 422);
    assert.deepEqual(
      summary(html).map((i) => i.id),
      ["backdateReason"],
    );
    assert.match(html, /<details class="govuk-details" open/);
    const ok = await post(client, { ...fields, backdateReason: "Хат басқа бөлімде жатып қалған" });
    assert.equal(ok.status, 303);
    const page = await (await client.get(ok.headers.get("location")!)).text();
    assert.ok(page.includes('id="regime"'));
    assert.ok(page.includes(t0("ru", "regime.basis.appc-2021")));
  });
});
