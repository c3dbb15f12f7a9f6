import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq, sql } from "drizzle-orm";
import { deliveryLedger, outbox, users } from "../../src/db/schema.ts";
import { runDeadlineMonitor } from "../../src/jobs/deadline-monitor.ts";
import { dispatchOnce } from "../../src/jobs/dispatcher.ts";
import { createTransports } from "../../src/jobs/transports.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, paperOnlyComplaint, validComplaint } from "../support/complaints.ts";
import { startSmtp } from "../support/smtp.ts";

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
before(async () => {
  t = await testApp();
  smtp = await startSmtp();
});
after(async () => {
  await smtp.close();
  await t.close();
});

const PUBLIC = "https://shagym.example.kz";
let clock = new Date("2026-11-21T05:00:00Z");
const dispatcher = (worker = "w1") => ({
  transports: createTransports({ smtpUrl: smtp.url, mailFrom: "Shagym <no-reply@shagym.kz>", demo: false }),
  now: () => clock,
  publicUrl: PUBLIC,
  worker,
});

/** Registers a paper complaint (received Sat 21 Nov 2026 → registered Mon 23 Nov; review due Mon 30 Nov). */
async function fileOnPaper(email: string, lang = "ru") {
  // Entered when it was received: an office receipt is never in the future.
  t.setNow("2026-11-21T05:00:00Z");
  const registrar = await apiAs(t, "registrar.akmola-edu");
  const body = paperOnlyComplaint({ receivedAt: "2026-11-21T10:00:00+05:00" });
  (body.applicant as Record<string, unknown>).email = email;
  const res = await registrar.post("/api/v1/office/complaints", body, { "accept-language": lang });
  t.setNow("2026-11-20T05:00:00Z");
  assert.equal(res.status, 201);
  return (await res.json()) as { id: string; registration: { number: string } };
}

async function drain(o = dispatcher()) {
  while ((await dispatchOnce(t.db, o)) > 0) {}
}

describe("notices to the applicant", () => {
  it("writes the notices of a mark in the same transaction as the mark", async () => {
    const c = await fileOnPaper("applicant1@example.kz");
    const rows = await t.db.select().from(outbox).where(eq(outbox.complaintId, c.id));
    assert.deepEqual(rows.map((r) => [r.template, r.channel, r.status]).sort(), [
      ["notice.delivered", "email", "pending"],
      ["notice.registered", "email", "pending"],
    ]);
  });

  it("e-mails the registration over real SMTP in the applicant's language with the number and the due date", async () => {
    const c = await fileOnPaper("dinara@example.kz", "ru");
    await drain();
    const mail = smtp.received.find(
      (m) => m.to.includes("dinara@example.kz") && m.subject.includes(c.registration.number),
    );
    assert.ok(mail, `received: ${smtp.received.map((m) => m.subject).join(" | ")}`);
    assert.match(mail.subject, /Жалоба зарегистрирована/);
    assert.match(mail.text, /26 ноября 2026/);
    assert.match(mail.text, new RegExp(`${PUBLIC}/ru/status\\?number=`));
    const ledger = await t.db
      .select()
      .from(deliveryLedger)
      .where(eq(deliveryLedger.recipient, "dinara@example.kz"));
    assert.ok(ledger.length >= 2 && ledger.every((l) => l.status === "sent" && l.providerResponse));
  });

  it("retries a failing SMTP server with backoff, then marks the notice failed; nothing is lost", async () => {
    await drain();
    const c = await fileOnPaper("unlucky@example.kz", "kk");
    smtp.state.failing = true;
    try {
      for (let attempt = 1; attempt <= 4; attempt++) {
        await dispatchOnce(t.db, dispatcher());
        clock = new Date(clock.getTime() + 24 * 60 * 60 * 1000);
      }
    } finally {
      smtp.state.failing = false;
    }
    const rows = await t.db.select().from(outbox).where(eq(outbox.complaintId, c.id));
    assert.equal(rows.length, 2);
    assert.ok(
      rows.every((r) => r.status === "failed" && r.attempts === 4),
      JSON.stringify(rows.map((r) => [r.status, r.attempts])),
    );
    const ledger = await t.db
      .select()
      .from(deliveryLedger)
      .where(eq(deliveryLedger.recipient, "unlucky@example.kz"));
    assert.deepEqual(ledger.map((l) => l.status).sort(), [
      "failed",
      "failed",
      "retry",
      "retry",
      "retry",
      "retry",
      "retry",
      "retry",
    ]);
    assert.match(ledger[0]!.providerResponse ?? "", /451/);
    assert.equal(smtp.received.filter((m) => m.to.includes("unlucky@example.kz")).length, 0);
  });

  it("sends nothing twice after a restart", async () => {
    await fileOnPaper("once@example.kz");
    await drain(dispatcher("before-restart"));
    const sent = smtp.received.filter((m) => m.to.includes("once@example.kz")).length;
    assert.equal(sent, 2);
    clock = new Date(clock.getTime() + 60 * 60 * 1000);
    assert.equal(await dispatchOnce(t.db, dispatcher("after-restart")), 0);
    assert.equal(smtp.received.filter((m) => m.to.includes("once@example.kz")).length, 2);
  });

  it("never lets two dispatchers (two connection pools) send the same notice", async () => {
    for (let i = 0; i < 10; i++) await fileOnPaper(`pair${i}@example.kz`);
    const second = await t.another();
    try {
      const other = { ...dispatcher("other"), transports: dispatcher().transports };
      const loop = async (db: typeof t.db, o: ReturnType<typeof dispatcher>) => {
        while ((await dispatchOnce(db, { ...o, batch: 3 })) > 0) {}
      };
      await Promise.all([loop(t.db, dispatcher("one")), loop(second.db, other)]);
    } finally {
      await second.close();
    }
    for (let i = 0; i < 10; i++) {
      assert.equal(smtp.received.filter((m) => m.to.includes(`pair${i}@example.kz`)).length, 2, `pair${i}`);
    }
    const [dupes] = await t.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(
        sql`(select outbox_id from delivery_ledger where status = 'sent' group by outbox_id having count(*) > 1) d`,
      );
    assert.equal(dupes!.n, 0);
  });
});

