import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq, sql } from "drizzle-orm";
import { auditEvents, complaintDrafts, complaintEvents, complaints, deadlines } from "../../src/db/schema.ts";
import { t } from "../../src/i18n/index.ts";
import { registerComplaint } from "../../src/operations/register-complaint.ts";
import { currentCalendar } from "../../src/queries/calendar.ts";
import { findSessionUser } from "../../src/queries/session-user.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { tinyPdf } from "../support/complaints.ts";

let t0: TestApp;
before(async () => {
  t0 = await testApp();
});
after(() => t0.close());

const SCRIPT = `<script>alert("x")</script>`;
const ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;";

/** The answers of each question page, as a browser posts them. */
const ANSWERS: Record<string, Record<string, string>> = {
  respondent: { "respondent.organizationId": "akmola-edu" },
  appealed: { appealed: "body" },
  service: { serviceId: "EDU-01" },
  addressee: { addressee: "provider_head|akmola-edu" },
  officials: {
    "officials.0.position": "Бас маман",
    "officials.0.surname": "Оспанов",
    "officials.0.name": "Ерлан",
  },
  grounds: { grounds: "deadline_violation" },
  reasons: { reasons: `Кезекке қою мерзімі бұзылды. ${SCRIPT}` },
  demands: { demands: "Баланы кезекке қоюды сұраймын." },
  learned: { "learnedOn-day": "10", "learnedOn-month": "11", "learnedOn-year": "2026" },
  contacts: {
    "applicant.postalAddress": "Көкшетау қ., Абай к-сі 10, 5 пәтер",
    "applicant.phones": "+77011234567",
    "applicant.email": "nurlan@example.kz",
  },
};

/** Each step's required field left empty: the field id the summary links to and the message it shows. */
const MISSING: [step: string, form: Record<string, string>, field: string, key: string][] = [
  ["appealed", { appealed: "" }, "appealed", "field.appealed.required"],
  [
    "respondent",
    { "respondent.organizationId": "" },
    "respondent-organizationId",
    "field.respondent.organizationId.required",
  ],
  ["service", { serviceId: "" }, "serviceId", "field.serviceId.required"],
  ["addressee", {}, "addressee", "field.addressee.required"],
  [
    "officials",
    { "officials.0.position": "Бас маман", "officials.0.surname": "", "officials.0.name": "Ерлан" },
    "officials-0-surname",
    "field.officials.surname.required",
  ],
  ["grounds", {}, "grounds", "field.grounds.required"],
  ["reasons", { reasons: "   " }, "reasons", "field.reasons.required"],
  ["demands", { demands: "" }, "demands", "field.demands.required"],
  [
    "learned",
    { "learnedOn-day": "", "learnedOn-month": "", "learnedOn-year": "" },
    "learnedOn",
    "field.learnedOn.required",
  ],
  [
    "contacts",
    { "applicant.postalAddress": "", "applicant.phones": "", "applicant.email": "" },
    "applicant-postalAddress",
    "field.applicant.postalAddress.required",
  ],
];

async function signedIn(login = "900101300126") {
  const client = new Client(t0.app);
  const res = await client.signIn(login);
  assert.equal(res.status, 303);
  return client;
}

async function startDraft(client: Client): Promise<string> {
  const start = await client.get("/kk/complaints/new");
  assert.equal(start.status, 200);
  const res = await client.postForm("/kk/complaints/new", {});
  assert.equal(res.status, 303);
  const match = /\/kk\/complaints\/new\/([0-9a-f-]{36})\/respondent$/.exec(res.headers.get("location") ?? "");
  assert.ok(match, res.headers.get("location") ?? "no location");
  return match[1]!;
}

async function answer(client: Client, draftId: string, step: string, form: Record<string, string>) {
  await client.get(`/kk/complaints/new/${draftId}/${step}`);
  return client.postForm(`/kk/complaints/new/${draftId}/${step}`, form);
}

async function fillAll(
  client: Client,
  draftId: string,
  overrides: Record<string, Record<string, string>> = {},
) {
  for (const [step, form] of Object.entries({ ...ANSWERS, ...overrides })) {
    const res = await answer(client, draftId, step, form);
    assert.equal(res.status, 303, `${step}: ${client.lastHtml.slice(0, 0)}${res.status}`);
  }
}

const draftData = async (id: string) =>
  (await t0.db.select().from(complaintDrafts).where(eq(complaintDrafts.id, id)))[0]!.data;

