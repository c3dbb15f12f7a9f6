import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import { outbox, users } from "../../src/db/schema.ts";
import { runDeadlineMonitor } from "../../src/jobs/deadline-monitor.ts";
import { staffInbox } from "../../src/queries/staff-inbox.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, validComplaint } from "../support/complaints.ts";
import { pdfText } from "../support/pdf.ts";

/**
 * The procedure as the law has it (issue 9, legal.md "Who reviews, and when clocks start"), on a
 * controllable clock. Every date below is a 2026 date on the official calendar; 20 Nov is a Friday.
 */
let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

type Clock = { kind: string; organizationId: string; startsOn: string; due: string; state: string };
type View = {
  id: string;
  status: string;
  holder: { organizationId: string };
  registration: null | { number: string; registeredOn: string; answerBy: string; organizationId: string };
  deadlines: Clock[];
  marks: { kind: string; note: string | null }[];
  allowedActions: string[];
  filedLate: boolean;
  refusal: null | { letter: { number: string } };
  decision: null | { letter?: { number: string } };
};
type Problem = { code: string; errors?: { field: string; code: string }[] };

async function json<T>(res: Response, status: number): Promise<T> {
  const body = await res.text();
  assert.equal(res.status, status, body);
  return JSON.parse(body) as T;
}

/** Signs in at the current clock (sessions expire after idle hours) and acts. */
async function as(login: string) {
  const c = await apiAs(t, login);
  return {
    view: async (id: string) => json<View>(await c.get(`/api/v1/complaints/${id}`), 200),
    act: (id: string, path: string, body: unknown = {}) => c.post(`/api/v1/complaints/${id}/${path}`, body),
    get: c.get,
    post: c.post,
  };
}

async function fileAt(at: string, extra: Record<string, unknown> = {}) {
  t.setNow(at);
  const citizen = await as("900101300126");
  return json<View>(await citizen.post("/api/v1/complaints", validComplaint(extra)), 201);
}

const clock = (v: View, kind: string, org = v.holder.organizationId) =>
  v.deadlines.find((d) => d.kind === kind && d.organizationId === org);

async function pdfOf(res: Response): Promise<string> {
  assert.equal(res.status, 200);
  return pdfText(await res.arrayBuffer());
}

