import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { users } from "../../src/db/schema.ts";
import { localDate } from "../../src/domain/time.ts";
import { t as t0 } from "../../src/i18n/index.ts";
import { currentCalendar } from "../../src/queries/calendar.ts";
import { staffInbox } from "../../src/queries/staff-inbox.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, validComplaint } from "../support/complaints.ts";

let t: TestApp;
const ids: Record<"a" | "b" | "c", string> = { a: "", b: "", c: "" };
let executorId = "";

async function fileAs(login: string, extra: Record<string, unknown> = {}) {
  const citizen = await apiAs(t, login);
  const res = await citizen.post("/api/v1/complaints", validComplaint(extra));
  assert.equal(res.status, 201, await res.clone().text());
  return ((await res.json()) as { id: string }).id;
}

before(async () => {
  t = await testApp();
  // C: filed and registered on Monday 16 November — its forward clock (due 19 Nov) is overdue by the 20th.
  t.setNow("2026-11-16T05:00:00Z");
  ids.c = await fileAs("900101300126", { grounds: ["refusal"], reasons: "Құжат қабылдаудан бас тартылды." });
  const early = await apiAs(t, "registrar.akmola-edu");
  assert.equal((await early.post(`/api/v1/complaints/${ids.c}/register`, {})).status, 200);
  // A: filed and registered on Friday 20 November; B: filed the same day, not yet registered.
  t.setNow("2026-11-20T05:00:00Z");
  ids.a = await fileAs("900101300126");
  ids.b = await fileAs("850315450011", { reasons: "Кезек нөмірі берілмеді." });
  const registrar = await apiAs(t, "registrar.akmola-edu");
  assert.equal((await registrar.post(`/api/v1/complaints/${ids.a}/register`, {})).status, 200);
  executorId = (
    await t.db.select({ id: users.id }).from(users).where(eq(users.login, "executor.akmola-edu"))
  )[0]!.id;
  assert.equal((await registrar.post(`/api/v1/complaints/${ids.a}/assign`, { executorId })).status, 200);
});
after(() => t.close());

const today = "2026-11-20";
const base = { organizationId: "akmola-edu", today, page: 1, pageSize: 25 };
const order = (inbox: { items: { id: string }[] }) =>
  inbox.items.map((i) => Object.entries(ids).find(([, id]) => id === i.id)?.[0] ?? "?").join("");

