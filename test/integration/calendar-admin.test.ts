import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { and, desc, eq } from "drizzle-orm";
import { auditEvents, complaints, deadlines, recomputeRuns } from "../../src/db/schema.ts";
import {
  APPC_2021,
  computeDeadline,
  type DeadlineKind,
  type ReviewBody,
} from "../../src/domain/deadlines/index.ts";
import { advanceRecompute } from "../../src/operations/advance-recompute.ts";
import { recomputeDeadlines } from "../../src/operations/recompute-deadlines.ts";
import { runRecomputeDeadlines } from "../../src/operations/run-recompute-deadlines.ts";
import { startRecompute } from "../../src/operations/start-recompute.ts";
import { currentCalendar, loadCalendar } from "../../src/queries/calendar.ts";
import { latestRecompute } from "../../src/queries/recompute-runs.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client, dateFields } from "../support/browser.ts";
import { apiAs } from "../support/complaints.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<");

async function admin(lang = "ru") {
  const client = new Client(t.app);
  assert.equal((await client.signIn("admin", "demo", lang)).status, 303);
  return client;
}

/** A registered complaint with one running deadline, written as the intake would write it. */
async function runningDeadline(o: {
  kind?: DeadlineKind;
  body?: ReviewBody;
  startsOn: string;
  announce?: boolean;
  closedOn?: string;
}) {
  const complaintId = randomUUID();
  await t.db.insert(complaints).values({
    id: complaintId,
    channel: "office",
    regime: "appc-2021",
    status: o.closedOn ? "decided" : "registered",
    receivedHereAt: new Date(`${o.startsOn}T04:00:00Z`),
    holderId: "akmola-edu",
    addresseeKind: "provider_head",
    addresseeId: "akmola-edu",
    respondentId: "akmola-edu",
    reasons: "test",
    demands: "test",
    applicant: {
      surname: "Ахметова",
      name: "Динара",
      patronymic: "Серікқызы",
      iin: "850315450011",
      postalAddress: "Көкшетау",
      phones: [],
      email: null,
    },
    receivedAt: new Date(`${o.startsOn}T04:00:00Z`),
  });
  const d = computeDeadline({
    calendar: await currentCalendar(t.db),
    regime: APPC_2021,
    kind: o.kind ?? "review",
    body: o.body ?? "provider",
    startsOn: o.startsOn,
  });
  const id = randomUUID();
  await t.db.insert(deadlines).values({
    id,
    complaintId,
    organizationId: "akmola-edu",
    kind: d.kind,
    body: d.body,
    startsOn: d.startsOn,
    workingDays: d.workingDays,
    due: d.due,
    computedDue: d.computedDue,
    announcedDue: o.announce ? d.due : null,
    basisCode: d.basis.code,
    calendarVersion: d.calendarVersion,
    closedOn: o.closedOn ?? null,
  });
  return id;
}

async function deadlineRow(id: string) {
  const [row] = await t.db.select().from(deadlines).where(eq(deadlines.id, id));
  assert.ok(row);
  return row;
}

const holiday = {
  date: "2026-11-25",
  kind: "holiday",
  "name.kk": "Сынақ демалысы",
  "name.ru": "Тестовый выходной",
  "name.en": "Test day off",
  source: "Order of the Minister of Labour No. 99 (test)",
  reason: "Declared a day off",
};

/** The holiday as the form posts it (the date in three fields). */
const holidayForm = dateFields(holiday, "date");