describe("deadline alerts to staff", () => {
  const at = (iso: string) => new Date(iso);
  const alerts = async () =>
    (await t.db.select().from(outbox).where(sql`${outbox.template} like 'alert.%'`)).map(
      (r) => `${r.template}:${r.recipient}`,
    );

  it("sends nothing on a Saturday, on a holiday or before the office hour", async () => {
    await t.db.delete(deliveryLedger);
    await t.db.delete(outbox);
    assert.equal(
      await runDeadlineMonitor(t.db, { now: at("2026-11-28T05:00:00Z"), officeHour: 9 }),
      0,
      "Saturday",
    );
    assert.equal(
      await runDeadlineMonitor(t.db, { now: at("2026-12-16T05:00:00Z"), officeHour: 9 }),
      0,
      "Independence Day",
    );
    assert.equal(
      await runDeadlineMonitor(t.db, { now: at("2026-11-25T03:00:00Z"), officeHour: 9 }),
      0,
      "08:00 in Almaty",
    );
    assert.deepEqual(await alerts(), []);
  });

  it("alerts the head the working day before a term ends, and the day after it is missed, once", async () => {
    // Forward clocks of the paper complaints end Thu 26 Nov; review clocks Mon 30 Nov.
    assert.ok((await runDeadlineMonitor(t.db, { now: at("2026-11-25T05:00:00Z"), officeHour: 9 })) > 0);
    const wednesday = await alerts();
    assert.ok(wednesday.includes("alert.one_day_left:head.akmola-edu@example.kz"), wednesday.join());
    assert.ok(!wednesday.some((a) => a.startsWith("alert.missed")));
    await runDeadlineMonitor(t.db, { now: at("2026-11-25T09:00:00Z"), officeHour: 9 });
    assert.equal((await alerts()).length, wednesday.length, "a second run the same day adds nothing");

    await runDeadlineMonitor(t.db, { now: at("2026-11-27T05:00:00Z"), officeHour: 9 });
    const friday = await alerts();
    assert.ok(friday.includes("alert.missed:head.akmola-edu@example.kz"), "forward term of Thu 26 missed");
    const [digest] = await t.db.select().from(outbox).where(eq(outbox.template, "alert.digest"));
    assert.ok(digest);
    assert.equal(digest.recipient, "head.akmola-edu@example.kz");
  });
});

