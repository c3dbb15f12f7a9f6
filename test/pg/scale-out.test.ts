import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { isValidIin } from "../../src/domain/iin.ts";
import { officeComplaint, validComplaint } from "../support/complaints.ts";
import { bearerToken, type Spawned, spawnScript } from "../support/process.ts";
import { startSmtp } from "../support/smtp.ts";

/**
 * Scale-out on one PostgreSQL (issue 11, item 7): two app processes (`src/main.ts`) and two
 * worker processes (`src/worker.ts`) as real child processes against one database. Complaints
 * are filed through both apps at once and registered through both; then no registration number
 * is given twice, every e-mail and SMS notice reaches the real SMTP server or the SMS gateway
 * exactly once, and both workers sent some. This file is run by `npm run test:pg` only (it is
 * not under test/integration, which `npm test` runs on PGlite) and fails — never skips — when
 * there is no PostgreSQL.
 */
const url = process.env.TEST_DATABASE_URL;

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 180_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`waited ${ms} ms for ${what}`);
}

describe("two app processes and two workers on one PostgreSQL", () => {
  const name = `shagym_scale_${randomBytes(4).toString("hex")}`;
  let admin: pg.Client;
  let db: pg.Client;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const sms: { id: string; to: string }[] = [];
  const gateway = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString();
    });
    req.on("end", () => {
      sms.push(JSON.parse(body) as { id: string; to: string });
      // A slow gateway: a batch takes a while, so the other worker claims the next one.
      setTimeout(
        () => res.writeHead(200, { "content-type": "application/json" }).end('{"accepted":true}'),
        150,
      );
    });
  });
  const apps: { proc: Spawned; base: string }[] = [];
  const workers: Spawned[] = [];
  let env: Record<string, string>;

  before(async () => {
    assert.ok(
      url,
      "PostgreSQL only: run by npm run test:pg, which sets TEST_DATABASE_URL (PostgreSQL absent?)",
    );
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    smtp = await startSmtp();
    await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", () => resolve()));
    env = {
      DATABASE_URL: dbUrl.toString(),
      HOST: "127.0.0.1",
      IN_APP_JOBS: "0",
      LOG_LEVEL: "info",
      SMTP_URL: smtp.url,
      SMS_GATEWAY_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`,
      FILINGS_PER_HOUR: "1000",
      // Forty requests at once on a loaded machine: wait for a pooled connection, don't answer 503.
      DB_CONNECT_TIMEOUT_MS: "60000",
      HEALTH_TIMEOUT_MS: "30000",
    };
    // The first app applies the migrations and seeds; the second joins a ready database.
    for (const i of [0, 1]) {
      const port = 45_000 + (process.pid % 5_000) * 2 + i;
      const proc = spawnScript("src/main.ts", { ...env, PORT: String(port) });
      const base = `http://127.0.0.1:${port}`;
      apps.push({ proc, base });
      await until(`app ${i}`, async () => ((await fetch(`${base}/api/v1/health`)).ok ? true : undefined));
    }
    for (const i of [0, 1]) {
      const proc = spawnScript("src/worker.ts", env);
      workers.push(proc);
      await until(`worker ${i}`, async () => (/worker started/.test(proc.output()) ? true : undefined));
    }
    db = new pg.Client({ connectionString: dbUrl.toString() });
    await db.connect();
  });

  after(async () => {
    for (const p of [...apps.map((a) => a.proc), ...workers]) {
      if (p.child.exitCode === null) p.child.kill("SIGKILL");
    }
    await db?.end().catch(() => {});
    await smtp?.close();
    gateway.close();
    await admin?.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin?.end();
  });

  it("files and registers through both apps without a duplicate number; every notice is sent once, by both workers", async () => {
    const [a, b] = [apps[0]!, apps[1]!];
    // One session works on both apps: sessions live in the shared database.
    const citizen = await bearerToken(a.base, "900101300126");
    const registrar = await bearerToken(b.base, "registrar.akmola-edu");
    const post = (base: string, path: string, token: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "idempotency-key": randomBytes(8).toString("hex"),
        },
        body: JSON.stringify(body),
      });
    const via = (i: number) => (i % 2 === 0 ? a.base : b.base);

    // Filed at once through both apps: portal complaints by the citizen, and paper complaints
    // entered by the registrar (registered at once), each paper applicant with their own e-mail
    // or phone, so that every notice goes out by e-mail or SMS.
    const portal = Array.from({ length: 10 }, (_, i) =>
      post(via(i), "/api/v1/complaints", citizen, validComplaint()),
    );
    // Applicants without an account (an IIN no demo citizen has): each notice goes to the
    // complaint's own address or phone, one recipient per complaint (no per-recipient pacing).
    const iins: string[] = [];
    for (let n = 600_000; iins.length < 30; n++) {
      if (isValidIin(`850315${n}`)) iins.push(`850315${n}`);
    }
    const office = Array.from({ length: 30 }, (_, i) =>
      post(
        via(i + 1),
        "/api/v1/office/complaints",
        registrar,
        officeComplaint({
          applicant: {
            ...officeComplaint().applicant,
            iin: iins[i],
            phones: [`+7705${String(1_000_000 + i)}`],
            ...(i % 2 === 0 ? { email: `applicant${i}@example.kz` } : {}),
          },
        }),
      ),
    );
    const filed = await Promise.all([...portal, ...office]);
    const refused = filed.find((r) => r.status !== 201);
    assert.equal(refused, undefined, `a filing answered ${refused?.status}: ${await refused?.text()}`);
    const bodies = (await Promise.all(filed.map((r) => r.json()))) as {
      id: string;
      registration?: { number: string };
    }[];
    const portalIds = bodies.slice(0, 10).map((c) => c.id);
    const officeIds = bodies.slice(10).map((c) => c.id);

    // The portal complaints registered at once through both apps.
    const registered = await Promise.all(
      portalIds.map((id, i) => post(via(i + 1), `/api/v1/complaints/${id}/register`, registrar, {})),
    );
    assert.deepEqual(
      registered.map((r) => r.status),
      Array(10).fill(200),
    );
    const numbers = [
      ...bodies.slice(10).map((c) => c.registration!.number),
      ...(await Promise.all(
        registered.map(
          async (r) => ((await r.json()) as { registration: { number: string } }).registration.number,
        ),
      )),
    ];
    assert.equal(numbers.length, 40);
    assert.equal(new Set(numbers).size, 40, `a number given twice: ${numbers.sort().join(" ")}`);
    const stored = await db.query<{ n: string; distinct: string; gapless: boolean }>(
      `SELECT count(*) AS n, count(DISTINCT number) AS distinct, max(seq) - min(seq) + 1 = count(*) AS gapless
         FROM registrations WHERE organization_id = 'akmola-edu' AND complaint_id = ANY($1::uuid[])`,
      [[...portalIds, ...officeIds]],
    );
    assert.equal(Number(stored.rows[0]!.n), 40);
    assert.equal(Number(stored.rows[0]!.distinct), 40);
    assert.ok(stored.rows[0]!.gapless, "the numbers of one organization and year have no gap");

    // Every e-mail and SMS notice of the paper complaints is sent — by the workers, once.
    const notices = await until("every notice of the paper complaints sent", async () => {
      const { rows } = await db.query<{ id: string; channel: string; status: string }>(
        `SELECT id::text, channel, status FROM outbox WHERE channel IN ('email', 'sms') AND complaint_id = ANY($1::uuid[])`,
        [officeIds],
      );
      return rows.length >= 30 && rows.every((r) => r.status === "sent") ? rows : undefined;
    });
    assert.ok(notices.some((n) => n.channel === "email") && notices.some((n) => n.channel === "sms"));
    const mailed = smtp.received.map((m) => /<outbox-(\d+)@shagym>/.exec(m.messageId)?.[1]);
    const texted = sms.map((m) => m.id);
    const delivered = [...mailed, ...texted];
    assert.equal(new Set(delivered).size, delivered.length, "a notice delivered twice");
    for (const n of notices) {
      assert.equal(
        delivered.filter((d) => d === n.id).length,
        1,
        `notice ${n.id} (${n.channel}) delivered once`,
      );
    }
    const ledger = await db.query<{ outbox_id: string; worker: string }>(
      `SELECT outbox_id::text, worker FROM delivery_ledger WHERE status = 'sent' AND outbox_id = ANY($1::bigint[])`,
      [notices.map((n) => n.id)],
    );
    assert.equal(ledger.rows.length, notices.length, "one 'sent' ledger row per notice");
    const pids = new Set(ledger.rows.map((r) => r.worker.split(":").pop()));
    assert.deepEqual(
      [...pids].sort(),
      workers.map((w) => String(w.child.pid)).sort(),
      "both worker processes sent notices",
    );
  });
});