describe("the calendar administration page", () => {
  it("is for administrators only", async () => {
    const anonymous = await t.app.request("/ru/admin/calendar");
    assert.equal(anonymous.status, 303);
    assert.match(
      anonymous.headers.get("location") ?? "",
      /^\/ru\/sign-in\?next=%2Fru%2Fadmin%2Fcalendar|^\/ru\/sign-in\?next=\/ru\/admin\/calendar/,
    );
    const citizen = new Client(t.app);
    await citizen.signIn("900101300126", "demo", "ru");
    const page = await citizen.get("/ru/admin/calendar");
    assert.equal(page.status, 403);
    assert.match(await page.text(), /Доступ запрещён/);
    await citizen.get("/ru/deadline");
    const post = await citizen.postForm("/ru/admin/calendar/days", holidayForm);
    assert.equal(post.status, 403);
  });

  it("shows a year's exceptions with kind, name, source and status, and a year selector", async () => {
    const client = await admin("ru");
    const res = await client.get("/ru/admin/calendar?year=2025");
    assert.equal(res.status, 200);
    const html = decode(await res.text());
    assert.match(
      html,
      /<option value="2025" selected="">2025<\/option>|<option value="2025" selected>2025<\/option>/,
    );
    assert.match(html, /Курбан айт/);
    assert.match(html, /Религиозный праздник \(не переносится\)/);
    assert.match(html, /Рабочий день вместо выходного/);
    assert.match(html, /pobipb\.kz/);
    assert.match(html, /рабочих дней — 246/);
    assert.match(html, /name="_csrf"/);
    assert.match(html, /action="\/ru\/admin\/calendar\/days"/);
    assert.match(html, /action="\/ru\/admin\/calendar\/days\/remove"/);
    const projected = decode(await (await client.get("/ru/admin/calendar?year=2033")).text());
    assert.match(projected, /Календарь на 2033 год ещё не опубликован/);
    assert.match(projected, /предварительно/);
  });

  it("refuses a form without its CSRF token", async () => {
    const client = await admin("ru");
    await client.get("/ru/admin/calendar");
    const res = await client.postForm("/ru/admin/calendar/days", holidayForm, { withCsrf: false });
    assert.equal(res.status, 403);
    const forged = await client.request("/ru/admin/calendar/days/remove", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        "remove.date": "2025-01-01",
        "remove.reason": "x",
        "remove.source": "y",
        _csrf: "forged",
      }),
    });
    assert.equal(forged.status, 403);
    const y = (await (await t.app.request("/api/v1/calendar/2025")).json()) as { days: { date: string }[] };
    assert.ok(
      y.days.some((d) => d.date === "2025-01-01"),
      "nothing was removed",
    );
  });

  it("shows the errors field by field, in the page language, keeping the values", async () => {
    const client = await admin("ru");
    await client.get("/ru/admin/calendar");
    const res = await client.postForm(
      "/ru/admin/calendar/days",
      dateFields({ date: "30.02.2026", "name.ru": "Что-то", source: "", reason: "" }, "date"),
    );
    assert.equal(res.status, 422);
    const html = decode(await res.text());
    assert.match(html, /govuk-error-summary/);
    assert.match(html, /Введите существующую дату: день, месяц и год/);
    assert.match(html, /href="#date"/);
    assert.match(html, /Выберите вид дня/);
    assert.match(html, /Напишите название на казахском языке/);
    assert.match(html, /Напишите причину/);
    assert.match(html, /href="#name-kk"/);
    assert.match(html, /name="date-day" type="text" inputmode="numeric" value="30"/);
    assert.match(html, /name="date-month" type="text" inputmode="numeric" value="02"/);
    assert.match(html, /value="Что-то"/);

    await client.get("/en/admin/calendar");
    const saturday = await client.postForm(
      "/en/admin/calendar/days",
      dateFields({ ...holiday, date: "2026-11-28" }, "date"),
    );
    assert.equal(saturday.status, 422);
    assert.match(decode(await saturday.text()), /This date is a Saturday or Sunday and already a day off/);

    await client.get("/kk/admin/calendar");
    const remove = await client.postForm(
      "/kk/admin/calendar/days/remove",
      dateFields(
        { "remove.date": "2026-11-26", "remove.reason": "қате", "remove.source": "жоқ" },
        "remove.date",
      ),
    );
    assert.equal(remove.status, 422);
    const kk = decode(await remove.text());
    assert.match(kk, /Бұл күнде алып тастайтын ерекшелік жоқ/);
    assert.match(kk, /href="#remove-date"/);
  });
});