describe("the applicant's choice of channel", () => {
  it("tells a portal applicant in the cabinet and by e-mail, or by SMS once chosen on the settings page", async () => {
    const citizen = await apiAs(t, "900101300126");
    const first = (await (
      await citizen.post("/api/v1/complaints", validComplaint(), { "accept-language": "kk" })
    ).json()) as { id: string };
    const rows = await t.db.select().from(outbox).where(eq(outbox.complaintId, first.id));
    assert.deepEqual(rows.map((r) => [r.channel, r.language]).sort(), [
      ["cabinet", "kk"],
      ["email", "kk"],
    ]);

    const browser = new Client(t.app);
    await browser.signIn("900101300126");
    const page = await browser.get("/kk/cabinet/notifications");
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Шағымыңыз жеткізілді/, "the cabinet notice is listed");
    assert.equal(
      (await browser.postForm("/kk/cabinet/notifications", { notifyVia: "sms" }, { withCsrf: false })).status,
      403,
    );
    const saved = await browser.postForm("/kk/cabinet/notifications", { notifyVia: "sms" });
    assert.equal(saved.status, 303);

    const second = (await (await citizen.post("/api/v1/complaints", validComplaint())).json()) as {
      id: string;
    };
    const channels = (await t.db.select().from(outbox).where(eq(outbox.complaintId, second.id))).map(
      (r) => `${r.channel}:${r.recipient}`,
    );
    const [account] = await t.db.select({ id: users.id }).from(users).where(eq(users.login, "900101300126"));
    assert.deepEqual(channels.sort(), [`cabinet:${account!.id}`, "sms:+77011234567"]);
  });

  it("shows the demo mailbox only in demo mode, with the caller's own messages", async () => {
    const browser = new Client(t.app);
    await browser.signIn("admin");
    const res = await browser.get("/ru/dev/mailbox");
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Демо-почтовый ящик/);
  });
});

describe("SMS through the HTTP gateway", () => {
  it("posts the SMS as JSON to the gateway and records its answer; a 500 is retried", async () => {
    const { createServer } = await import("node:http");
    const got: { to: string; text: string; id: string }[] = [];
    let fail = true;
    const gateway = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => {
        body += c.toString("utf8");
      });
      req.on("end", () => {
        if (fail) {
          fail = false;
          res.writeHead(500).end("busy");
          return;
        }
        got.push(JSON.parse(body));
        res.writeHead(200, { "content-type": "application/json" }).end('{"accepted":true}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", () => resolve()));
    const { port } = gateway.address() as import("node:net").AddressInfo;
    try {
      await drain();
      const registrar = await apiAs(t, "registrar.akmola-edu");
      const body = paperOnlyComplaint();
      (body.applicant as Record<string, unknown>).phones = ["+77051112233"];
      await registrar.post("/api/v1/office/complaints", body, { "accept-language": "en" });
      const o = {
        ...dispatcher("sms"),
        transports: createTransports({
          smsGatewayUrl: `http://127.0.0.1:${port}/send`,
          mailFrom: "x <x@y.kz>",
          demo: false,
        }),
      };
      await dispatchOnce(t.db, o);
      clock = new Date(clock.getTime() + 60 * 60 * 1000);
      await drain(o);
      const mine = got.filter((m) => m.to === "+77051112233");
      assert.equal(mine.length, 2);
      assert.ok(
        mine.some(
          (m) => /Complaint registered: No\. AKMOLA-EDU-2026-/.test(m.text) || /registered at/.test(m.text),
        ),
        JSON.stringify(mine),
      );
      const ledger = await t.db
        .select()
        .from(deliveryLedger)
        .where(eq(deliveryLedger.recipient, "+77051112233"));
      assert.deepEqual(ledger.map((l) => l.status).sort(), ["retry", "sent", "sent"]);
      assert.ok(ledger.some((l) => l.providerResponse?.includes("accepted")));
    } finally {
      gateway.close();
    }
  });
});
