import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { and, asc, eq, sql } from "drizzle-orm";
import pino from "pino";
import { boot } from "../../src/boot.ts";
import { loadConfig } from "../../src/config/env.ts";
import { openDatabase } from "../../src/db/connection.ts";
import { auditChainHeads, auditEvents, complaintEvents, users } from "../../src/db/schema.ts";
import { complaintChain, GLOBAL_CHAIN } from "../../src/domain/audit-chain.ts";
import { chainUnchained } from "../../src/operations/audit-chain.ts";
import { recordQuietEvents } from "../../src/operations/complaint-events.ts";
import { describeBreak, verifyAllChains, verifyComplaintChain } from "../../src/queries/audit-chain.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, validComplaint } from "../support/complaints.ts";

let t: TestApp;
let id: string;

before(async () => {
  t = await testApp();
  // A complaint driven through a few steps through the API: filed, registered, assigned, commented.
  const citizen = await apiAs(t, "900101300126");
  const filed = await citizen.post("/api/v1/complaints", validComplaint());
  assert.equal(filed.status, 201, await filed.clone().text());
  id = ((await filed.json()) as { id: string }).id;
  const registrar = await apiAs(t, "registrar.akmola-edu");
  assert.equal((await registrar.post(`/api/v1/complaints/${id}/register`, {})).status, 200);
  const [executor] = await t.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.login, "executor.akmola-edu"));
  const assigned = await registrar.post(`/api/v1/complaints/${id}/assign`, { executorId: executor!.id });
  assert.equal(assigned.status, 200, await assigned.clone().text());
  const staff = await apiAs(t, "executor.akmola-edu");
  const commented = await staff.post(`/api/v1/complaints/${id}/comments`, { text: "Құжаттарды тексеру" });
  assert.equal(commented.status, 201, await commented.clone().text());
});
after(() => t.close());

/** Runs `change` (raw SQL, as an intruder with database access would), then undoes it. */
async function tampered<T>(change: string, undo: string, check: () => Promise<T>): Promise<T> {
  await t.db.execute(sql.raw(change));
  try {
    return await check();
  } finally {
    await t.db.execute(sql.raw(undo));
  }
}

async function staffPage(lang = "en") {
  const registrar = new Client(t.app);
  await registrar.signIn("registrar.akmola-edu", "demo", lang);
  const res = await registrar.get(`/${lang}/staff/complaints/${id}`);
  assert.equal(res.status, 200);
  return res.text();
}

