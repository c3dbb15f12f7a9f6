// npm run backup / restore for the embedded database: a round trip keeps every complaint, its
// number and clocks, and every attachment byte for byte (SHA-256). Runs on PGlite in every suite
// (the PostgreSQL suite too: it needs no server).
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
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

const dir = mkdtempSync(join(tmpdir(), "shagym-backup-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Everything that must survive: complaints with numbers and clocks, attachments by SHA-256. */
async function snapshot(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    const rows = async <T>(text: string) =>
      ((await database.db.execute(sql.raw(text))) as unknown as { rows: T[] }).rows;
    const complaints = await rows(
      "SELECT c.id, c.status, c.current_number, c.next_due::text, (SELECT string_agg(d.kind || ' ' || d.due::text, ',' ORDER BY d.kind) FROM deadlines d WHERE d.complaint_id = c.id) AS clocks FROM complaints c ORDER BY c.id",
    );
    const files = await rows<{ id: string; sha256: string; content: Uint8Array | null }>(
      "SELECT id, sha256, content FROM attachments ORDER BY id",
    );
    // The embedded database keeps the bytes in its file store (inside DATA_DIR/db).
    const store = createFileStore(join(dataDir, "db", FILES_DIR));
    const bytes = async (f: (typeof files)[number]) => f.content ?? (await store.get(f.sha256));
    return {
      complaints,
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
