import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { homeVisits, users } from "../../src/db/schema.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client, dateFields } from "../support/browser.ts";
import { NO_ACCOUNT_IIN } from "../support/complaints.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
  t.setNow("2026-11-20T05:00:00Z");
});
after(() => t.close());

const REQUEST = {
  "applicant.surname": "Жақсыбекова",
  "applicant.name": "Гүлшат",
  "applicant.patronymic": "Әлібекқызы",
  "applicant.iin": NO_ACCOUNT_IIN,
  "applicant.phones": "+77015550202, +77172555555",
  "applicant.regionCode": "11",
  "applicant.district": "Көкшетау",
  "applicant.address": "Көкшетау қ., Абай к-сі 12, 4 пәтер",
  serviceId: "SOC-02",
  note: "Арбамен жүреді",
  preferred: "Таңертең",
  language: "kk",
};

async function signedIn(login: string, lang = "kk") {
  const client = new Client(t.app);
  assert.equal((await client.signIn(login, "demo", lang)).status, 303);
  return client;
}

/** Same-site page links of a page (no API, no fragments). */
const pageLinks = (html: string) =>
  [...html.matchAll(/<a [^>]*href="(\/(?:kk|ru|en)(?:[/?][^"#]*)?)"/g)].map((m) =>
    m[1]!.replaceAll("&amp;", "&"),
  );

async function allResolve(client: Client, html: string, from: string) {
  for (const href of pageLinks(html)) {
    let res = await client.get(href);
    if ([302, 303].includes(res.status)) res = await client.get(res.headers.get("location")!);
    assert.equal(res.status, 200, `${href} linked from ${from}`);
  }
}

async function recordRequest(overrides: Record<string, string> = {}) {
  const operator = await signedIn("operator.1414", "ru");
  await operator.get("/ru/home-visits/new");
  const res = await operator.postForm("/ru/home-visits/new", { ...REQUEST, ...overrides });
  assert.equal(res.status, 303, operator.lastHtml.slice(0, 300));
  const location = res.headers.get("location")!;
  const id = /home-visits\/([0-9a-f-]{36})\?recorded=1$/.exec(location)?.[1];
  assert.ok(id, location);
  return { operator, id, location };
}

describe("home-visit pages", () => {
  it("the operator's form checks what the API checks, changes nothing on bad input, and shows the reference", async () => {
    const operator = await signedIn("operator.1414", "ru");
    const before = (await t.db.select().from(homeVisits)).length;
    await operator.get("/ru/home-visits/new");
    let res = await operator.postForm("/ru/home-visits/new", {
      ...REQUEST,
      "applicant.iin": "123",
      "applicant.phones": "",
      serviceId: "",
    });
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /govuk-error-summary/);
    for (const id of ["applicant-iin", "applicant-phones", "serviceId"])
      assert.match(html, new RegExp(`href="#${id}"`));
    assert.equal((await t.db.select().from(homeVisits)).length, before);
    assert.match(html, /value="Жақсыбекова"/, "what was typed is kept");

    res = await operator.postForm("/ru/home-visits/new", REQUEST, { withCsrf: false });
    assert.equal(res.status, 403, "no form without its CSRF token");

    const { operator: op2, location } = await recordRequest();
    const page = await (await op2.get(location)).text();
    const reference = /data-reference[^>]*>(HV-[A-Z0-9]{6})</.exec(page)?.[1];
    assert.ok(reference, "the reference to read out");
    assert.match(page, /Арбамен жүреді/, "the operator sees the note they took");
    assert.match(page, /стандарт филиала/);
    assert.doesNotMatch(page, /action="\/ru\/home-visits\/[^"]+\/schedule"/, "the operator plans nothing");
    await allResolve(op2, page, location);
  });

  it("the branch head schedules from the list; the day sheet lists it and links its PDFs; the caller's status shows the day", async () => {
    const { id } = await recordRequest();
    const head = await signedIn("head.gov4c-akmola");
    const list = await (await head.get("/kk/home-visits")).text();
    assert.match(list, new RegExp(`href="/kk/home-visits/${id}"`));
    await allResolve(head, list, "/kk/home-visits");

    await head.get(`/kk/home-visits/${id}`);
    const [employee] = await t.db.select().from(users).where(eq(users.login, "executor.gov4c-akmola"));
    // A Saturday: the form comes back with the calendar's reason.
    let res = await head.postForm(
      `/kk/home-visits/${id}/schedule`,
      dateFields({ date: "2026-11-21", window: "09:00-12:00", employeeId: employee!.id }, "date"),
    );
    assert.equal(res.status, 422);
    assert.match(await res.text(), /демалыс күні/);
    const [still] = await t.db.select().from(homeVisits).where(eq(homeVisits.id, id));
    assert.equal(still!.status, "requested");

    res = await head.postForm(
      `/kk/home-visits/${id}/schedule`,
      dateFields({ date: "2026-11-24", window: "09:00-12:00", employeeId: employee!.id }, "date"),
    );
    assert.equal(res.status, 303);
    const page = await (await head.get(`/kk/home-visits/${id}`)).text();
    assert.match(page, /24 қараша/);
    assert.match(page, /Баруды ауыстыру/, "now it can be rescheduled");

    const sheet = await head.get("/kk/home-visits/day?date-day=24&date-month=11&date-year=2026");
    assert.equal(sheet.status, 200);
    const sheetHtml = await sheet.text();
    assert.match(sheetHtml, /Абай к-сі 12/);
    assert.match(sheetHtml, /app-table--stack/, "the table stacks on a phone");
    for (const lang of ["kk", "ru"]) {
      const href = new RegExp(
        `href="(/api/v1/home-visits/day-sheet\\.pdf\\?date=2026-11-24&amp;lang=${lang})"`,
      ).exec(sheetHtml)?.[1];
      assert.ok(href, lang);
      const pdf = await head.get(href!.replaceAll("&amp;", "&"));
      assert.equal(pdf.status, 200);
      assert.equal(pdf.headers.get("content-type"), "application/pdf");
    }
    await allResolve(head, sheetHtml, "day sheet");

    const reference = (await t.db.select().from(homeVisits).where(eq(homeVisits.id, id)))[0]!.reference;
    const guest = new Client(t.app);
    const status = await guest.get(
      `/kk/home-visits/status?reference=${reference}&phone=8%20701%20555%2002%2002`,
    );
    assert.equal(status.status, 200);
    const statusHtml = await status.text();
    assert.match(statusHtml, /24 қараша/);
    for (const secret of ["Жақсыбекова", NO_ACCOUNT_IIN, "Абай", "Арбамен"])
      assert.ok(!statusHtml.includes(secret), secret);
    const wrong = await guest.get(`/kk/home-visits/status?reference=${reference}&phone=87019999999`);
    assert.equal(wrong.status, 404);
    const fromSms = await guest.get(`/kk/home-visits/status?reference=${reference}`);
    assert.equal(fromSms.status, 200, "the SMS link opens the form with the reference filled in");
    assert.match(await fromSms.text(), new RegExp(`value="${reference}"`));
    const empty = await guest.get("/kk/home-visits/status?reference=&phone=");
    assert.equal(empty.status, 422);
    await guest.get("/kk/status");
    assert.match(guest.lastHtml, /href="\/kk\/home-visits\/status"/);
  });

  it("the field employee records the outcome; others get 404; a cancelled visit offers the operator a prefilled complaint", async () => {
    const { operator, id } = await recordRequest();
    const head = await signedIn("head.gov4c-akmola");
    const [employee] = await t.db.select().from(users).where(eq(users.login, "executor.gov4c-akmola"));
    const field = await signedIn("executor.gov4c-akmola", "ru");
    assert.equal((await field.get(`/ru/home-visits/${id}`)).status, 404, "not theirs until assigned");
    for (const login of ["head.akmola-edu", "850315450011"]) {
      const other = await signedIn(login);
      assert.equal((await other.get(`/kk/home-visits/${id}`)).status, 404, login);
    }
    const citizen = await signedIn("900101300126");
    assert.equal((await citizen.get("/kk/home-visits")).status, 403);

    await head.get(`/kk/home-visits/${id}`);
    await head.postForm(
      `/kk/home-visits/${id}/schedule`,
      dateFields({ date: "2026-11-23", window: "12:00-15:00", employeeId: employee!.id }, "date"),
    );
    const mine = await (await field.get(`/ru/home-visits/${id}`)).text();
    assert.match(mine, /action="\/ru\/home-visits\/[^"]+\/not-at-home"/);
    assert.doesNotMatch(mine, /action="\/ru\/home-visits\/[^"]+\/cancel"/, "cancelling is the branch's");
    const sheet = await (
      await field.get("/ru/home-visits/day?date-day=23&date-month=11&date-year=2026")
    ).text();
    assert.match(sheet, /Арбамен жүреді/, "the employee reads the note on the phone");
    let res = await field.postForm(
      `/ru/home-visits/${id}/not-at-home`,
      dateFields({ nextAttempt: "2026-11-25", nextWindow: "" }, "nextAttempt"),
    );
    assert.equal(res.status, 422, "a next attempt needs its time");
    assert.match(await res.text(), /href="#nextWindow"/);
    res = await field.postForm(
      `/ru/home-visits/${id}/not-at-home`,
      dateFields({ nextAttempt: "", nextWindow: "", notAtHomeNote: "Дверь не открыли" }, "nextAttempt"),
    );
    assert.equal(res.status, 303);

    await head.get(`/kk/home-visits/${id}`);
    res = await head.postForm(`/kk/home-visits/${id}/cancel`, { reason: "" });
    assert.equal(res.status, 422);
    res = await head.postForm(`/kk/home-visits/${id}/cancel`, { reason: "Қызметкер жоқ" });
    assert.equal(res.status, 303);

    const page = await (await operator.get(`/ru/home-visits/${id}`)).text();
    const href = /href="(\/ru\/contact-centre\/complaints\/new\?homeVisit=[^"]+)" id="visit-complaint"/.exec(
      page,
    )?.[1];
    assert.ok(href, "the complaint link");
    const form = await operator.get(href!.replaceAll("&amp;", "&"));
    assert.equal(form.status, 200);
    const html = await form.text();
    const reference = (await t.db.select().from(homeVisits).where(eq(homeVisits.id, id)))[0]!.reference;
    assert.match(html, new RegExp(reference));
    assert.match(html, /Выезд отменён|выезд отменён/);
    assert.match(html, /Қызметкер жоқ/, "the reason in the history");
    assert.match(html, /Не застали дома/, "the history is attached");
    assert.match(html, /value="gov4c-akmola"[^>]*checked|gov4c-akmola/);
    // Nobody else's visit, and not one that went well, opens the prefilled form.
    assert.equal(
      (await operator.get("/ru/contact-centre/complaints/new?homeVisit=00000000-0000-0000-0000-000000000000"))
        .status,
      404,
    );
  });
});