describe("clocks start from the law, not from a click", () => {
  it("received Friday, registered the next Wednesday: the term counts from Friday and the delay shows", async () => {
    const filed = await fileAt("2026-11-20T05:00:00Z", { appealed: "employee" });
    assert.deepEqual(
      filed.deadlines.map((d) => [d.kind, d.startsOn, d.due, d.state]),
      [
        ["registration", "2026-11-20", "2026-11-20", "running"],
        ["review", "2026-11-20", "2026-11-27", "running"],
      ],
      "a delivered complaint already has its clocks, registered or not",
    );
    t.setNow("2026-11-23T05:00:00Z");
    const inbox = await staffInbox(t.db, {
      organizationId: "akmola-edu",
      today: "2026-11-23",
      page: 1,
      pageSize: 25,
    });
    const row = inbox.items.find((i) => i.id === filed.id);
    assert.deepEqual(
      [row?.nextDue, row?.overdue],
      ["2026-11-20", true],
      "overdue for registration in the inbox",
    );

    t.setNow("2026-11-25T05:00:00Z");
    const registrar = await as("registrar.akmola-edu");
    const registered = await json<View>(await registrar.act(filed.id, "register"), 200);
    assert.equal(registered.registration?.registeredOn, "2026-11-20", "registered on its legal date");
    const review = clock(registered, "review")!;
    assert.deepEqual(
      [review.startsOn, review.due],
      ["2026-11-20", "2026-11-27"],
      "5 working days from Friday",
    );
    assert.equal(registered.registration?.answerBy, "2026-11-27");
    assert.equal(clock(registered, "registration")?.state, "missed", "registered late: the clock says so");
    // Reports count it as registered late.
    const summary = (await (
      await (await apiAs(t, "admin")).get("/api/v1/reports/summary?from=2026-11-20&to=2026-11-20")
    ).json()) as { total: number; registeredLate: number };
    assert.deepEqual([summary.total, summary.registeredLate], [1, 1]);
    // The stamp is stored with every language's position: a Russian reader of a Kazakh complaint reads Russian.
    const citizen = new Client(t.app);
    await citizen.signIn("900101300126", "demo", "ru");
    const page = await (await citizen.get(`/ru/complaints/${filed.id}`)).text();
    assert.ok(page.includes("Жұмабаева Ә. Қ., Специалист канцелярии"), "the registrar's stamp in Russian");
    assert.ok(!page.includes("Кеңсе маманы"), "not the position in the complaint's language");
  });

  it("alerts the registrars and heads the working day after an unregistered complaint's registration day", async () => {
    const filed = await fileAt("2026-11-27T09:00:00Z"); // Friday 14:00 in Almaty
    await runDeadlineMonitor(t.db, { now: new Date("2026-11-30T05:00:00Z"), officeHour: 9 });
    const [registrar] = await t.db.select().from(users).where(eq(users.login, "registrar.akmola-edu"));
    const alerts = await t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.complaintId, filed.id), eq(outbox.template, "alert.missed")));
    assert.ok(
      alerts.some((a) => a.userId === registrar!.id),
      "the registrar hears that the registration day was missed",
    );
    t.setNow("2026-11-30T05:00:00Z");
    const view = await (await as("registrar.akmola-edu")).view(filed.id);
    assert.equal(clock(view, "registration")?.state, "overdue");
  });

  it("forward: the reviewing body's clocks run from the day it received the case", async () => {
    const filed = await fileAt("2026-11-20T05:00:00Z");
    await (await as("registrar.akmola-edu")).act(filed.id, "register");
    t.setNow("2026-11-24T05:00:00Z");
    const forwarded = await json<View>(await (await as("head.akmola-edu")).act(filed.id, "forward"), 200);
    assert.equal(forwarded.holder.organizationId, "akmola-akimat");
    assert.equal(clock(forwarded, "forward", "akmola-edu")?.state, "met");
    t.setNow("2026-11-27T05:00:00Z");
    const registered = await json<View>(
      await (await as("registrar.akmola-akimat")).act(filed.id, "register"),
      200,
    );
    assert.equal(registered.registration?.registeredOn, "2026-11-24");
    const review = clock(registered, "review")!;
    assert.deepEqual([review.startsOn, review.due], ["2026-11-24", "2026-12-01"]);
    assert.equal(clock(registered, "registration")?.state, "missed");
    // The talon and cabinet follow the new holder's answer date.
    assert.deepEqual(
      [registered.registration?.organizationId, registered.registration?.answerBy],
      ["akmola-akimat", "2026-12-01"],
    );
    const citizen = new Client(t.app);
    await citizen.signIn("900101300126", "demo", "ru");
    const page = await (await citizen.get(`/ru/complaints/${filed.id}`)).text();
    assert.match(
      page,
      /1 декабря 2026 г\.<br\/>[^<]*Акимат Акмолинской области/,
      "answer date and answering body",
    );
    const cabinet = await (await citizen.get("/ru/cabinet")).text();
    const row = cabinet.slice(cabinet.indexOf(filed.id), cabinet.indexOf("</tr>", cabinet.indexOf(filed.id)));
    assert.ok(row.includes("1 декабря 2026"), `the cabinet shows the new answer date: ${row}`);
  });
});

