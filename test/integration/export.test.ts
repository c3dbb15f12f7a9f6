// npm run export -- --to postgres://…: an embedded installation moved to a fresh PostgreSQL
// database keeps every complaint, registration number, letter counter, deadline, sequence and
// attachment (by SHA-256), row by row; a non-empty target is refused; the app then runs on it.
// PostgreSQL only: run by npm run test:pg, which fails loudly without a server. The test creates
// its own uniquely named database (PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres)
// and drops it at the end.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import pino from "pino";
import { boot } from "../../src/boot.ts";
import { loadConfig } from "../../src/config/env.ts";
import { openDatabase } from "../../src/db/connection.ts";
import { createFileStore, FILES_DIR } from "../../src/db/file-store.ts";
import { attachmentOf } from "../../src/queries/attachment.ts";
import { apiAs, officeComplaint } from "../support/complaints.ts";
import { spawnScript } from "../support/process.ts";

const skip = process.env.TEST_DATABASE_URL
  ? false
  : "PostgreSQL only: run by npm run test:pg (TEST_DATABASE_URL)";
const adminUrl = process.env.PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `shagym_export_${process.pid}_${Date.now()}`;
const targetUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
})();
const dir = mkdtempSync(join(tmpdir(), "shagym-export-"));
const dataDir = join(dir, "data");
const now = new Date("2026-11-20T05:00:00Z");

/** The rows that must come across exactly, as text, keyed and ordered. */
const QUERIES: Record<string, string> = {
  complaints:
    "SELECT id, status, holder_id, channel, current_number, next_due::text, received_at::text, created_at::text, updated_at::text, escalated_from FROM complaints ORDER BY id",
  registrations:
    "SELECT id, complaint_id, organization_id, year, seq, number, registered_on::text, registered_at::text, answer_by::text, check_code FROM registrations ORDER BY id",
  registration_counters: "SELECT organization_id, year, last FROM registration_counters ORDER BY 1, 2",
  letter_counters: "SELECT organization_id, year, last FROM letter_counters ORDER BY 1, 2",
  deadlines: "SELECT to_jsonb(d)::text AS row FROM deadlines d ORDER BY id",
  events: "SELECT id::text, complaint_id, kind, at::text FROM complaint_events ORDER BY id",
  outbox: "SELECT id::text, status, next_attempt_at::text, created_at::text FROM outbox ORDER BY id",
  calendar_revision: "SELECT id, revision::text FROM calendar_revision",
  attachments:
    "SELECT id, complaint_id, sha256, size, filename, created_at::text FROM attachments ORDER BY id",
};

/** SQL text on a database's own client (PGlite or a node-postgres pool). */
const raw = (db: unknown) => (text: string) =>
  (db as { $client: { query(text: string): Promise<{ rows: unknown[] }> } }).$client.query(text);

async function rowsOf(query: (text: string) => Promise<{ rows: unknown[] }>) {
  const out: Record<string, unknown[]> = {};
  for (const [key, text] of Object.entries(QUERIES)) out[key] = (await query(text)).rows;
  return out;
}