describe("the tamper-evident record", () => {
  it("verifies on a fresh world (demo data and a complaint taken through a few steps)", async () => {
    const all = await verifyAllChains(t.db);
    assert.equal(all.ok, true, all.ok ? "" : describeBreak(all.broken));
    assert.ok(all.chains >= 2 && all.links > 8, JSON.stringify(all));
    const one = await verifyComplaintChain(t.db, id);
    assert.equal(one.ok, true);
    // Its events and their audit rows are one chain: places 1..n, no gap, across both tables.
    const chain = complaintChain(id);
    const events = await t.db.select().from(complaintEvents).where(eq(complaintEvents.complaintId, id));
    const audits = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "complaint"), eq(auditEvents.entityId, id)));
    assert.ok(events.length >= 4, `events: ${events.map((e) => e.kind)}`);
    assert.equal(audits.length, events.length);
    const rows = [...events, ...audits];
    for (const r of rows) assert.equal(r.chain, chain);
    const places = rows.map((r) => Number(r.seq));
    assert.deepEqual(
      places.sort((a, b) => a - b),
      Array.from({ length: places.length }, (_, i) => i + 1),
    );
    assert.equal(one.links, places.length);
  });

  it("keeps a failed sign-in in the audit, the login masked, no password", async () => {
    const client = new Client(t.app);
    const wrong = await client.postJson("/api/v1/session", {
      login: "900101300126",
      password: "hunter2-secret",
    });
    assert.equal(wrong.status, 401);
    const unknown = await client.postJson("/api/v1/session", {
      login: "nobody.here",
      password: "hunter2-secret",
    });
    assert.equal(unknown.status, 401);
    const rows = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "session.failed"))
      .orderBy(asc(auditEvents.id));
    assert.equal(rows.length, 2);
    const [known, stranger] = rows;
    assert.equal(known!.entityType, "user");
    assert.equal((known!.data as { login: string }).login, "9001••••0126");
    assert.equal(stranger!.entityType, "login");
    assert.equal(stranger!.entityId, "no••••");
    for (const row of rows) {
      const text = JSON.stringify(row);
      assert.ok(!text.includes("900101300126"), "no raw IIN");
      assert.ok(!text.includes("hunter2"), "no password");
      assert.ok(!text.includes("nobody.here"), "no raw login");
      assert.equal(row.chain, GLOBAL_CHAIN);
      assert.match(row.hash ?? "", /^[0-9a-f]{64}$/);
    }
    assert.equal((await verifyAllChains(t.db)).ok, true);
  });

  it("appenders to one chain wait for each other: concurrent steps never fork it", async () => {
    const staff = await apiAs(t, "executor.akmola-edu");
    const client = new Client(t.app);
    const results = await Promise.all([
      ...Array.from({ length: 6 }, (_, i) =>
        Promise.resolve(staff.post(`/api/v1/complaints/${id}/comments`, { text: `Параллель ${i}` })).then(
          (r) => r.status,
        ),
      ),
      ...Array.from({ length: 4 }, () =>
        client
          .postJson("/api/v1/session", { login: "registrar.akmola-edu", password: "wrong" })
          .then((r) => r.status),
      ),
    ]);
    assert.deepEqual(results, [201, 201, 201, 201, 201, 201, 401, 401, 401, 401]);
    const all = await verifyAllChains(t.db);
    assert.equal(all.ok, true, all.ok ? "" : describeBreak(all.broken));
    const [head] = await t.db
      .select()
      .from(auditChainHeads)
      .where(eq(auditChainHeads.chain, complaintChain(id)));
    const count = async (table: typeof complaintEvents | typeof auditEvents) =>
      (
        await t.db
          .select({ n: sql<number>`count(*)`.mapWith(Number) })
          .from(table)
          .where(eq(table.chain, complaintChain(id)))
      )[0]!.n;
    const n = (await count(complaintEvents)) + (await count(auditEvents));
    assert.equal(Number(head!.seq), Number(n));
  });

  it("the staff history says the record verifies", async () => {
    const html = await staffPage("en");
    assert.match(html, /data-testid="chain" data-state="ok"/);
    assert.match(html, /The record verifies: its hash chain is intact \(\d+ entries\)/);
    assert.match(await staffPage("ru"), /Целостность журнала подтверждена/);
  });

  it("an event's data edited in SQL: verify fails naming that row, and the history page shows it", async () => {
    const [event] = await t.db
      .select()
      .from(complaintEvents)
      .where(and(eq(complaintEvents.complaintId, id), eq(complaintEvents.kind, "registered")));
    assert.ok(event);
    const original = JSON.stringify(event.data).replaceAll("'", "''");
    await tampered(
      `UPDATE complaint_events SET data = data || '{"number": "forged"}'::jsonb WHERE id = ${event.id}`,
      `UPDATE complaint_events SET data = '${original}'::jsonb WHERE id = ${event.id}`,
      async () => {
        const all = await verifyAllChains(t.db);
        assert.equal(all.ok, false);
        assert.deepEqual(!all.ok && all.broken, {
          table: "complaint_events",
          id: event.id,
          chain: complaintChain(id),
          seq: Number(event.seq),
          reason: "altered",
        });
        assert.equal(
          !all.ok && describeBreak(all.broken),
          `complaint_events row ${event.id} (chain ${complaintChain(id)}, link ${event.seq}): altered`,
        );
        const html = await staffPage("en");
        assert.match(html, /data-testid="chain" data-state="broken"/);
        assert.ok(
          html.includes(
            `The record fails verification at entry no. ${event.id} of the complaint log: its content was changed.`,
          ),
        );
        assert.match(html, /data-kind="registered" data-broken="true"/);
        assert.match(
          await staffPage("kk"),
          new RegExp(`шағым журналының № ${event.id} жазбасы — мазмұны өзгертілген`),
        );
      },
    );
    assert.equal((await verifyAllChains(t.db)).ok, true, "the original content verifies again");
  });

  it("an audit row edited in SQL (the global chain): verify names it", async () => {
    const [row] = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "session.failed"))
      .limit(1);
    await tampered(
      `UPDATE audit_events SET action = 'session.started' WHERE id = ${row!.id}`,
      `UPDATE audit_events SET action = 'session.failed' WHERE id = ${row!.id}`,
      async () => {
        const all = await verifyAllChains(t.db);
        assert.deepEqual(!all.ok && all.broken, {
          table: "audit_events",
          id: row!.id,
          chain: GLOBAL_CHAIN,
          seq: Number(row!.seq),
          reason: "altered",
        });
      },
    );
    // An audit row of the complaint: the complaint's chain names it.
    const [last] = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.chain, complaintChain(id)))
      .orderBy(sql`${auditEvents.seq} desc`)
      .limit(1);
    await tampered(
      `UPDATE audit_events SET request_id = 'forged' WHERE id = ${last!.id}`,
      `UPDATE audit_events SET request_id = ${last!.requestId === null ? "NULL" : `'${last!.requestId}'`} WHERE id = ${last!.id}`,
      async () => {
        const one = await verifyComplaintChain(t.db, id);
        assert.deepEqual(!one.ok && [one.broken.table, one.broken.id, one.broken.reason], [
          "audit_events",
          last!.id,
          "altered",
        ]);
      },
    );
    assert.equal((await verifyAllChains(t.db)).ok, true);
  });

  it("an older database (rows without chains, timestamps in microseconds) is chained once and verifies", async () => {
    await t.db.execute(
      sql`UPDATE complaint_events SET chain = NULL, seq = NULL, prev_hash = NULL, hash = NULL`,
    );
    await t.db.execute(
      sql`UPDATE audit_events SET chain = NULL, seq = NULL, prev_hash = NULL, hash = NULL, at = at + interval '123 microseconds'`,
    );
    await t.db.execute(sql`DELETE FROM audit_chain_heads`);
    const before = await verifyAllChains(t.db);
    assert.equal(!before.ok && before.broken.reason, "unchained");
    const chained = await chainUnchained(t.db);
    assert.ok(chained > 10, `chained ${chained}`);
    assert.equal(await chainUnchained(t.db), 0, "once only");
    const all = await verifyAllChains(t.db);
    assert.equal(all.ok, true, all.ok ? "" : describeBreak(all.broken));
    assert.equal((await verifyComplaintChain(t.db, id)).ok, true);
    // New links continue the backfilled chains.
    const staff = await apiAs(t, "executor.akmola-edu");
    assert.equal((await staff.post(`/api/v1/complaints/${id}/comments`, { text: "Кейін" })).status, 201);
    assert.equal((await verifyAllChains(t.db)).ok, true);
  });

  it("the last link deleted (the tail cut): the chain's head gives it away", async () => {
    const chain = complaintChain(id);
    const [last] = await t.db
      .select()
      .from(complaintEvents)
      .where(eq(complaintEvents.chain, chain))
      .orderBy(sql`${complaintEvents.seq} desc`)
      .limit(1);
    const [lastAudit] = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.chain, chain))
      .orderBy(sql`${auditEvents.seq} desc`)
      .limit(1);
    // recordEvent writes the event, then its audit row: the audit row is the chain's last link.
    assert.equal(Number(lastAudit!.seq), Number(last!.seq) + 1);
    await t.db.execute(sql.raw(`DELETE FROM audit_events WHERE id = ${lastAudit!.id}`));
    const all = await verifyAllChains(t.db);
    assert.deepEqual(!all.ok && all.broken, {
      table: "complaint_events",
      id: last!.id,
      chain,
      seq: Number(last!.seq),
      reason: "truncated",
    });
  });
});