/** Opens the declaration page and returns the fingerprint it shows. */
async function openDeclaration(client: Client, draftId: string): Promise<string> {
  const res = await client.get(`/kk/complaints/new/${draftId}/declaration`);
  assert.equal(res.status, 200);
  return /name="sha256" value="([0-9a-f]{64})"/.exec(client.lastHtml)![1]!;
}

async function fileComplaint(client: Client): Promise<string> {
  const draftId = await startDraft(client);
  await fillAll(client, draftId);
  const sha256 = await openDeclaration(client, draftId);
  const res = await client.postForm(`/kk/complaints/new/${draftId}/declaration`, { confirm: "yes", sha256 });
  assert.equal(res.status, 303);
  return /\/kk\/complaints\/([0-9a-f-]{36})\/submitted$/.exec(res.headers.get("location")!)![1]!;
}

describe("portal filing, one question per page", () => {
  for (const [step, form, field, key] of MISSING) {
    it(`${step}: the required answer missing → 422 with the error summary naming it, nothing stored`, async () => {
      const client = await signedIn();
      const draftId = await startDraft(client);
      // Earlier answers give the later pages their options.
      for (const s of ["respondent", "service"])
        if (s !== step) await answer(client, draftId, s, ANSWERS[s]!);
      const before = await draftData(draftId);
      const res = await answer(client, draftId, step, form);
      assert.equal(res.status, 422);
      const html = await res.text();
      assert.match(html, /class="govuk-error-summary"/);
      const message = t("kk", key);
      assert.ok(html.includes(`<a href="#${field}">${message}</a>`), `summary link to #${field}: ${message}`);
      assert.ok(html.includes(`id="${field}"`), `the field #${field} exists`);
      assert.match(html, /<title>Қате: /);
      assert.deepEqual(await draftData(draftId), before);
    });
  }

  it("refuses an addressee the respondent does not allow and a date in the future, in Russian", async () => {
    const client = await signedIn();
    const draftId = await startDraft(client);
    await answer(client, draftId, "respondent", ANSWERS.respondent!);
    await client.get(`/ru/complaints/new/${draftId}/addressee`);
    let res = await client.postForm(`/ru/complaints/new/${draftId}/addressee`, {
      addressee: "informatization_authority|minai",
    });
    assert.equal(res.status, 422);
    assert.ok((await res.text()).includes(t("ru", "field.addressee.addressee_not_allowed")));
    res = await client.postForm(`/ru/complaints/new/${draftId}/learned`, {
      "learnedOn-day": "1",
      "learnedOn-month": "1",
      "learnedOn-year": "2027",
    });
    assert.equal(res.status, 422);
    assert.ok((await res.text()).includes(t("ru", "field.learnedOn.date_in_future")));
  });

  it("proposes the addressees of the respondent: head, akim, State Corporation heads, minai, quality", async () => {
    const client = await signedIn();
    const draftId = await startDraft(client);
    await answer(client, draftId, "respondent", ANSWERS.respondent!);
    await client.get(`/en/complaints/new/${draftId}/addressee`);
    const values = [...client.lastHtml.matchAll(/name="addressee" type="radio" value="([^"]+)"/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(values, [
      "provider_head|akmola-edu",
      "akim|akmola-akimat",
      "quality_authority|quality-akmola",
    ]);
    await answer(client, draftId, "respondent", { "respondent.organizationId": "gov4c-akmola" });
    await client.get(`/en/complaints/new/${draftId}/addressee`);
    const sc = [...client.lastHtml.matchAll(/name="addressee" type="radio" value="([^"]+)"/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(sc, [
      "state_corporation_head|gov4c",
      "state_corporation_head|gov4c-akmola",
      "informatization_authority|minai",
      "quality_authority|quality-akmola",
    ]);
  });

  it("files a complaint: check page escapes markup, the declaration shows the signed text's SHA-256, one complaint", async () => {
    const client = await signedIn();
    const draftId = await startDraft(client);
    await fillAll(client, draftId, {
      officials: {
        ...ANSWERS.officials!,
        "officials.1.position": "Басшы",
        "officials.1.surname": "Жұмабаев",
        "officials.1.name": "Асқар",
      },
      grounds: { grounds: "deadline_violation" },
    });
    // A second ground through a repeated field, as checkboxes send it.
    const body = new URLSearchParams([
      ["grounds", "deadline_violation"],
      ["grounds", "rude_service"],
    ]);
    await client.get(`/kk/complaints/new/${draftId}/grounds`);
    body.set("_csrf", client.csrf());
    const g = await client.request(`/kk/complaints/new/${draftId}/grounds`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    assert.equal(g.status, 303);
    // An attachment uploaded through the page (multipart with the CSRF field).
    await client.get(`/kk/complaints/new/${draftId}/attachments`);
    const form = new FormData();
    form.set("_csrf", client.csrf());
    form.set("file", new File([Buffer.from(tinyPdf())], "анықтама.pdf", { type: "application/pdf" }));
    const up = await client.request(`/kk/complaints/new/${draftId}/attachments`, {
      method: "POST",
      body: form,
    });
    assert.equal(up.status, 303);
    await client.get(`/kk/complaints/new/${draftId}/attachments`);
    assert.match(client.lastHtml, /анықтама\.pdf/);

    const check = await client.get(`/kk/complaints/new/${draftId}/check`);
    assert.equal(check.status, 200);
    const html = await check.text();
    assert.ok(html.includes(ESCAPED), "markup shown as text on the check page");
    assert.ok(!html.includes(SCRIPT));
    assert.ok(html.includes(`/kk/complaints/new/${draftId}/reasons?return=check`), "change link");
    assert.ok(html.includes("Жұмабаев Асқар"));

    const sha256 = await openDeclaration(client, draftId);
    assert.ok(!client.lastHtml.includes(SCRIPT));
    const unconfirmed = await client.postForm(`/kk/complaints/new/${draftId}/declaration`, { sha256 });
    assert.equal(unconfirmed.status, 422);
    assert.ok(
      (await unconfirmed.text()).includes(`<a href="#confirm">${t("kk", "field.confirm.required")}</a>`),
    );
    assert.equal(
      (await t0.db.select().from(complaints).where(sql`${complaints.reasons} like '%alert%'`)).length,
      0,
    );

    // A double-clicked submit: two posts of the same declaration at once, then a third.
    await client.get(`/kk/complaints/new/${draftId}/declaration`);
    const [a, b] = await Promise.all([
      client.postForm(`/kk/complaints/new/${draftId}/declaration`, { confirm: "yes", sha256 }),
      client.postForm(`/kk/complaints/new/${draftId}/declaration`, { confirm: "yes", sha256 }),
    ]);
    const c = await client.postForm(`/kk/complaints/new/${draftId}/declaration`, { confirm: "yes", sha256 });
    assert.deepEqual([a.status, b.status, c.status], [303, 303, 303]);
    const location = a.headers.get("location")!;
    assert.equal(b.headers.get("location"), location);
    assert.equal(c.headers.get("location"), location);
    const id = /complaints\/([0-9a-f-]{36})\/submitted/.exec(location)![1]!;
    const rows = await t0.db.select().from(complaints).where(sql`${complaints.reasons} like '%alert%'`);
    assert.equal(rows.length, 1);
    const row = rows[0]!;
    assert.equal(row.id, id);
    assert.equal(row.reasons, ANSWERS.reasons!.reasons, "stored as typed");
    assert.equal(row.signature?.sha256, sha256, "the stored signature is over the text shown");
    assert.equal(row.signature?.method, "portal_session");
    assert.deepEqual(row.grounds, ["deadline_violation", "rude_service"]);
    assert.equal(row.respondentOfficials.length, 2);
    assert.equal(row.applicant.iin, "900101300126");
    assert.equal(row.filedLate, false);

    const done = await client.get(location);
    assert.equal(done.status, 200);
    const confirmation = await done.text();
    assert.match(confirmation, /govuk-panel--confirmation/);
    assert.ok(confirmation.includes(id.slice(0, 8).toUpperCase()));

    // The draft is closed: its pages lead to the confirmation.
    const reopened = await client.get(`/kk/complaints/new/${draftId}/reasons`);
    assert.equal(reopened.status, 303);
    assert.equal(reopened.headers.get("location"), location);

    const page = await client.get(`/kk/complaints/${id}`);
    assert.equal(page.status, 200);
    const pageHtml = await page.text();
    assert.ok(pageHtml.includes(ESCAPED), "escaped on the complaint page");
    assert.ok(!pageHtml.includes(SCRIPT));
    assert.ok(pageHtml.includes(t("kk", "mark.delivered")));
    assert.match(pageHtml, /анықтама\.pdf/);

    const cabinet = await client.get("/kk/cabinet");
    const cabinetHtml = await cabinet.text();
    assert.ok(cabinetHtml.includes(`/kk/complaints/${id}`));
    assert.ok(cabinetHtml.includes("&lt;script&gt;"), "escaped in the cabinet");
    assert.ok(!cabinetHtml.includes(SCRIPT));
  });

  it("a late date: the check page says it is accepted and flagged; the complaint is flagged", async () => {
    const client = await signedIn();
    const draftId = await startDraft(client);
    await fillAll(client, draftId, {
      learned: { "learnedOn-day": "2", "learnedOn-month": "3", "learnedOn-year": "2026" },
    });
    await client.get(`/ru/complaints/new/${draftId}/check`);
    assert.ok(client.lastHtml.includes(t("ru", "portal.learned.late")));
    const sha256 = /name="sha256" value="([0-9a-f]{64})"/.exec(
      await (await client.get(`/ru/complaints/new/${draftId}/declaration`)).text(),
    )![1]!;
    const res = await client.postForm(`/ru/complaints/new/${draftId}/declaration`, {
      confirm: "yes",
      sha256,
    });
    const id = /complaints\/([0-9a-f-]{36})\/submitted/.exec(res.headers.get("location")!)![1]!;
    const [row] = await t0.db.select().from(complaints).where(eq(complaints.id, id));
    assert.equal(row!.filedLate, true);
  });

  it("an incomplete draft cannot reach the declaration; the check page lists what is missing", async () => {
    const client = await signedIn();
    const draftId = await startDraft(client);
    await answer(client, draftId, "respondent", ANSWERS.respondent!);
    const res = await client.get(`/en/complaints/new/${draftId}/declaration`);
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.ok(html.includes(t("en", "field.reasons.incomplete")));
    assert.ok(html.includes(`/en/complaints/new/${draftId}/reasons?return=check`));
    const post = await client.postForm(`/en/complaints/new/${draftId}/declaration`, {
      confirm: "yes",
      sha256: "x",
    });
    assert.equal(post.status, 422);
    assert.equal(
      (await t0.db.select().from(complaintDrafts).where(eq(complaintDrafts.id, draftId)))[0]!
        .submittedComplaintId,
      null,
    );
  });

  it("answers changed after the declaration was shown → 409, nothing filed", async () => {
    const client = await signedIn("850315450011");
    const draftId = await startDraft(client);
    await fillAll(client, draftId);
    const sha256 = await openDeclaration(client, draftId);
    await answer(client, draftId, "demands", { demands: "Басқа талап." });
    await client.get(`/kk/complaints/new/${draftId}/check`);
    const res = await client.postForm(`/kk/complaints/new/${draftId}/declaration`, {
      confirm: "yes",
      sha256,
    });
    assert.equal(res.status, 409);
    assert.equal(
      (await t0.db.select().from(complaintDrafts).where(eq(complaintDrafts.id, draftId)))[0]!
        .submittedComplaintId,
      null,
    );
  });

  it("attachments: a wrong type → 415, no file → 422, remove takes it off the list", async () => {
    const client = await signedIn();
    const draftId = await startDraft(client);
    await client.get(`/kk/complaints/new/${draftId}/attachments`);
    const exe = new FormData();
    exe.set("_csrf", client.csrf());
    exe.set("file", new File([Buffer.from("MZ\x90\x00not a pdf")], "virus.pdf", { type: "application/pdf" }));
    const bad = await client.request(`/kk/complaints/new/${draftId}/attachments`, {
      method: "POST",
      body: exe,
    });
    assert.equal(bad.status, 415);
    assert.ok((await bad.text()).includes(t("kk", "field.attachment_type")));
    const none = new FormData();
    none.set("_csrf", client.csrf());
    none.set("file", new File([], "", { type: "application/octet-stream" }));
    const empty = await client.request(`/kk/complaints/new/${draftId}/attachments`, {
      method: "POST",
      body: none,
    });
    assert.equal(empty.status, 422);
    assert.ok((await empty.text()).includes(`<a href="#file">${t("kk", "field.file.required")}</a>`));
    assert.deepEqual((await draftData(draftId)).attachmentIds, undefined);

    const ok = new FormData();
    ok.set("_csrf", client.csrf());
    ok.set("file", new File([Buffer.from(tinyPdf())], "a.pdf", { type: "application/pdf" }));
    assert.equal(
      (await client.request(`/kk/complaints/new/${draftId}/attachments`, { method: "POST", body: ok }))
        .status,
      303,
    );
    const [fileId] = (await draftData(draftId)).attachmentIds as string[];
    await client.get(`/kk/complaints/new/${draftId}/attachments`);
    const removed = await client.postForm(`/kk/complaints/new/${draftId}/attachments/${fileId}/remove`, {});
    assert.equal(removed.status, 303);
    assert.deepEqual((await draftData(draftId)).attachmentIds, []);
  });

  it("attachments: Continue adds the chosen file and goes on; a file over 10 MB returns to the step (413), the draft as it was", async () => {
    const client = await signedIn();
    const draftId = await startDraft(client);
    const step = `/kk/complaints/new/${draftId}/attachments`;
    await client.get(step);
    const post = (file: File | null) => {
      const form = new FormData();
      form.set("_csrf", client.csrf());
      form.set("then", "check");
      form.set("file", file ?? new File([], "", { type: "application/octet-stream" }));
      return client.request(step, { method: "POST", body: form });
    };
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x20);
    big.set(tinyPdf());
    const tooBig = await post(new File([big], "big.pdf", { type: "application/pdf" }));
    assert.equal(tooBig.status, 413);
    const page = await tooBig.text();
    assert.ok(page.includes(`<a href="#file">${t("kk", "field.attachment_too_large", { max: 10 })}</a>`));
    assert.ok(page.includes(`action="${step}"`), "the step again, not an error page");
    assert.deepEqual((await draftData(draftId)).attachmentIds, undefined);

    const chosen = await post(new File([Buffer.from(tinyPdf())], "a.pdf", { type: "application/pdf" }));
    assert.equal(chosen.status, 303);
    assert.equal(chosen.headers.get("location"), `/kk/complaints/new/${draftId}/check`);
    assert.equal(((await draftData(draftId)).attachmentIds as string[]).length, 1);
    await client.get(step);
    const nothing = await post(null);
    assert.equal(nothing.status, 303, "Continue with no file chosen simply goes on");
    assert.equal(((await draftData(draftId)).attachmentIds as string[]).length, 1);
  });

  it("switching language keeps the draft: a step answered in Kazakh shows its answer in Russian", async () => {
    const client = await signedIn();
    const draftId = await startDraft(client);
    assert.equal((await answer(client, draftId, "reasons", { reasons: "Мерзім бұзылды" })).status, 303);
    const ru = await client.get(`/ru/complaints/new/${draftId}/reasons`);
    assert.equal(ru.status, 200);
    const html = await ru.text();
    assert.match(html, /<html lang="ru"/);
    assert.match(html, /Мерзім бұзылды/);
    // The switch on a step page points at the same step of the same draft.
    assert.match(html, new RegExp(`href="/kk/complaints/new/${draftId}/reasons"`));
  });

  it("a draft is its owner's: another citizen gets 404 on its pages", async () => {
    const owner = await signedIn();
    const draftId = await startDraft(owner);
    const other = await signedIn("850315450011");
    assert.equal((await other.get(`/kk/complaints/new/${draftId}/respondent`)).status, 404);
    await other.get("/kk/complaints/new");
    assert.equal(
      (await other.postForm(`/kk/complaints/new/${draftId}/reasons`, { reasons: "x" })).status,
      404,
    );
    assert.equal(
      (await other.postForm(`/kk/complaints/new/${draftId}/declaration`, { confirm: "yes" })).status,
      404,
    );
  });

  it("staff cannot file through the citizen's form; signed-out visitors go to sign-in", async () => {
    const anonymous = new Client(t0.app);
    const res = await anonymous.get("/kk/complaints/new");
    assert.equal(res.status, 303);
    assert.match(res.headers.get("location")!, /\/kk\/sign-in\?next=/);
    const staff = await signedIn("registrar.akmola-edu");
    assert.equal((await staff.get("/kk/complaints/new")).status, 403);
  });
});