describe("npm run export -- --to postgres://… (PostgreSQL only)", { skip }, () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  before(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  });
  after(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  });

  it("moves every complaint, number, counter, clock, sequence and file; refuses a non-empty target; the app runs on it", async () => {
    // An embedded installation with filings, attachments, registrations and a decision letter.
    const config = loadConfig({ NODE_ENV: "test", DEMO_DATA: "1", LOG_LEVEL: "silent", DATA_DIR: dataDir });
    const booted = await boot(config, { log: pino({ level: "silent" }), now: () => now });
    const ids: string[] = [];
    try {
      const registrar = await apiAs(booted as never, "registrar.akmola-edu");
      for (let n = 1; n <= 3; n++) {
        const bytes = new TextEncoder().encode(`%PDF-1.4\n% scan ${n} ${"y".repeat(n * 777)}\n%%EOF\n`);
        const upload = await registrar.upload(`scan-${n}.pdf`, bytes);
        assert.equal(upload.status, 201, await upload.clone().text());
        const { id: attachmentId } = (await upload.json()) as { id: string };
        const filed = await registrar.post(
          "/api/v1/office/complaints",
          officeComplaint({ attachmentIds: [attachmentId] }),
        );
        assert.equal(filed.status, 201, await filed.clone().text());
        ids.push(((await filed.json()) as { id: string }).id);
      }
      // A decision letter (its number comes from letter_counters): forwarded to the reviewing body, decided there.
      const head = await apiAs(booted as never, "head.akmola-edu");
      const forwarded = await head.post(`/api/v1/complaints/${ids[0]}/forward`, {
        explanation: "Кезек тәртібі сақталды",
        note: "Ілеспе хат",
      });
      assert.equal(forwarded.status, 200, await forwarded.clone().text());
      const akimatRegistrar = await apiAs(booted as never, "registrar.akmola-akimat");
      const registered = await akimatRegistrar.post(`/api/v1/complaints/${ids[0]}/register`, {});
      assert.equal(registered.status, 200, await registered.clone().text());
      const akimatHead = await apiAs(booted as never, "head.akmola-akimat");
      const decided = await akimatHead.post(`/api/v1/complaints/${ids[0]}/decision`, {
        outcome: "not_satisfied",
        text: "Мерзім бұзылмаған.",
      });
      assert.equal(decided.status, 200, await decided.clone().text());
    } finally {
      await booted.database.close();
    }

    const env = { DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "silent" };
    const run = spawnScript("scripts/export.ts", env, ["--to", targetUrl]);
    assert.equal(await run.exited, 0, run.output());
    assert.match(run.output(), /verified/);

    // Row by row, the same on both sides (timestamps rendered in one zone).
    const source = await openDatabase({ dataDir });
    const target = new pg.Client({ connectionString: targetUrl });
    await target.connect();
    try {
      await source.exec("SET TimeZone = 'UTC'");
      await target.query("SET TimeZone = 'UTC'");
      const sourceQuery = raw(source.db);
      const expected = await rowsOf(sourceQuery);
      const actual = await rowsOf((text) => target.query(text));
      assert.ok(ids.every((id) => expected.complaints!.some((c) => (c as { id: string }).id === id)));
      assert.ok(
        (expected.letter_counters as { last: number }[]).some((c) => c.last > 0),
        "a letter was numbered",
      );
      assert.ok((expected.registrations?.length ?? 0) >= 4);
      for (const key of Object.keys(QUERIES)) assert.deepEqual(actual[key], expected[key], key);

      // Files: the source's store, the target's rows, the same SHA-256 as recorded.
      const store = createFileStore(join(dataDir, "db", FILES_DIR));
      const files = (await sourceQuery("SELECT id, sha256 FROM attachments ORDER BY id")).rows as {
        id: string;
        sha256: string;
      }[];
      assert.ok(files.length >= 3);
      const copied = new Map(
        (await target.query<{ id: string; content: Buffer }>("SELECT id, content FROM attachments")).rows.map(
          (r) => [r.id, createHash("sha256").update(r.content).digest("hex")],
        ),
      );
      for (const f of files) {
        assert.equal(
          createHash("sha256")
            .update(await store.get(f.sha256))
            .digest("hex"),
          f.sha256,
        );
        assert.equal(copied.get(f.id), f.sha256, `attachment ${f.id}`);
      }

      // Sequences continue where the source stopped.
      const sequence = "SELECT last_value::text, is_called FROM complaint_events_id_seq";
      assert.deepEqual((await target.query(sequence)).rows, (await sourceQuery(sequence)).rows);
    } finally {
      await target.end();
      await source.close();
    }

    // A second export into the now non-empty target is refused, and changes nothing.
    const again = spawnScript("scripts/export.ts", env, ["--to", targetUrl]);
    assert.equal(await again.exited, 1);
    assert.match(again.output(), /export failed: the target database is not empty/);

    // The app runs on the target: the next registration number follows the last one exported.
    const onPg = await boot(loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATABASE_URL: targetUrl }), {
      log: pino({ level: "silent" }),
      now: () => now,
    });
    try {
      const counter = await raw(onPg.database.db)(
        "SELECT last FROM registration_counters WHERE organization_id = 'akmola-edu' AND year = 2026",
      );
      const last = (counter as unknown as { rows: { last: number }[] }).rows[0]!.last;
      const registrar = await apiAs(onPg as never, "registrar.akmola-edu");
      const filed = await registrar.post("/api/v1/office/complaints", officeComplaint());
      assert.equal(filed.status, 201, await filed.clone().text());
      const { id } = (await filed.json()) as { id: string };
      const seq = (await raw(onPg.database.db)(
        `SELECT seq FROM registrations WHERE complaint_id = '${id}'`,
      )) as unknown as {
        rows: { seq: number }[];
      };
      assert.equal(seq.rows[0]?.seq, last + 1);
      const view = await registrar.get(`/api/v1/complaints/${ids[1]}`);
      assert.equal(view.status, 200, "an exported complaint opens on PostgreSQL");
      const attachment = ((await view.json()) as { attachments: { id: string }[] }).attachments[0]!;
      // Read as the PostgreSQL setup reads it: from the row, with no file store.
      const download = await attachmentOf(onPg.database.db, ids[1]!, attachment.id, null);
      assert.equal(createHash("sha256").update(download!.content).digest("hex"), download!.sha256);
    } finally {
      await onPg.database.close();
    }
  });
});