describe("events written together (recordQuietEvents)", () => {
  it("appends 5 000 events in one call — more parameters than one statement takes — and they verify", async () => {
    const citizen = await apiAs(t, "900101300126");
    const filed = await citizen.post("/api/v1/complaints", validComplaint());
    const complaintId = ((await filed.json()) as { id: string }).id;
    const at = new Date("2026-11-20T05:00:00Z");
    await t.db.transaction((tx) =>
      recordQuietEvents(
        tx,
        Array.from({ length: 5_000 }, (_, i) => ({
          event: {
            complaintId,
            kind: "deadline_moved",
            mark: null,
            organizationId: "akmola-edu",
            actor: null,
            at,
            data: { from: "2026-11-30", to: "2026-12-01", reason: "calendar_changed", i },
          },
          lang: "kk" as const,
        })),
      ),
    );
    const report = await verifyComplaintChain(t.db, complaintId);
    assert.ok(report.ok, report.ok ? "" : describeBreak(report.broken));
    assert.equal(report.links, 2 + 10_000, "the filing's event and audit row, then 5 000 of each");
  });
});

describe("npm run audit:verify (the embedded database in DATA_DIR)", () => {
  const dir = mkdtempSync(join(tmpdir(), "shagym-audit-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const verify = () =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts"], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: "" },
      encoding: "utf8",
    });

  it("exits 0 with a one-line summary, then 1 naming the row edited in SQL", async () => {
    const config = loadConfig({ NODE_ENV: "test", DEMO_DATA: "1", LOG_LEVEL: "silent", DATA_DIR: dir });
    const booted = await boot(config, { log: pino({ level: "silent" }) });
    try {
      const failed = await booted.app.request("/api/v1/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ login: "900101300126", password: "wrong" }),
      });
      assert.equal(failed.status, 401);
    } finally {
      await booted.database.close();
    }
    const ok = verify();
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /^audit chains verified: 1 chains, 2 links, no break\n$/);

    const database = await openDatabase({ dataDir: dir });
    const [row] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "session.failed"));
    await database.db.execute(
      sql.raw(`UPDATE audit_events SET data = data || '{"address": "10.0.0.1"}' WHERE id = ${row!.id}`),
    );
    await database.close();
    const broken = verify();
    assert.equal(broken.status, 1);
    assert.equal(
      broken.stderr.trim(),
      `audit chain broken: audit_events row ${row!.id} (chain global, link ${row!.seq}): altered`,
    );
  });
});