describe("a calendar change recomputes the running deadlines", () => {
  it("moves a running term later when a holiday is added inside it, never earlier than announced", async () => {
    // Review of 5 working days registered Mon 23 Nov 2026: due Mon 30 Nov; forward of 3: Thu 26 Nov.
    const announced = await runningDeadline({ startsOn: "2026-11-23", announce: true });
    const silent = await runningDeadline({ startsOn: "2026-11-23" });
    const forward = await runningDeadline({ startsOn: "2026-11-23", kind: "forward" });
    const closed = await runningDeadline({ startsOn: "2026-11-23", announce: true, closedOn: "2026-11-24" });
    const later = await runningDeadline({ startsOn: "2026-11-26" }); // due Thu 3 Dec
    assert.equal((await deadlineRow(announced)).due, "2026-11-30");
    assert.equal((await deadlineRow(forward)).due, "2026-11-26");

    // The administrator declares Wed 25 Nov a day off through the page.
    const client = await admin("ru");
    await client.get("/ru/admin/calendar?year=2026");
    const res = await client.postForm("/ru/admin/calendar/days", holidayForm);
    assert.equal(res.status, 303);
    const location = res.headers.get("location") ?? "";
    assert.match(location, /^\/ru\/admin\/calendar\?year=2026&done=set&date=2026-11-25/);
    const page = decode(await (await client.get(location)).text());
    assert.match(page, /сохранён\./);
    assert.match(page, /Идущие сроки пересчитаны .+?: \d+, из них изменилось: [1-9]\d*\./);
    assert.match(page, /Тестовый выходной/);

    for (const id of [announced, silent]) {
      const row = await deadlineRow(id);
      assert.deepEqual([row.computedDue, row.due], ["2026-12-01", "2026-12-01"], "one day later");
    }
    assert.equal(
      (await deadlineRow(announced)).announcedDue,
      "2026-12-01",
      "the later date is announced in turn",
    );
    assert.equal((await deadlineRow(forward)).due, "2026-11-27");
    assert.equal((await deadlineRow(closed)).due, "2026-11-30", "a closed deadline is not touched");
    assert.equal((await deadlineRow(later)).due, "2026-12-03", "a term starting after the day is unchanged");
    // A clock keeps the version of the calendar its dates were last computed on.
    const version = (await currentCalendar(t.db)).version;
    assert.equal((await deadlineRow(silent)).calendarVersion, version, "moved: the new calendar");
    assert.notEqual((await deadlineRow(later)).calendarVersion, version, "unchanged: its own");

    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "calendar.day_set"), eq(auditEvents.entityId, "2026-11-25")))
      .orderBy(desc(auditEvents.id));
    assert.ok(event);
    assert.equal(event.data.reason, holiday.reason);
    assert.equal(event.data.source, holiday.source);
    assert.equal(event.data.before, null);
    const run = (event.data.recompute as { run: number }).run;
    const [finished] = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "calendar.recompute_finished"), eq(auditEvents.entityId, String(run))),
      );
    assert.ok(finished, "the recompute the edit started finished, in the edit's request");
    assert.ok((finished.data.changed as number) >= 3);

    // The day off is revoked: the date told to the applicant of `announced` stays.
    await client.get("/ru/admin/calendar?year=2026&remove=2026-11-25");
    assert.match(
      decode(client.lastHtml),
      /name="remove.date-day" type="text" inputmode="numeric" value="25"/,
    );
    const removed = await client.postForm(
      "/ru/admin/calendar/days/remove",
      dateFields(
        {
          "remove.date": "2026-11-25",
          "remove.reason": "Order revoked",
          "remove.source": "Order No. 100 (test)",
        },
        "remove.date",
      ),
    );
    assert.equal(removed.status, 303);
    assert.match(removed.headers.get("location") ?? "", /done=removed/);

    const kept = await deadlineRow(announced);
    assert.deepEqual(
      [kept.computedDue, kept.announcedDue, kept.due],
      ["2026-11-30", "2026-12-01", "2026-12-01"],
      "an announced date never moves earlier",
    );
    const back = await deadlineRow(silent);
    assert.deepEqual([back.computedDue, back.due], ["2026-11-30", "2026-11-30"]);
    assert.equal((await deadlineRow(forward)).due, "2026-11-26");
    const [removal] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "calendar.day_removed"), eq(auditEvents.entityId, "2026-11-25")));
    assert.ok(removal);
    assert.equal(removal.data.reason, "Order revoked");
    assert.equal(removal.data.source, "Order No. 100 (test)");
    assert.equal((removal.data.before as { kind: string }).kind, "holiday");
  });

  it("works as a job: brings stale deadlines to the current calendar", async () => {
    const id = await runningDeadline({ startsOn: "2026-12-10", body: "quality_authority" });
    const fresh = await deadlineRow(id);
    await t.db
      .update(deadlines)
      .set({ due: "2026-12-20", computedDue: "2026-12-20", calendarVersion: "kz-00000000" })
      .where(eq(deadlines.id, id));
    const result = await runRecomputeDeadlines(t.db, new Date("2026-11-20T05:00:00Z"));
    assert.equal(result.status, "finished");
    assert.ok(result.done >= 1);
    assert.equal(result.done, result.total);
    assert.ok(result.changed >= 1);
    assert.equal(result.failed, 0);
    const row = await deadlineRow(id);
    assert.equal(row.due, fresh.due);
    assert.equal(row.calendarVersion, (await currentCalendar(t.db)).version);
    const again = await t.db.transaction(async (tx) =>
      recomputeDeadlines(tx, await loadCalendar(tx), new Date("2026-11-20T05:00:00Z")),
    );
    assert.equal(again.changed, 0, "a second run changes nothing");
  });
});