describe("the complaint page: scoping, attachments, withdrawal", () => {
  it("another citizen's complaint page, attachment and withdrawal → 404", async () => {
    const owner = await signedIn();
    const draftId = await startDraft(owner);
    await fillAll(owner, draftId);
    await owner.get(`/kk/complaints/new/${draftId}/attachments`);
    const form = new FormData();
    form.set("_csrf", owner.csrf());
    form.set("file", new File([Buffer.from(tinyPdf())], "шешім көшірмесі.pdf", { type: "application/pdf" }));
    await owner.request(`/kk/complaints/new/${draftId}/attachments`, { method: "POST", body: form });
    const sha256 = await openDeclaration(owner, draftId);
    const res = await owner.postForm(`/kk/complaints/new/${draftId}/declaration`, { confirm: "yes", sha256 });
    const id = /complaints\/([0-9a-f-]{36})\/submitted/.exec(res.headers.get("location")!)![1]!;
    const page = await (await owner.get(`/kk/complaints/${id}`)).text();
    const href = /href="(\/kk\/complaints\/[0-9a-f-]{36}\/attachments\/[0-9a-f-]{36})"/.exec(page)![1]!;

    const download = await owner.get(href);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get("content-type"), "application/pdf");
    assert.match(
      download.headers.get("content-disposition")!,
      /^attachment; filename=".*"; filename\*=UTF-8''/,
    );
    assert.ok(
      download.headers.get("content-disposition")!.includes(encodeURIComponent("шешім көшірмесі.pdf")),
    );
    assert.deepEqual(new Uint8Array(await download.arrayBuffer()), tinyPdf());

    const other = await signedIn("850315450011");
    assert.equal((await other.get(`/kk/complaints/${id}`)).status, 404);
    assert.equal((await other.get(href)).status, 404);
    assert.equal((await other.get(`/kk/complaints/${id}/submitted`)).status, 404);
    await other.get("/kk/cabinet");
    assert.equal((await other.postForm(`/kk/complaints/${id}/withdraw`, {})).status, 404);
    // The attachment id under another complaint's address is not found either.
    const otherId = await fileComplaint(other);
    const attachmentId = href.split("/").pop()!;
    assert.equal((await owner.get(`/kk/complaints/${otherId}/attachments/${attachmentId}`)).status, 404);
    assert.equal(
      (await owner.get(`/kk/complaints/${id}/attachments/00000000-0000-0000-0000-000000000000`)).status,
      404,
    );
    // Staff of the holder see the page (without the applicant's actions).
    const staff = await signedIn("registrar.akmola-edu");
    const staffPage = await staff.get(`/kk/complaints/${id}`);
    assert.equal(staffPage.status, 200);
    assert.ok(!(await staffPage.text()).includes("/withdraw"));
  });

  it("a registered complaint shows number, deadlines with basis and the talon link; withdraw closes it once, then 409", async () => {
    const client = await signedIn();
    const id = await fileComplaint(client);
    // The registrar registers it (the registration operation, as the staff pages do).
    const api = new Client(t0.app);
    const session = await api.postJson("/api/v1/session", {
      login: "registrar.akmola-edu",
      password: "demo",
    });
    const { token } = (await session.json()) as { token: string };
    const registrar = (await findSessionUser(t0.db, token, new Date("2026-11-20T05:00:00Z")))!;
    const calendar = await currentCalendar(t0.db);
    await t0.db.transaction((tx) =>
      registerComplaint(tx, {
        complaintId: id,
        actor: registrar,
        now: new Date("2026-11-20T06:00:00Z"),
        calendar,
      }),
    );

    const page = await (await client.get(`/ru/complaints/${id}`)).text();
    assert.ok(page.includes(t("ru", "mark.registered")));
    assert.ok(page.includes(t("ru", "basis.appc-91-4")), "the forward term's legal basis");
    assert.ok(page.includes(`/api/v1/complaints/${id}/talon.pdf`));
    assert.ok(!page.includes("decision.pdf"));
    assert.ok(page.includes(t("ru", "complaint.deadline.state.running")));
    assert.ok(page.includes(`href="/ru/complaints/${id}/withdraw"`));
    assert.ok(!page.includes(`/ru/complaints/${id}/escalate`), "no escalation before a result");

    const cabinet = await (await client.get("/ru/cabinet")).text();
    const open = await t0.db.select().from(deadlines).where(eq(deadlines.complaintId, id));
    const due = open.map((d) => d.due).sort()[0]!;
    assert.ok(cabinet.includes(t("ru", "status.registered")));
    const { formatDate } = await import("../../src/i18n/index.ts");
    assert.ok(cabinet.includes(formatDate("ru", due)), "the next due date in the cabinet");

    // A confirmation page first; without a reason nothing changes.
    const confirm = await client.get(`/ru/complaints/${id}/withdraw`);
    assert.equal(confirm.status, 200);
    assert.ok((await confirm.text()).includes(t("ru", "withdraw.warning")));
    const noReason = await client.postForm(`/ru/complaints/${id}/withdraw`, { reason: "  " });
    assert.equal(noReason.status, 422);
    assert.ok((await noReason.text()).includes(t("ru", "field.reason.required")));
    assert.equal(
      (await t0.db.select().from(complaints).where(eq(complaints.id, id)))[0]!.status,
      "registered",
    );
    const first = await client.postForm(`/ru/complaints/${id}/withdraw`, { reason: "Вопрос решён" });
    assert.equal(first.status, 303);
    const after = await (await client.get(first.headers.get("location")!)).text();
    assert.ok(after.includes(t("ru", "complaint.withdrawn.notice")));
    assert.ok(after.includes(t("ru", "mark.withdrawn")));
    assert.ok(!after.includes(`/ru/complaints/${id}/withdraw"`));
    const [row] = await t0.db.select().from(complaints).where(eq(complaints.id, id));
    assert.equal(row!.status, "withdrawn");
    const closed = await t0.db.select().from(deadlines).where(eq(deadlines.complaintId, id));
    assert.ok(closed.length > 0 && closed.every((d) => d.closedOn === "2026-11-20"));

    assert.equal(
      (await client.get(`/ru/complaints/${id}/withdraw`)).status,
      303,
      "nothing to confirm once withdrawn",
    );
    const second = await client.postForm(`/ru/complaints/${id}/withdraw`, { reason: "ещё раз" });
    assert.equal(second.status, 409);
    assert.ok((await second.text()).includes(t("ru", "error.invalid_transition")));
    const events = await t0.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "complaint.withdrawn")));
    assert.equal(events.length, 1, "one audit event for the one withdrawal");
    const [withdrawal] = await t0.db
      .select()
      .from(complaintEvents)
      .where(and(eq(complaintEvents.complaintId, id), eq(complaintEvents.kind, "withdrawn")));
    assert.equal((withdrawal!.data as { reason?: string }).reason, "Вопрос решён");
  });
});

