import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDir } from "./connection.ts";

export type BackupResult = { file: string; bytes: number; sha256: string };

/** Writes `bytes` to `file` through a temporary file, flushed to disk before it takes the name. */
function writeDurably(file: string, bytes: Uint8Array) {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  const temporary = `${file}.partial-${process.pid}`;
  const fd = openSync(temporary, "w");
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/**
 * A consistent copy of the embedded database in DATA_DIR (its PostgreSQL data directory as a
 * gzipped tar; attachments are stored in the database, so they are in it too). It takes the
 * DATA_DIR lock, so it refuses while the app runs: stop the app (SIGTERM), back up, start it.
 */
export async function backupEmbedded(dataDir: string, file: string): Promise<BackupResult> {
  const path = join(dataDir, "db");
  if (!existsSync(path)) throw new Error(`there is no embedded database in ${dataDir}`);
  const release = lockDataDir(dataDir);
  try {
    const client = new PGlite(path);
    try {
      await client.waitReady;
      await client.exec("CHECKPOINT");
      const bytes = new Uint8Array(await (await client.dumpDataDir("gzip")).arrayBuffer());
      writeDurably(file, bytes);
      return { file, bytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") };
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/**
 * Replaces the embedded database in DATA_DIR by the one in `file` (from `backupEmbedded`). The
 * backup is unpacked and opened beside the current database first; only when it opens does it
 * take its place, and the previous database is kept as `db.before-restore-<time>`.
 */
export async function restoreEmbedded(file: string, dataDir: string): Promise<{ previous: string | null }> {
  const bytes = readFileSync(file);
  mkdirSync(dataDir, { recursive: true });
  const release = lockDataDir(dataDir);
  try {
    const staging = join(dataDir, `db.restoring-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    const client = new PGlite({ dataDir: staging, loadDataDir: new Blob([bytes]) });
    try {
      await client.waitReady;
      await client.query("select count(*) from schema_migrations");
    } catch (error) {
      await client.close().catch(() => {});
      rmSync(staging, { recursive: true, force: true });
      throw new Error(`${file} is not a Shagym backup that opens: ${(error as Error).message}`);
    }
    await client.close();
    const target = join(dataDir, "db");
    let previous: string | null = null;
    if (existsSync(target)) {
      previous = join(dataDir, `db.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`);
      renameSync(target, previous);
    }
    renameSync(staging, target);
    return { previous };
  } finally {
    release();
  }
}
