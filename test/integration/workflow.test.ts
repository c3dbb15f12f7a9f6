import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { attachments, users } from "../../src/db/schema.ts";
import { currentCalendar } from "../../src/queries/calendar.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { apiAs, tinyPdf, validComplaint } from "../support/complaints.ts";
import { pdfText } from "../support/pdf.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
  // A second head of the education department, for the race between two heads.
  await addStaff("deputy.akmola-edu", "head", "akmola-edu");
});
after(() => t.close());

async function addStaff(login: string, role: "registrar" | "head", org: string) {
  const [model] = await t.db
    .select()
    .from(users)
    .where(eq(users.login, `${role}.akmola-edu`));
  await t.db.insert(users).values({
    ...model!,
    id: randomUUID(),
    login,
    organizationId: org,
    surname: "Орынбасар",
    email: `${login}@example.kz`,
  });
}

const userId = async (login: string) =>
  (await t.db.select({ id: users.id }).from(users).where(eq(users.login, login)))[0]!.id;

type Deadline = {
  kind: string;
  organizationId: string;
  startsOn: string;
  workingDays: number;
  due: string;
  state: string;
};
type View = {
  id: string;
  status: string;
  outcome: string | null;
  holder: { organizationId: string };
  addressee: { kind: string; organizationId: string };
  registration: null | { number: string; registeredOn: string; answerBy: string };
  deadlines: Deadline[];
  marks: { kind: string; note: string | null }[];
  events?: { kind: string; internal: boolean }[];
  decision: null | { outcome: string; text: string; decidedBy: { surname: string }; actNumber?: string };
  attachments: { id: string; sha256: string; filename: string }[];
  linkedComplaintIds: string[];
  escalatedFrom: string | null;
  allowedActions: string[];
  applicant: { iin: string; postalAddress: string };
  version?: number;
};
type Problem = { status: number; code: string; errors?: { field: string; code: string }[] };

async function json<T>(res: Response, status: number): Promise<T> {
  const body = await res.text();
  assert.equal(res.status, status, body);
  return JSON.parse(body) as T;
}

async function file(citizenLogin = "900101300126", extra: Record<string, unknown> = {}) {
  const citizen = await apiAs(t, citizenLogin);
  return json<View>(await citizen.post("/api/v1/complaints", validComplaint(extra)), 201);
}

