// npm run backup / restore for the embedded database: a round trip keeps every complaint, its
// number and clocks, and every attachment byte for byte (SHA-256), offline and from a running app
// process (online, over its backup socket). Runs on PGlite in every suite (the PostgreSQL suite
// too: it needs no server).
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import pino from "pino";
import { boot } from "../../src/boot.ts";
import { loadConfig } from "../../src/config/env.ts";
import { backupEmbedded, restoreEmbedded } from "../../src/db/backup.ts";
import { openDatabase } from "../../src/db/connection.ts";
import { createFileStore, FILES_DIR } from "../../src/db/file-store.ts";
import { apiAs, officeComplaint, tinyPdf } from "../support/complaints.ts";
import { bearerToken, spawnScript } from "../support/process.ts";

const dir = mkdtempSync(join(tmpdir(), "shagym-backup-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Everything that must survive: complaints with numbers and clocks, attachments by SHA-256. */
async function snapshot(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    const rows = async <T>(text: string) =>
      ((await database.db.execute(sql.raw(text))) as unknown as { rows: T[] }).rows;
    const complaints = await rows(
      "SELECT c.id, c.status, c.current_number, c.next_due::text, c.received_at::text, (SELECT string_agg(d.kind || ' ' || d.due::text, ',' ORDER BY d.kind) FROM deadlines d WHERE d.complaint_id = c.id) AS clocks FROM complaints c ORDER BY c.id",
    );
    const counters = await rows(
      "SELECT 'registration' AS kind, organization_id, year, last FROM registration_counters UNION ALL SELECT 'letter', organization_id, year, last FROM letter_counters ORDER BY 1, 2, 3",
    );
    const files = await rows<{ id: string; sha256: string; content: Uint8Array | null }>(
      "SELECT id, sha256, content FROM attachments ORDER BY id",
    );
    // The embedded database keeps the bytes in its file store (inside DATA_DIR/db).
    const store = createFileStore(join(dataDir, "db", FILES_DIR));
    const bytes = async (f: (typeof files)[number]) => f.content ?? (await store.get(f.sha256));
    const registrations = await rows(
      "SELECT complaint_id, organization_id, year, seq, number, registered_at::text FROM registrations ORDER BY number",
    );
    return {
      complaints,
      counters,
      registrations,
      files: await Promise.all(
        files.map(async (f) => ({
          id: f.id,
          sha256: f.sha256,
          inRow: f.content !== null,
          actual: createHash("sha256")
            .update(await bytes(f))
            .digest("hex"),
        })),
      ),
    };
  } finally {
    await database.close();
  }
}

describe("backup and restore of the embedded database", () => {
  it("round trip: every complaint, number, clock and file (by SHA-256) comes back", async () => {
    const source = join(dir, "source");
    const config = loadConfig({ NODE_ENV: "test", DEMO_DATA: "1", LOG_LEVEL: "silent", DATA_DIR: source });
    const booted = await boot(config, {
      log: pino({ level: "silent" }),
      now: () => new Date("2026-11-20T05:00:00Z"),
    });
    try {
      const registrar = await apiAs(booted as never, "registrar.akmola-edu");
      const upload = await registrar.upload("scan.pdf", tinyPdf());
      const { id: attachmentId } = (await upload.json()) as { id: string };
      const filed = await registrar.post(
        "/api/v1/office/complaints",
        officeComplaint({ attachmentIds: [attachmentId] }),
      );
      assert.equal(filed.status, 201, await filed.clone().text());
    } finally {
      await booted.database.close();
    }
    const before = await snapshot(source);
    assert.ok(before.complaints.length > 0 && before.files.length > 0);
    assert.ok(before.complaints.some((c) => (c as { current_number: string | null }).current_number));

    const file = join(dir, "shagym.backup.tar.gz");
    const written = await backupEmbedded(source, file);
    assert.match(written.sha256, /^[0-9a-f]{64}$/);

    // Into an empty directory (a move to another machine) …
    const moved = join(dir, "moved");
    assert.equal((await restoreEmbedded(file, moved)).previous, null);
    assert.deepEqual(await snapshot(moved), before);
    // … and over an existing database, which is kept aside.
    const { previous } = await restoreEmbedded(file, source);
    assert.ok(previous && existsSync(previous));
    assert.deepEqual(await snapshot(source), before);
    for (const f of before.files) {
      assert.equal(f.actual, f.sha256);
      assert.equal(f.inRow, false, "the bytes are in the file store, and the backup carries them");
    }
  });

  it("refuses while the app holds DATA_DIR, and refuses a file that is not a backup", async () => {
    // The running app's lock, as another live process leaves it.
    const source = join(dir, "source");
    const app = spawn("sleep", ["30"], { stdio: "ignore" });
    await new Promise((resolve) => app.once("spawn", resolve));
    try {
      writeFileSync(join(source, "shagym.lock"), String(app.pid));
      await assert.rejects(backupEmbedded(source, join(dir, "x.tar.gz")), /in use by process/);
      // `npm run backup` asks the holder; a holder without a backup socket gets a clear refusal.
      const asked = spawnSync(
        process.execPath,
        ["--import", "tsx", "scripts/backup.ts", join(dir, "x.tar.gz")],
        { env: { ...process.env, DATA_DIR: source, DATABASE_URL: "" }, encoding: "utf8" },
      );
      assert.equal(asked.status, 1);
      assert.match(
        asked.stderr,
        /backup failed: the app \(process \d+\) holds .* does not answer .*back up offline/,
      );
      // The move to PostgreSQL is offline only: it refuses before touching the target.
      const exported = spawnSync(
        process.execPath,
        ["--import", "tsx", "scripts/export.ts", "--to", "postgres://nobody@127.0.0.1:1/none"],
        { env: { ...process.env, DATA_DIR: source, DATABASE_URL: "" }, encoding: "utf8" },
      );
      assert.equal(exported.status, 1);
      assert.match(exported.stderr, /export failed: the app \(process \d+\) is running .*offline only/);
      assert.equal(existsSync(join(dir, "x.tar.gz")), false);
    } finally {
      app.kill("SIGKILL");
      rmSync(join(source, "shagym.lock"), { force: true });
    }
    const cli = spawnSync(process.execPath, ["--import", "tsx", "scripts/restore.ts", "package.json"], {
      env: { ...process.env, DATA_DIR: join(dir, "garbage"), DATABASE_URL: "" },
      encoding: "utf8",
    });
    assert.equal(cli.status, 1);
    assert.match(cli.stderr, /restore failed: .*not a Shagym backup/);
    assert.deepEqual(
      readdirSync(join(dir, "garbage")).filter((f) => f.startsWith("db")),
      [],
      "nothing is left behind",
    );
  });
});

describe("online backup: npm run backup while the app runs", () => {
  it("the running app takes the snapshot under filings; restored into a new DATA_DIR it keeps every complaint, file, number and clock", async () => {
    const live = join(dir, "live");
    const port = 20_000 + (process.pid % 10_000);
    const base = `http://127.0.0.1:${port}`;
    const env = { DATA_DIR: live, DATABASE_URL: "", LOG_LEVEL: "info", IN_APP_JOBS: "0" };
    const server = spawnScript("src/main.ts", { ...env, PORT: String(port), HOST: "127.0.0.1" });
    try {
      const until = Date.now() + 90_000;
      for (;;) {
        if (server.child.exitCode !== null) throw new Error(`the server exited: ${server.output()}`);
        if (Date.now() > until) throw new Error("the server did not start");
        const ok = await fetch(`${base}/api/v1/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      // The socket is private: its folder is open to the app's user only.
      assert.equal(statSync(join(live, "run")).mode & 0o777, 0o700);
      const token = await bearerToken(base, "registrar.akmola-edu");
      const auth = { authorization: `Bearer ${token}` };
      let n = 0;
      const file = async () => {
        n += 1;
        const form = new FormData();
        const bytes = new TextEncoder().encode(`%PDF-1.4\n% scan ${n} ${"x".repeat(n * 1000)}\n%%EOF\n`);
        form.set("file", new File([bytes], `scan-${n}.pdf`, { type: "application/pdf" }));
        const upload = await fetch(`${base}/api/v1/attachments`, {
          method: "POST",
          headers: auth,
          body: form,
        });
        assert.equal(upload.status, 201, await upload.clone().text());
        const { id } = (await upload.json()) as { id: string };
        const res = await fetch(`${base}/api/v1/office/complaints`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: JSON.stringify(officeComplaint({ attachmentIds: [id] })),
        });
        assert.equal(res.status, 201, await res.clone().text());
        return ((await res.json()) as { id: string }).id;
      };
      const before = [await file(), await file(), await file()];

      // Filings keep coming while the backup is taken.
      const backupFile = join(dir, "live.backup.tar.gz");
      const during = Promise.all([file(), file(), file()]);
      const cli = spawnScript("scripts/backup.ts", { ...env, LOG_LEVEL: "silent" }, [backupFile]);
      const [code, filedDuring] = await Promise.all([cli.exited, during]);
      assert.equal(code, 0, cli.output());
      assert.match(cli.output(), /backup written: .* taken by the running app/);
      assert.match(server.output(), /online backup taken/);

      server.child.kill("SIGTERM");
      assert.equal(await server.exited, 0, server.output());

      const moved = join(dir, "live-moved");
      const restore = spawnScript("scripts/restore.ts", { ...env, DATA_DIR: moved, LOG_LEVEL: "silent" }, [
        backupFile,
      ]);
      assert.equal(await restore.exited, 0, restore.output());

      const source = await snapshot(live);
      const restored = await snapshot(moved);
      const ids = restored.complaints.map((c) => (c as { id: string }).id);
      for (const id of before)
        assert.ok(ids.includes(id), "every complaint filed before the backup is in it");
      // Filings during the backup are in it whole or not at all; every row is as in the source.
      const sourceById = new Map(source.complaints.map((c) => [(c as { id: string }).id, c]));
      for (const c of restored.complaints) assert.deepEqual(c, sourceById.get((c as { id: string }).id));
      assert.ok(restored.complaints.length <= source.complaints.length);
      assert.ok(filedDuring.every((id) => sourceById.has(id)));
      for (const f of restored.files) {
        assert.equal(f.actual, f.sha256, "every attachment comes back byte for byte");
        assert.ok(source.files.some((s) => s.id === f.id && s.sha256 === f.sha256));
      }
      assert.ok(restored.files.length >= before.length);
      // A transaction-consistent copy: each registration counter is exactly its last number given.
      type Registration = { complaint_id: string; organization_id: string; year: number; seq: number };
      const registrations = restored.registrations as Registration[];
      for (const c of restored.counters as {
        kind: string;
        organization_id: string;
        year: number;
        last: number;
      }[]) {
        if (c.kind !== "registration") continue;
        const seqs = registrations.filter(
          (r) => r.organization_id === c.organization_id && r.year === c.year,
        );
        assert.equal(c.last, Math.max(0, ...seqs.map((r) => r.seq)), `${c.organization_id} ${c.year}`);
      }
      const sourceRegistrations = new Map(
        (source.registrations as Registration[]).map((r) => [`${r.organization_id} ${r.year} ${r.seq}`, r]),
      );
      for (const r of registrations)
        assert.deepEqual(r, sourceRegistrations.get(`${r.organization_id} ${r.year} ${r.seq}`));
      const numbers = restored.complaints
        .map((c) => (c as { current_number: string | null }).current_number)
        .filter(Boolean);
      assert.ok(numbers.length >= before.length, "registration numbers are kept");
      assert.deepEqual(restored, await snapshot(moved), "the restored database opens again the same");
    } finally {
      if (server.child.exitCode === null) server.child.kill("SIGKILL");
    }
  });
});