describe("the staff inbox query", () => {
  it("puts unregistered complaints first, then the nearest due date; derives overdue from today; counts per state", async () => {
    const inbox = await staffInbox(t.db, base);
    assert.equal(order(inbox), "bca");
    assert.equal(inbox.total, 3);
    assert.deepEqual(
      inbox.items.map((i) => [i.nextDue, i.overdue, i.unregistered]),
      [
        // B's registration clock is due today, the day it was received (legal.md).
        ["2026-11-20", false, true],
        ["2026-11-19", true, false],
        ["2026-11-25", false, false],
      ],
    );
    assert.equal(inbox.counts.submitted, 1);
    assert.equal(inbox.counts.registered, 1);
    assert.equal(inbox.counts.in_execution, 1);
    assert.equal(inbox.overdue, 1);
    // The same rows are not overdue on the 19th: nothing about lateness is stored.
    assert.equal((await staffInbox(t.db, { ...base, today: "2026-11-19" })).overdue, 0);
  });

  it("filters by status, overdue, due within N working days, executor, ground, service and text", async () => {
    const calendar = await currentCalendar(t.db);
    assert.equal(order(await staffInbox(t.db, { ...base, status: "submitted" })), "b");
    assert.equal(order(await staffInbox(t.db, { ...base, overdue: true })), "c");
    // "Due within N days" counts running clocks only: C's one clock (forwarding) is already overdue.
    assert.equal(order(await staffInbox(t.db, { ...base, dueBy: calendar.addWorkingDays(today, 1) })), "b");
    assert.equal(order(await staffInbox(t.db, { ...base, dueBy: calendar.addWorkingDays(today, 3) })), "ba");
    assert.equal(order(await staffInbox(t.db, { ...base, executorId })), "a");
    assert.equal(order(await staffInbox(t.db, { ...base, ground: "refusal" })), "c");
    assert.equal(order(await staffInbox(t.db, { ...base, serviceId: "EDU-01" })), "bca");
    assert.equal(order(await staffInbox(t.db, { ...base, serviceId: "NONE" })), "");
    assert.equal(
      order(await staffInbox(t.db, { ...base, q: "ахметова" })),
      "b",
      "applicant, case-insensitive",
    );
    assert.equal(order(await staffInbox(t.db, { ...base, q: "бас тартылды" })), "c", "text");
    assert.equal(order(await staffInbox(t.db, { ...base, q: "AKMOLA-EDU-2026-00002" })), "a", "number");
    assert.equal(
      order(await staffInbox(t.db, { ...base, q: " akmola-edu-2026-00002 " })),
      "a",
      "number, any case",
    );
    assert.equal(order(await staffInbox(t.db, { ...base, q: "2026-00002" })), "a", "part of a number");
    assert.equal(
      order(await staffInbox(t.db, { ...base, q: "AKMOLA-EDU-2026-00009" })),
      "",
      "no such number",
    );
    assert.equal(order(await staffInbox(t.db, { ...base, q: "100%_" })), "", "LIKE wildcards are literal");
    const paged = await staffInbox(t.db, { ...base, pageSize: 2, page: 2 });
    assert.equal(order(paged), "a");
    assert.equal(paged.total, 3);
    assert.equal(
      (await staffInbox(t.db, { ...base, organizationId: "akmola-akimat" })).total,
      0,
      "per organization",
    );
  });

  it("gives the total of every filter, from the counts where it can, counted up to a cap otherwise", async () => {
    const filters = [
      {},
      { status: "all" as const },
      { status: "submitted" as const },
      { status: "registered" as const },
      { overdue: true },
      { overdue: true, status: "registered" as const },
      { overdue: true, status: "all" as const },
      { ground: "refusal" as const },
      { q: "Кезек" },
    ];
    for (const filter of filters) {
      const inbox = await staffInbox(t.db, { ...base, ...filter });
      const listed = await staffInbox(t.db, { ...base, ...filter, pageSize: 100 });
      assert.equal(inbox.total, listed.items.length, JSON.stringify(filter));
      assert.equal(inbox.totalExact, true);
    }
    // More matches than the cap: the cap, and not exact (the page says "more than").
    const capped = await staffInbox(t.db, { ...base, serviceId: "EDU-01", countCap: 2 });
    assert.deepEqual([capped.total, capped.totalExact, capped.items.length], [2, false, 3]);
    const under = await staffInbox(t.db, { ...base, serviceId: "EDU-01", countCap: 3 });
    assert.deepEqual([under.total, under.totalExact], [3, true]);
    // A total taken from the counts per status is exact, however many there are.
    const derived = await staffInbox(t.db, { ...base, countCap: 1 });
    assert.deepEqual([derived.total, derived.totalExact], [3, true]);
  });
});