describe("catalogue API", () => {
  it("GET /organizations filters by kind and region; GET /services by provider", async () => {
    const quality = await t0.app.request("/api/v1/organizations?kind=quality_authority&region=11");
    assert.equal(quality.status, 200);
    const list = (await quality.json()) as {
      id: string;
      name: { kk: string };
      reviewingBodyId: string | null;
    }[];
    assert.deepEqual(
      list.map((o) => o.id),
      ["quality-akmola"],
    );
    assert.equal(list[0]!.reviewingBodyId, "adgs");
    const all = (await (await t0.app.request("/api/v1/organizations")).json()) as { id: string }[];
    assert.ok(all.length >= 12);
    const bad = await t0.app.request("/api/v1/organizations?kind=bank");
    assert.equal(bad.status, 422);

    const edu = (await (await t0.app.request("/api/v1/services?providerId=akmola-edu")).json()) as {
      id: string;
    }[];
    assert.ok(edu.some((s) => s.id === "EDU-01"));
    assert.ok(!edu.some((s) => s.id === "CIT-04"), "a central body's service is not the department's");
    assert.ok(
      !edu.some((s) => s.id === "CIV-02"),
      "the education department is not offered marriage registration",
    );
    assert.ok(
      edu.some((s) => s.id === "GRD-03"),
      "guardianship is the education department's",
    );
    const district = (await (
      await t0.app.request("/api/v1/services?providerId=osakarovka-akimat")
    ).json()) as {
      id: string;
    }[];
    assert.ok(
      district.some((s) => s.id === "CIV-02"),
      "a district akimat registers marriages",
    );
    const sc = (await (await t0.app.request("/api/v1/services?providerId=gov4c-akmola")).json()) as {
      id: string;
    }[];
    const everything = (await (await t0.app.request("/api/v1/services")).json()) as { id: string }[];
    assert.equal(sc.length, everything.length);
    assert.deepEqual(await (await t0.app.request("/api/v1/services?providerId=nowhere")).json(), []);
    const doc = (await (await t0.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    assert.ok(doc.paths["/organizations"] && doc.paths["/services"]);
  });
});
