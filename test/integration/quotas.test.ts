// What one person may do in an hour, and who hears of a complaint: filings and new drafts are
// bounded per person (429 with Retry-After, staff filing for others are not), notices go only to
// the applicant's own contacts, and one recipient gets at most NOTICES_PER_RECIPIENT_PER_HOUR
// applicant notices an hour, the rest waiting rather than dropped.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import { deliveryLedger, outbox, users } from "../../src/db/schema.ts";
import { NOTICES_PER_RECIPIENT_PER_HOUR } from "../../src/domain/notices.ts";
import { t as text } from "../../src/i18n/index.ts";
import { dispatchOnce } from "../../src/jobs/dispatcher.ts";
import type { Message } from "../../src/jobs/transports.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, officeComplaint, paperOnlyComplaint, validComplaint } from "../support/complaints.ts";

let t: TestApp;
before(async () => {
  t = await testApp({ FILINGS_PER_HOUR: "2", DRAFTS_PER_HOUR: "2" });
});
after(() => t.close());

const CITIZEN = "900101300126";

describe("per-person quotas", () => {
  it("a citizen files at most FILINGS_PER_HOUR complaints an hour (429, Retry-After); a replay, staff and others are not bound", async () => {
    const citizen = await apiAs(t, CITIZEN);
    const file = (key: string) =>
      citizen.post("/api/v1/complaints", validComplaint(), { "idempotency-key": key });
    assert.equal((await file("q-1")).status, 201);
    t.setNow("2026-11-20T05:20:00Z");
    assert.equal((await file("q-2")).status, 201);
    const refused = await file("q-3");
    assert.equal(refused.status, 429);
    assert.equal(((await refused.json()) as { code: string }).code, "filing_quota");
    // The oldest filing (05:00) leaves the hour at 06:00: 40 minutes from 05:20.
    assert.equal(refused.headers.get("retry-after"), String(40 * 60));
    assert.equal(
      (await file("q-1")).status,
      201,
      "a replay of an accepted filing is its answer, not a new one",
    );

    const registrar = await apiAs(t, "registrar.akmola-edu");
    for (let i = 0; i < 3; i++)
      assert.equal((await registrar.post("/api/v1/office/complaints", officeComplaint())).status, 201);
    const other = await apiAs(t, "850315450011");
    assert.equal((await other.post("/api/v1/complaints", validComplaint())).status, 201);

    t.setNow("2026-11-20T06:00:01Z");
    assert.equal((await file("q-4")).status, 201, "an hour after the first, there is room again");
    t.setNow("2026-11-20T05:00:00Z");
  });

  it("a citizen starts at most DRAFTS_PER_HOUR new complaints on the portal an hour (429 page in their language)", async () => {
    t.setNow("2026-11-20T09:00:00Z");
    const client = new Client(t.app);
    await client.signIn(CITIZEN);
    await client.get("/kk/complaints/new");
    for (let i = 0; i < 2; i++) assert.equal((await client.postForm("/kk/complaints/new", {})).status, 303);
    const refused = await client.postForm("/kk/complaints/new", {});
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get("retry-after")) > 0);
    assert.ok((await refused.text()).includes(text("kk", "error.draft_quota", { max: 2, minutes: 60 })));
    t.setNow("2026-11-20T05:00:00Z");
  });
});

describe("notices to the applicant's own contacts only", () => {
  const recipients = async (complaintId: string) =>
    (
      await t.db
        .select({ channel: outbox.channel, recipient: outbox.recipient })
        .from(outbox)
        .where(eq(outbox.complaintId, complaintId))
    ).filter((r) => r.channel !== "cabinet");

  it("a portal complaint naming a stranger's e-mail is told to the account's e-mail, never the stranger's", async () => {
    t.setNow("2026-11-20T12:00:00Z");
    const citizen = await apiAs(t, "850315450011");
    const body = validComplaint();
    (body.applicant as Record<string, unknown>).email = "stranger@example.org";
    const res = await citizen.post("/api/v1/complaints", body);
    assert.equal(res.status, 201);
    const { id } = (await res.json()) as { id: string };
    const [account] = await t.db.select().from(users).where(eq(users.login, "850315450011"));
    const sent = await recipients(id);
    assert.ok(sent.length > 0, "the applicant is told");
    assert.ok(sent.every((r) => r.recipient !== "stranger@example.org"));
    assert.ok(sent.every((r) => r.recipient === account?.email || r.recipient === account?.phone));
    t.setNow("2026-11-20T05:00:00Z");
  });

  it("a paper complaint is told to the contacts written on the paper", async () => {
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const body = paperOnlyComplaint();
    (body.applicant as Record<string, unknown>).email = "on.paper@example.kz";
    const res = await registrar.post("/api/v1/office/complaints", body);
    assert.equal(res.status, 201);
    const { id } = (await res.json()) as { id: string };
    assert.deepEqual([...new Set((await recipients(id)).map((r) => r.recipient))], ["on.paper@example.kz"]);
  });
});

describe("pacing per recipient", () => {
  it(`after ${NOTICES_PER_RECIPIENT_PER_HOUR} applicant notices in an hour the next one waits for room (not an attempt, not dropped); staff alerts are not paced`, async () => {
    const now = new Date("2026-11-25T06:00:00Z");
    const to = "flooded@example.kz";
    const row = (template: string) => ({
      dedupeKey: `pace-${template}`,
      channel: "email" as const,
      recipient: to,
      template,
      language: "ru" as const,
      params: { number: "1", due: "—", organization: "—", path: "/ru/status" },
      status: "pending" as const,
      nextAttemptAt: now,
      createdAt: now,
    });
    const [earlier] = await t.db
      .insert(outbox)
      .values({ ...row("notice.registered"), status: "sent" })
      .returning();
    await t.db.insert(deliveryLedger).values(
      Array.from({ length: NOTICES_PER_RECIPIENT_PER_HOUR }, (_, i) => ({
        outboxId: earlier!.id,
        at: new Date(now.getTime() - 50 * 60_000 + i * 60_000),
        channel: "email",
        recipient: to,
        template: "notice.registered",
        status: "sent" as const,
      })),
    );
    await t.db.insert(outbox).values([row("notice.in_execution"), row("alert.missed")]);
    const sent: Message[] = [];
    const transport = async (m: Message) => {
      sent.push(m);
      return "ok";
    };
    await dispatchOnce(t.db, {
      transports: { email: transport, sms: transport },
      now: () => now,
      publicUrl: "https://shagym.example.kz",
      worker: "pacing",
    });
    assert.equal(sent.filter((m) => m.to === to).length, 1, "only the staff alert went out to them");
    const [alert] = await t.db.select().from(outbox).where(eq(outbox.dedupeKey, "pace-alert.missed"));
    assert.equal(alert?.status, "sent");
    const [waiting] = await t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.dedupeKey, "pace-notice.in_execution")));
    assert.equal(waiting?.status, "pending");
    assert.equal(waiting?.attempts, 0);
    // The oldest of the ten (05:10) leaves the hour at 06:10.
    assert.equal(waiting?.nextAttemptAt.toISOString(), "2026-11-25T06:10:00.000Z");
  });
});