describe("redirect, never dead-end", () => {
  it("the Karaganda quality department sends an Akmola complaint to the Akmola department, and the applicant is told", async () => {
    t.setNow("2026-11-20T05:00:00Z");
    const res = await (await as("900101300126")).post(
      "/api/v1/complaints",
      validComplaint({ addressee: { kind: "quality_authority", organizationId: "quality-karaganda" } }),
    );
    const filed = await json<View & { warnings: { code: string; competentBodyId: string }[] }>(res, 201);
    assert.deepEqual(
      filed.warnings.map((w) => [w.code, w.competentBodyId]),
      [["addressee_not_competent", "quality-akmola"]],
      "filing warns, and accepts",
    );
    const karaganda = await as("registrar.quality-karaganda");
    const seen = await karaganda.view(filed.id);
    assert.ok(seen.allowedActions.includes("redirect"));
    assert.ok(!seen.allowedActions.includes("forward"), "only the appealed body forwards");
    const noReason = await json<Problem>(await karaganda.act(filed.id, "redirect", {}), 422);
    assert.equal(noReason.errors?.[0]?.field, "reason");
    t.setNow("2026-11-24T05:00:00Z");
    const sent = await json<View>(
      await (await as("registrar.quality-karaganda")).act(filed.id, "redirect", {
        reason: "Обжалуемый орган находится в Акмолинской области",
      }),
      200,
    );
    assert.equal(sent.status, "forwarded");
    assert.equal(
      sent.holder.organizationId,
      "quality-akmola",
      "the department of the appealed body's region",
    );
    assert.equal(
      clock(sent, "redirect", "quality-karaganda")?.state,
      "met",
      "within 3 working days of receipt",
    );
    assert.equal(clock(sent, "registration", "quality-akmola")?.startsOn, "2026-11-24");
    const notices = await t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.complaintId, filed.id), eq(outbox.template, "notice.forwarded")));
    assert.ok(notices.length > 0, "the applicant is told");
    const akmola = await as("registrar.quality-akmola");
    const registered = await json<View>(await akmola.act(filed.id, "register"), 200);
    const review = clock(registered, "review")!;
    assert.equal(review.startsOn, "2026-11-24");
    assert.equal(review.due, "2026-12-15", "15 working days at the quality authority");
    const again = await json<Problem>(
      await (await as("registrar.akmola-edu")).act(filed.id, "redirect", { reason: "x" }),
      403,
    );
    assert.equal(again.code, "forbidden", "the appealed body sees the complaint, only its holder redirects");
  });
});

describe("refusal done right", () => {
  it("refuses only after registration, on a lawful ground, in a numbered letter, and opens escalation", async () => {
    const filed = await fileAt("2026-11-20T05:00:00Z", { appealed: "employee" });
    const head = await as("head.akmola-edu");
    const early = await json<Problem>(
      await head.act(filed.id, "leave-without-consideration", { ground: "repeated", text: "Повторная" }),
      409,
    );
    assert.equal(early.code, "invalid_transition", "not before registration");
    await (await as("registrar.akmola-edu")).act(filed.id, "register");
    const missedTerm = await json<Problem>(
      await head.act(filed.id, "leave-without-consideration", { ground: "missed_term", text: "Срок" }),
      422,
    );
    assert.equal(missedTerm.errors?.[0]?.field, "ground", "a missed term is no ground (APPC art. 92)");
    const notRefused = await json<Problem>(
      await head.act(filed.id, "leave-without-consideration", { ground: "term_not_restored", text: "Срок" }),
      422,
    );
    assert.equal(notRefused.errors?.[0]?.code, "term_not_refused");
    const left = await json<View>(
      await head.act(filed.id, "leave-without-consideration", {
        ground: "repeated",
        text: "Жалоба по тому же вопросу рассмотрена 2 ноября 2026 г.",
      }),
      200,
    );
    assert.equal(left.status, "left_without_consideration");
    assert.equal(left.refusal?.letter.number, "AKMOLA-EDU-2026-L00001");
    assert.equal(clock(left, "review")?.state, "met", "a reasoned refusal in time is an answer in time");

    const citizen = await as("900101300126");
    const text = await pdfOf(await citizen.get(`/api/v1/complaints/${filed.id}/decision.pdf`));
    assert.match(text, /AKMOLA-EDU-2026-L00001/, "the outgoing number");
    assert.match(text, /Сол мәселе бойынша қайталама шағым/, "the ground, in the complaint's language");
    assert.match(text, /Ақмола облысы бойынша департаменті/, "the next step names the quality department");
    assert.ok((await citizen.view(filed.id)).allowedActions.includes("escalate"));
    const page = new Client(t.app);
    await page.signIn("900101300126", "demo", "ru");
    const html = await (await page.get(`/ru/complaints/${filed.id}`)).text();
    assert.match(
      html,
      /data-testid="refusal"[\s\S]*Повторная жалоба по тому же вопросу[\s\S]*AKMOLA-EDU-2026-L00001/,
    );
    assert.ok(html.includes(`href="/api/v1/complaints/${filed.id}/decision.pdf"`), "the refusal letter link");
    assert.ok(html.includes(`href="/ru/complaints/${filed.id}/escalate"`), "escalation is offered");
    const escalated = await json<View>(
      await citizen.act(filed.id, "escalate", { reasons: "Не согласен", demands: "Рассмотреть по существу" }),
      201,
    );
    assert.equal(escalated.holder.organizationId, "quality-akmola");
  });

  it("decides a late complaint only after restoring its term; refused, it is left without consideration", async () => {
    const filed = await fileAt("2026-11-20T05:00:00Z", {
      addressee: { kind: "quality_authority", organizationId: "quality-akmola" },
      learnedOn: "2026-06-01",
      lateReason: "Болел, справка приложена",
    });
    assert.equal(filed.filedLate, true, "accepted and flagged, never refused at intake");
    await (await as("registrar.quality-akmola")).act(filed.id, "register");
    const head = await as("head.quality-akmola");
    const pending = await json<Problem>(
      await head.act(filed.id, "decision", { outcome: "satisfied", text: "x" }),
      409,
    );
    assert.equal(pending.code, "term_restoration_pending");
    assert.ok((await head.view(filed.id)).allowedActions.includes("restore_term"));
    await json<View>(
      await head.act(filed.id, "restore-term", { granted: false, reasons: "Уважительной причины нет" }),
      200,
    );
    const view = await head.view(filed.id);
    assert.ok(!view.allowedActions.includes("decide") && !view.allowedActions.includes("restore_term"));
    const refused = await json<Problem>(
      await head.act(filed.id, "decision", { outcome: "satisfied", text: "x" }),
      409,
    );
    assert.equal(refused.code, "term_not_restored");
    await json<View>(
      await head.act(filed.id, "leave-without-consideration", {
        ground: "term_not_restored",
        text: "Срок пропущен без уважительной причины",
      }),
      200,
    );
  });
});