describe("the staff side through the API", () => {
  it("file → register → assign → forward → register at the reviewing body → decide → escalate → register and decide at the quality authority (15 working days)", async () => {
    const citizen = await apiAs(t, "900101300126");
    const upload = await json<{ id: string }>(await citizen.upload("paper.pdf", tinyPdf()), 201);
    const filed = await file("900101300126", { attachmentIds: [upload.id] });
    const id = filed.id;
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const executor = await apiAs(t, "executor.akmola-edu");
    const head = await apiAs(t, "head.akmola-edu");

    // Scoping before policies: another citizen and another region's quality authority see nothing.
    const other = await apiAs(t, "850315450011");
    assert.equal((await other.post(`/api/v1/complaints/${id}/register`, {})).status, 404);
    const karaganda = await apiAs(t, "head.quality-karaganda");
    assert.equal((await karaganda.get(`/api/v1/complaints/${id}`)).status, 404);
    // Visible but not theirs: an executor may not register, a head may not decide before registration.
    assert.equal((await executor.post(`/api/v1/complaints/${id}/register`, {})).status, 403);
    const early = await json<Problem>(
      await head.post(`/api/v1/complaints/${id}/decision`, { outcome: "satisfied", text: "x" }),
      409,
    );
    assert.equal(early.code, "invalid_transition");

    const registered = await json<View>(await registrar.post(`/api/v1/complaints/${id}/register`, {}), 200);
    assert.equal(registered.status, "registered");
    // At the body whose own act is appealed (APPC art. 91 p. 4): registration met on the day of
    // receipt, and the forward clock; no review clock — it must not decide its own case.
    assert.deepEqual(registered.deadlines.map((d) => [d.kind, d.workingDays, d.due, d.state]).sort(), [
      ["forward", 3, "2026-11-25", "running"],
      ["registration", 0, "2026-11-20", "met"],
    ]);
    assert.equal(registered.registration?.answerBy, "2026-11-25", "the talon's date is the forward deadline");
    assert.deepEqual(
      (await json<View>(await head.get(`/api/v1/complaints/${id}`), 200)).allowedActions,
      ["assign", "comment", "favourable_act", "forward"],
      "the head of the appealed body sees only a favourable act and forwarding (besides routing)",
    );
    const ownCase = await json<Problem>(
      await head.post(`/api/v1/complaints/${id}/decision`, { outcome: "not_satisfied", text: "Бас тарту" }),
      409,
    );
    assert.equal(ownCase.code, "must_forward");
    const ownRefusal = await json<Problem>(
      await head.post(`/api/v1/complaints/${id}/leave-without-consideration`, {
        ground: "repeated",
        text: "x",
      }),
      409,
    );
    assert.equal(ownRefusal.code, "must_forward");
    assert.equal((await registrar.post(`/api/v1/complaints/${id}/register`, {})).status, 409);

    const executorId = await userId("executor.akmola-edu");
    const assigned = await json<View>(
      await registrar.post(`/api/v1/complaints/${id}/assign`, { executorId }),
      200,
    );
    assert.equal(assigned.status, "in_execution");
    const badExecutor = await json<Problem>(
      await registrar.post(`/api/v1/complaints/${id}/assign`, { executorId: randomUUID() }),
      422,
    );
    assert.equal(badExecutor.errors?.[0]?.field, "executorId");
    const reassigned = await json<View>(
      await head.post(`/api/v1/complaints/${id}/assign`, { executorId: await userId("head.akmola-edu") }),
      200,
    );
    assert.equal(
      reassigned.marks.filter((m) => m.kind === "in_execution").length,
      1,
      "reassigning adds no mark",
    );

    await json<View>(
      await executor.post(`/api/v1/complaints/${id}/comments`, { text: "Ішкі ескерту: құжаттарды тексеру" }),
      201,
    );
    const history = await json<{
      events: { kind: string; internal: boolean; note: string | null; actor: unknown }[];
    }>(await registrar.get(`/api/v1/complaints/${id}/history`), 200);
    assert.deepEqual(
      history.events.map((e) => e.kind),
      ["submitted", "registered", "assigned", "reassigned", "comment"],
    );
    assert.ok(history.events.find((e) => e.kind === "comment")?.internal);
    assert.equal((await citizen.get(`/api/v1/complaints/${id}/history`)).status, 403);
    const citizenView = await json<View>(await citizen.get(`/api/v1/complaints/${id}`), 200);
    assert.ok(
      !JSON.stringify(citizenView).includes("Ішкі ескерту"),
      "the applicant never sees an internal comment",
    );

    const forwarded = await json<View>(
      await head.post(`/api/v1/complaints/${id}/forward`, {
        explanation: "Кезек тәртібі сақталды",
        note: "Ілеспе хат",
      }),
      200,
    );
    assert.equal(forwarded.status, "forwarded");
    assert.equal(forwarded.holder.organizationId, "akmola-akimat", "proposed from the hierarchy");
    assert.equal(forwarded.deadlines.find((d) => d.kind === "forward")?.state, "met");
    assert.ok(forwarded.marks.some((m) => m.kind === "forwarded"));
    // The reviewing body's registration clock runs from the day it received the case.
    const atReceipt = forwarded.deadlines.find(
      (d) => d.kind === "registration" && d.organizationId === "akmola-akimat",
    );
    assert.deepEqual(
      [atReceipt?.startsOn, atReceipt?.due, atReceipt?.state],
      ["2026-11-20", "2026-11-20", "running"],
    );

    const akimatRegistrar = await apiAs(t, "registrar.akmola-akimat");
    const akimatHistory = await json<{ events: { kind: string; data?: { explanation?: string } }[] }>(
      await akimatRegistrar.get(`/api/v1/complaints/${id}/history`),
      200,
    );
    assert.ok(akimatHistory.events.length >= 6, "the timeline travelled with the case");
    const atAkimat = await json<View>(await akimatRegistrar.get(`/api/v1/complaints/${id}`), 200);
    assert.equal(atAkimat.attachments.length, 1, "the attachments travelled with the case");
    const reg2 = await json<View>(await akimatRegistrar.post(`/api/v1/complaints/${id}/register`, {}), 200);
    const review2 = reg2.deadlines.find((d) => d.kind === "review" && d.organizationId === "akmola-akimat")!;
    assert.equal(review2.workingDays, 5);

    const akimatHead = await apiAs(t, "head.akmola-akimat");
    const noExtension = await json<Problem>(
      await akimatHead.post(`/api/v1/complaints/${id}/extend`, { workingDays: 3, reason: "Тексеру" }),
      409,
    );
    assert.equal(noExtension.code, "extension_not_allowed");
    const decided = await json<View>(
      await akimatHead.post(`/api/v1/complaints/${id}/decision`, {
        outcome: "not_satisfied",
        text: "Кезекке қою мерзімі бұзылмаған: өтініш 12 қарашада тіркелген.",
      }),
      200,
    );
    assert.equal(decided.status, "decided");
    assert.equal(decided.outcome, "not_satisfied");
    assert.ok(decided.marks.some((m) => m.kind === "result"));
    assert.ok(
      decided.deadlines.every((d) => d.state === "met"),
      "every clock met: each closed by its own act in time",
    );

    const pdf = await citizen.get(`/api/v1/complaints/${id}/decision.pdf`, { "accept-language": "kk" });
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get("content-type"), "application/pdf");
    const bytes = await pdf.arrayBuffer();
    assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), "%PDF-");
    const text = await pdfText(bytes);
    assert.match(text, /Қанағаттандырылмады/);
    assert.match(text, /Кезекке қою мерзімі бұзылмаған/);
    const ruText = await pdfText(
      await (await citizen.get(`/api/v1/complaints/${id}/decision.pdf?lang=ru`)).arrayBuffer(),
    );
    assert.match(ruText, /Не удовлетворена/);
    assert.equal((await other.get(`/api/v1/complaints/${id}/decision.pdf`)).status, 404);

    // The applicant escalates: a new complaint to the Akmola quality department, linked both ways.
    assert.equal(
      (await akimatHead.post(`/api/v1/complaints/${id}/escalate`, { reasons: "x", demands: "y" })).status,
      403,
    );
    const escalated = await json<View>(
      await citizen.post(`/api/v1/complaints/${id}/escalate`, {
        reasons: "Шешіммен келіспеймін.",
        demands: "Шешімді қайта қарауды сұраймын.",
      }),
      201,
    );
    assert.equal(escalated.status, "submitted");
    assert.equal(escalated.addressee.kind, "quality_authority");
    assert.equal(escalated.holder.organizationId, "quality-akmola");
    assert.equal(escalated.escalatedFrom, id);
    assert.deepEqual(escalated.linkedComplaintIds, [id]);
    assert.equal(escalated.attachments.length, 1);
    assert.notEqual(escalated.attachments[0]!.id, upload.id, "a new attachment row");
    assert.equal(escalated.attachments[0]!.sha256, atAkimat.attachments[0]!.sha256, "the same bytes");
    const [copy] = await t.db
      .select()
      .from(attachments)
      .where(eq(attachments.id, escalated.attachments[0]!.id));
    assert.deepEqual(new Uint8Array(copy!.content!), tinyPdf());
    const original = await json<View>(await citizen.get(`/api/v1/complaints/${id}`), 200);
    assert.deepEqual(original.linkedComplaintIds, [escalated.id]);
    const again = await json<Problem>(
      await citizen.post(`/api/v1/complaints/${id}/escalate`, { reasons: "a", demands: "b" }),
      409,
    );
    assert.equal(again.code, "already_escalated");

    const qRegistrar = await apiAs(t, "registrar.quality-akmola");
    const qRegistered = await json<View>(
      await qRegistrar.post(`/api/v1/complaints/${escalated.id}/register`, {}),
      200,
    );
    const qReview = qRegistered.deadlines.find((d) => d.kind === "review")!;
    assert.equal(qReview.workingDays, 15);
    assert.deepEqual(
      qRegistered.deadlines.map((d) => d.kind).sort(),
      ["registration", "review"],
      "no forward clock at the quality authority",
    );
    const calendar = await currentCalendar(t.db);
    assert.equal(qReview.due, calendar.addWorkingDays(qRegistered.registration!.registeredOn, 15));
    // The quality authority sees the original complaint as part of the case.
    assert.equal((await qRegistrar.get(`/api/v1/complaints/${id}`)).status, 200);

    const qHead = await apiAs(t, "head.quality-akmola");
    const tooLong = await json<Problem>(
      await qHead.post(`/api/v1/complaints/${escalated.id}/extend`, { workingDays: 11, reason: "Тексеру" }),
      422,
    );
    assert.equal(tooLong.errors?.[0]?.field, "workingDays");
    const noReason = await json<Problem>(
      await qHead.post(`/api/v1/complaints/${escalated.id}/extend`, { workingDays: 5, reason: " " }),
      422,
    );
    assert.equal(noReason.errors?.[0]?.field, "reason");
    const extended = await json<View>(
      await qHead.post(`/api/v1/complaints/${escalated.id}/extend`, {
        workingDays: 6,
        reason: "Жергілікті тексеру",
      }),
      200,
    );
    const newDue = calendar.addWorkingDays(qReview.due, 6);
    assert.equal(extended.registration?.answerBy, newDue, "the new date is announced");
    assert.ok(extended.marks.some((m) => m.kind === "extended"));
    const beyond = await json<Problem>(
      await qHead.post(`/api/v1/complaints/${escalated.id}/extend`, { workingDays: 5, reason: "Тағы" }),
      422,
    );
    assert.equal(beyond.errors?.[0]?.code, "extension_too_long", "never beyond the maximum in total");
    const citizenSees = await json<View>(await citizen.get(`/api/v1/complaints/${escalated.id}`), 200);
    assert.equal(citizenSees.registration?.answerBy, newDue);

    const qDecided = await json<View>(
      await qHead.post(`/api/v1/complaints/${escalated.id}/decision`, {
        outcome: "partially_satisfied",
        text: "Мерзім бұзылғаны расталды, лауазымды адамға ескерту жасалды.",
      }),
      200,
    );
    assert.equal(qDecided.status, "decided");
    assert.equal(qDecided.decision?.decidedBy.surname, "Жақыпов");
    const noSecond = await json<Problem>(
      await citizen.post(`/api/v1/complaints/${escalated.id}/escalate`, { reasons: "a", demands: "b" }),
      409,
    );
    assert.equal(noSecond.code, "escalation_not_available");

    const caseFile = await json<{
      complaint: View;
      marks: { kind: string }[];
      decision: { outcome: string };
      attachments: unknown[];
      linkedComplaints: View[];
    }>(await citizen.get(`/api/v1/complaints/${escalated.id}/case-file`), 200);
    assert.equal(caseFile.decision.outcome, "partially_satisfied");
    assert.deepEqual(
      caseFile.marks.map((m) => m.kind),
      ["delivered", "registered", "extended", "result"],
    );
    assert.equal(caseFile.attachments.length, 1);
    assert.equal(caseFile.linkedComplaints[0]?.id, id);
    assert.equal((await other.get(`/api/v1/complaints/${escalated.id}/case-file`)).status, 404);
  });

  it("file → register → favourable act inside the forward window; after the window → 409 forward_window_closed", async () => {
    t.setNow("2026-11-20T05:00:00Z");
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const a = await file();
    await json<View>(await registrar.post(`/api/v1/complaints/${a.id}/register`, {}), 200);
    assert.equal(
      (await registrar.post(`/api/v1/complaints/${a.id}/favourable-act`, { text: "x" })).status,
      403,
      "only the head adopts an act",
    );
    t.setNow("2026-11-25T12:00:00Z"); // the last day of the window (3 working days from 20 November)
    const headLater = await apiAs(t, "head.akmola-edu"); // sessions expire after 8 idle hours
    const act = await json<View>(
      await headLater.post(`/api/v1/complaints/${a.id}/favourable-act`, {
        actNumber: "БА-17",
        text: "Бала кезекке 2026 жылғы 12 қарашадан бастап қойылды.",
      }),
      200,
    );
    assert.equal(act.status, "decided");
    assert.equal(act.outcome, "favourable_act");
    assert.equal(act.decision?.actNumber, "БА-17");
    assert.ok(act.marks.some((m) => m.kind === "result"));
    assert.ok(
      act.deadlines.every((d) => d.state === "met"),
      "open deadlines closed",
    );

    t.setNow("2026-11-20T05:00:00Z");
    const b = await file();
    const registrarAgain = await apiAs(t, "registrar.akmola-edu"); // signing in again replaced the sessions
    await json<View>(await registrarAgain.post(`/api/v1/complaints/${b.id}/register`, {}), 200);
    t.setNow("2026-11-26T05:00:00Z");
    const headAfter = await apiAs(t, "head.akmola-edu");
    const late = await json<Problem>(
      await headAfter.post(`/api/v1/complaints/${b.id}/favourable-act`, { text: "Кеш" }),
      409,
    );
    assert.equal(late.code, "forward_window_closed");
    const view = await json<View>(await headAfter.get(`/api/v1/complaints/${b.id}`), 200);
    assert.equal(view.status, "registered", "nothing changed");
    assert.equal(view.deadlines.find((d) => d.kind === "forward")?.state, "overdue");

    assert.equal(
      view.allowedActions.includes("favourable_act"),
      false,
      "the window is shut in allowedActions too",
    );
    const refused = await json<Problem>(
      await headAfter.post(`/api/v1/complaints/${b.id}/leave-without-consideration`, {
        ground: "repeated",
        text: "Сол мәселе бойынша шағым бұрын қаралған.",
      }),
      409,
    );
    assert.equal(refused.code, "must_forward", "the appealed body never refuses its own case");
    const sent = await json<View>(await headAfter.post(`/api/v1/complaints/${b.id}/forward`, {}), 200);
    assert.equal(
      sent.deadlines.find((d) => d.kind === "forward")?.state,
      "missed",
      "forwarded late is missed, not met",
    );
    t.setNow("2026-11-20T05:00:00Z");
  });

  it("refuses a decision without a reasoned text or with an unknown outcome (422 naming the field)", async () => {
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const head = await apiAs(t, "head.akmola-edu");
    // About an employee's conduct: the head reviews it as the higher official.
    const c = await file("900101300126", { appealed: "employee" });
    await json<View>(await registrar.post(`/api/v1/complaints/${c.id}/register`, {}), 200);
    const noText = await json<Problem>(
      await head.post(`/api/v1/complaints/${c.id}/decision`, { outcome: "satisfied", text: "" }),
      422,
    );
    assert.deepEqual(
      noText.errors?.map((e) => e.field),
      ["text"],
    );
    const badOutcome = await json<Problem>(
      await head.post(`/api/v1/complaints/${c.id}/decision`, { outcome: "favourable_act", text: "x" }),
      422,
    );
    assert.deepEqual(
      badOutcome.errors?.map((e) => e.field),
      ["outcome"],
    );
    const stale = await json<Problem>(
      await head.post(`/api/v1/complaints/${c.id}/decision`, { outcome: "satisfied", text: "x", version: 1 }),
      409,
    );
    assert.equal(stale.code, "version_conflict");
  });

  it("two heads deciding the same complaint at once: one wins, the other gets 409 (PostgreSQL only — skipped unless TEST_DATABASE_URL is set)", {
    skip: !process.env.TEST_DATABASE_URL,
  }, async () => {
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const head = await apiAs(t, "head.akmola-edu");
    const deputy = await apiAs(t, "deputy.akmola-edu");
    for (let round = 0; round < 3; round++) {
      const c = await file("900101300126", { appealed: "employee" });
      await json<View>(await registrar.post(`/api/v1/complaints/${c.id}/register`, {}), 200);
      const responses = await Promise.all([
        head.post(`/api/v1/complaints/${c.id}/decision`, { outcome: "satisfied", text: "Бірінші шешім" }),
        deputy.post(`/api/v1/complaints/${c.id}/decision`, {
          outcome: "not_satisfied",
          text: "Екінші шешім",
        }),
      ]);
      assert.deepEqual(responses.map((r) => r.status).sort(), [200, 409]);
      const loser = responses.find((r) => r.status === 409)!;
      assert.equal(((await loser.json()) as Problem).code, "invalid_transition");
      const view = await json<View>(await head.get(`/api/v1/complaints/${c.id}`), 200);
      assert.equal(view.marks.filter((m) => m.kind === "result").length, 1, "one result only");
    }
  });
});