describe("the staff pages", () => {
  it("shows the inbox with badges and filters, and sends staff from the cabinet to it", async () => {
    const registrar = new Client(t.app);
    await registrar.signIn("registrar.akmola-edu", "demo", "ru");
    const cabinet = await registrar.get("/ru/cabinet");
    assert.equal(cabinet.status, 303);
    assert.equal(cabinet.headers.get("location"), "/ru/staff");
    const page = await registrar.get("/ru/staff");
    assert.equal(page.status, 200);
    const html = await page.text();
    const rows = [...html.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(rows, [ids.b, ids.c, ids.a]);
    assert.match(html, /Просрочена/);
    assert.match(html, /data-count="overdue">1</);
    assert.match(html, new RegExp(t0("ru", "deadlineKind.registration")), "the due column names its clock");
    const filtered = await (
      await registrar.get("/ru/staff?q=%D0%90%D1%85%D0%BC%D0%B5%D1%82%D0%BE%D0%B2%D0%B0&status=open")
    ).text();
    assert.deepEqual(
      [...filtered.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]),
      [ids.b],
    );
    const citizen = new Client(t.app);
    await citizen.signIn("900101300126");
    assert.equal((await citizen.get("/kk/staff")).status, 403);
  });

  it("shows the full case with masking, clocks and history, and runs each action by a form with CSRF", async () => {
    const executor = new Client(t.app);
    await executor.signIn("executor.akmola-edu", "demo", "kk");
    const masked = await (await executor.get(`/kk/staff/complaints/${ids.b}`)).text();
    assert.ok(!masked.includes("850315450011"), "an executor not assigned sees the IIN masked");
    const mine = await (await executor.get(`/kk/staff/complaints/${ids.a}`)).text();
    assert.ok(mine.includes("900101300126"), "the assigned executor sees it");
    const commented = await executor.postForm(`/kk/staff/complaints/${ids.a}/comment`, {
      text: "Өтініш берушіге қоңырау шалу",
    });
    assert.equal(commented.status, 303);
    const withComment = await (await executor.get(`/kk/staff/complaints/${ids.a}?done=comment`)).text();
    assert.match(withComment, /data-kind="comment"/);
    assert.match(withComment, /Өтініш берушіге қоңырау шалу/);
    assert.match(withComment, /ҚР ӘПК|basis|91/); // the deadline's legal basis is shown

    const registrar = new Client(t.app);
    await registrar.signIn("registrar.akmola-edu", "demo", "kk");
    await registrar.get(`/kk/staff/complaints/${ids.b}`);
    assert.ok(registrar.lastHtml.includes("850315450011"), "the registrar sees the IIN");
    const noCsrf = await registrar.postForm(
      `/kk/staff/complaints/${ids.b}/register`,
      {},
      { withCsrf: false },
    );
    assert.equal(noCsrf.status, 403);
    const done = await registrar.postForm(`/kk/staff/complaints/${ids.b}/register`, {});
    assert.equal(done.status, 303);
    assert.equal(done.headers.get("location"), `/kk/staff/complaints/${ids.b}?done=register`);
    const after = await (await registrar.get(`/kk/staff/complaints/${ids.b}?done=register`)).text();
    assert.match(after, /AKMOLA-EDU-2026-0000/);

    // The head of the appealed body, after the 3-day window: only forwarding is left (APPC art. 91 p. 4).
    const head = new Client(t.app);
    await head.signIn("head.akmola-edu", "demo", "ru");
    const own = await (await head.get(`/ru/staff/complaints/${ids.c}`)).text();
    const forms = [...own.matchAll(/data-action="([a-z_]+)"/g)].map((m) => m[1]);
    assert.deepEqual(
      forms,
      ["assign", "comment", "forward"],
      "no decide, refuse or (late) favourable act form",
    );
    const ownDecision = await head.postForm(`/ru/staff/complaints/${ids.c}/decide`, {
      outcome: "not_satisfied",
      text: "Отказ",
    });
    assert.equal(ownDecision.status, 409);
    assert.match(await ownDecision.text(), /не решает собственное дело/);
    const late = await head.postForm(`/ru/staff/complaints/${ids.c}/favourable_act`, {
      actNumber: "1",
      text: "Акт",
    });
    assert.equal(late.status, 409);
    assert.match(await late.text(), /Срок для принятия благоприятного акта истёк/);
    assert.equal((await head.postForm(`/ru/staff/complaints/${ids.c}/forward`, {})).status, 303);

    // The reviewing body registers it and decides; a decision without reasons is a 422 naming the field.
    const akimat = new Client(t.app);
    await akimat.signIn("head.akmola-akimat", "demo", "ru");
    await akimat.get(`/ru/staff/complaints/${ids.c}`);
    assert.equal((await akimat.postForm(`/ru/staff/complaints/${ids.c}/register`, {})).status, 303);
    await akimat.get(`/ru/staff/complaints/${ids.c}`);
    const invalid = await akimat.postForm(`/ru/staff/complaints/${ids.c}/decide`, {
      outcome: "satisfied",
      text: "",
    });
    assert.equal(invalid.status, 422);
    const invalidHtml = await invalid.text();
    assert.match(invalidHtml, /govuk-error-summary/);
    assert.match(invalidHtml, /href="#decide-text"/);
    assert.match(invalidHtml, /id="decide-text-error"/);
    const decided = await akimat.postForm(`/ru/staff/complaints/${ids.c}/decide`, {
      outcome: "satisfied",
      text: "Документы приняты повторно.",
    });
    assert.equal(decided.status, 303);
    const final = await (await akimat.get(`/ru/staff/complaints/${ids.c}`)).text();
    assert.match(final, /Удовлетворена/);
    assert.match(final, /decision\.pdf\?lang=ru/);
    // The history reads as sentences: no raw keys, ids, ISO dates or data field names.
    const history = /<table[^>]*>(?:(?!<\/table>)[\s\S])*data-kind="forwarded"[\s\S]*?<\/table>/.exec(
      final,
    )![0];
    assert.doesNotMatch(
      history,
      /wf\.event\.|event\.\w+\.|executorId|filedLate|\d{4}-\d{2}-\d{2}|[0-9a-f]{8}-[0-9a-f]{4}-/,
    );
    assert.match(history, new RegExp(t0("ru", "event.forwarded.to")));
    assert.match(
      history,
      new RegExp(`${t0("ru", "event.decided.outcome")}: ${t0("ru", "outcome.satisfied")}`),
    );
    assert.equal(localDate(new Date("2026-11-20T05:00:00Z")), today);
  });

  it("answers 404 for a complaint of another organization", async () => {
    const other = new Client(t.app);
    await other.signIn("registrar.gov4c-akmola", "demo", "kk");
    assert.equal((await other.get(`/kk/staff/complaints/${ids.a}`)).status, 404);
    await other.get("/kk/staff");
    assert.equal((await other.postForm(`/kk/staff/complaints/${ids.a}/register`, {})).status, 404);
  });
});