describe("a calendar change seen by the applicant", () => {
  it("moves the talon's answer date later when a holiday lands inside the review, and logs why", async () => {
    const { apiAs, officeComplaint } = await import("../support/complaints.ts");
    const { complaintEvents, registrations } = await import("../../src/db/schema.ts");
    // Entered when it was received: an office receipt is never in the future.
    t.setNow("2026-11-24T05:00:00Z");
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const res = await registrar.post(
      "/api/v1/office/complaints",
      officeComplaint({ receivedAt: "2026-11-24T10:00:00+05:00", appealed: "employee" }),
    );
    t.setNow("2026-11-20T05:00:00Z");
    const c = (await res.json()) as { id: string; registration: { answerBy: string } };
    assert.equal(c.registration.answerBy, "2026-12-01");
    const a = await apiAs(t, "admin");
    const put = await t.app.request("/api/v1/calendar/days/2026-11-27", {
      method: "PUT",
      headers: { authorization: `Bearer ${a.token}`, "content-type": "application/json" },
      body: JSON.stringify({
        working: false,
        kind: "transfer",
        name: { kk: "Демалыс күні", ru: "Выходной день", en: "Day off" },
        source: "test order",
        reason: "test",
      }),
    });
    assert.equal(put.status, 200, await put.clone().text());
    const [reg] = await t.db.select().from(registrations).where(eq(registrations.complaintId, c.id));
    assert.equal(reg!.answerBy, "2026-12-02");
    const events = await t.db.select().from(complaintEvents).where(eq(complaintEvents.complaintId, c.id));
    const moved = events.find((e) => e.kind === "deadline_moved");
    assert.deepEqual(moved?.data, { from: "2026-12-01", to: "2026-12-02", reason: "calendar_changed" });
    await t.app.request("/api/v1/calendar/days/2026-11-27?reason=undo&source=test", {
      method: "DELETE",
      headers: { authorization: `Bearer ${a.token}` },
    });
    const [after] = await t.db.select().from(registrations).where(eq(registrations.complaintId, c.id));
    assert.equal(after!.answerBy, "2026-12-02", "an announced answer date never moves earlier");
    const [review] = await t.db
      .select()
      .from(deadlines)
      .where(and(eq(deadlines.complaintId, c.id), eq(deadlines.kind, "review")));
    assert.deepEqual(
      [review!.computedDue, review!.announcedDue, review!.due],
      ["2026-12-01", "2026-12-02", "2026-12-02"],
    );
  });
});