describe("escalation and the answer's next step", () => {
  it("a review term missed with no answer opens escalation (deemed refusal)", async () => {
    const filed = await fileAt("2026-11-20T05:00:00Z", { appealed: "employee" });
    await (await as("registrar.akmola-edu")).act(filed.id, "register");
    const citizen = await as("900101300126");
    assert.ok(!(await citizen.view(filed.id)).allowedActions.includes("escalate"), "not while the term runs");
    t.setNow("2026-11-30T05:00:00Z"); // the review was due Fri 27 Nov
    const late = await as("900101300126");
    assert.ok((await late.view(filed.id)).allowedActions.includes("escalate"));
    await json<View>(
      await late.act(filed.id, "escalate", { reasons: "Ответа нет", demands: "Рассмотреть" }),
      201,
    );
  });

  it("after the quality department's own decision the next step is the court, and escalation is not offered", async () => {
    const filed = await fileAt("2026-11-20T05:00:00Z", {
      addressee: { kind: "quality_authority", organizationId: "quality-akmola" },
    });
    await (await as("registrar.quality-akmola")).act(filed.id, "register");
    const decided = await json<View>(
      await (await as("head.quality-akmola")).act(filed.id, "decision", {
        outcome: "not_satisfied",
        text: "Нарушений не установлено.",
      }),
      200,
    );
    assert.match(decided.decision?.letter?.number ?? "", /^QUALITY-AKMOLA-2026-L\d{5}$/);
    const citizen = await as("900101300126");
    assert.ok(!(await citizen.view(filed.id)).allowedActions.includes("escalate"));
    const refused = await json<Problem>(
      await citizen.act(filed.id, "escalate", { reasons: "a", demands: "b" }),
      409,
    );
    assert.equal(refused.code, "escalation_not_available");
    const text = await pdfOf(await citizen.get(`/api/v1/complaints/${filed.id}/decision.pdf?lang=ru`));
    assert.match(text, /специализированный межрайонный административный суд/);
    assert.doesNotMatch(text, /обжаловать в/, "no appeal back to the quality authority");
  });
});