describe("a calendar change's recompute runs in batches", () => {
  const now = new Date("2026-11-20T05:00:00Z");
  const startRun = async () =>
    t.db.transaction(async (tx) =>
      startRecompute(tx, (await loadCalendar(tx)).version, { actorId: null, now }),
    );

  it("shows its progress while it runs, is superseded by a later change, and goes on from its cursor", async () => {
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push(await runningDeadline({ startsOn: "2026-12-01" }));
    const run = await startRun();
    const first = await advanceRecompute(t.db, { now, budgetMs: 0, batch: 5 });
    assert.deepEqual(
      [first?.id, first?.status, first?.done],
      [run, "running", 5],
      "one batch, then the budget is spent",
    );
    const client = await admin("en");
    const page = decode(await (await client.get("/en/admin/calendar?year=2026")).text());
    assert.match(page, /Running deadlines are being recalculated on the new calendar: 5 of \d+\./);
    assert.match(page, /<progress max="\d+" value="5"/);
    assert.match(page, /href="\/en\/admin\/calendar\?year=2026#recompute"/);
    const api = await apiAs(t, "admin");
    const progress = await api.get("/api/v1/calendar/recompute");
    assert.equal(progress.status, 200);
    assert.deepEqual(
      (({ run, status, checked }) => ({ run, status, checked }))(
        (await progress.json()) as Record<string, unknown>,
      ),
      { run, status: "running", checked: 5 },
    );
    assert.equal(
      (await (await apiAs(t, "registrar.akmola-edu")).get("/api/v1/calendar/recompute")).status,
      403,
    );

    // An edit while it runs: Thu 3 Dec a day off. The run is superseded; the edit's own run covers every clock.
    const put = await api.put("/api/v1/calendar/days/2026-12-03", {
      working: false,
      kind: "transfer",
      name: { kk: "Демалыс күні", ru: "Выходной день", en: "Day off" },
      source: "test order",
      reason: "test",
    });
    assert.equal(put.status, 200);
    const change = ((await put.json()) as { change: { recomputed: Record<string, unknown> } }).change
      .recomputed;
    assert.equal(change.status, "finished", "a small calendar is recomputed in the edit's request");
    assert.equal(change.checked, change.total);
    const [old] = await t.db.select().from(recomputeRuns).where(eq(recomputeRuns.id, run));
    assert.equal(old?.status, "superseded");
    const moved = await deadlineRow(ids[0]!);
    assert.equal(moved.due, "2026-12-09", "five working days from Tue 1 Dec, Thu 3 Dec off");

    // A run taken over by another process (or after a crash) goes on from its cursor, batch by batch.
    const again = await startRun();
    const seen: number[] = [];
    for (let progress = null; progress?.status !== "finished"; ) {
      progress = await advanceRecompute(t.db, { now, budgetMs: 0, batch: 5 });
      assert.equal(progress?.id, again);
      seen.push(progress!.done);
    }
    const total = (await latestRecompute(t.db))!.total;
    assert.equal(seen.at(-1), total);
    assert.deepEqual(
      seen,
      seen.map((_, i) => Math.min(5 * (i + 1), total)),
    );
    const finished = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "calendar.recompute_finished"), eq(auditEvents.entityId, String(again))),
      );
    assert.equal(finished.length, 1, "finished once, audited once");
    assert.equal(finished[0]!.data.checked, total);
  });

  it("is never done twice by two processes working on it at once", async () => {
    const run = await startRun();
    const other = await t.another();
    try {
      const [a, b] = await Promise.all([
        advanceRecompute(t.db, { now, budgetMs: Number.POSITIVE_INFINITY, batch: 3 }),
        advanceRecompute(other.db, { now, budgetMs: Number.POSITIVE_INFINITY, batch: 3 }),
      ]);
      assert.ok(a && b);
    } finally {
      await other.close();
    }
    const [row] = await t.db.select().from(recomputeRuns).where(eq(recomputeRuns.id, run));
    assert.equal(row?.status, "finished");
    assert.equal(row?.done, row?.total, "every clock counted once");
  });
});
