import { createHash } from "node:crypto";
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { createServer, request } from "node:http";
import { dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { EXTENSIONS } from "./cluster-image.ts";
import { lockDataDir, lockHolder } from "./connection.ts";
import { FILES_DIR } from "./file-store.ts";

export type BackupResult = { file: string; bytes: number; sha256: string; online?: boolean };

const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

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
 * gzipped tar; the attachment file store lives inside it, so it is in it too), taken offline: it
 * takes the DATA_DIR lock, so it refuses while the app runs (`backup` asks the app instead).
 */
export async function backupEmbedded(dataDir: string, file: string): Promise<BackupResult> {
  const path = join(dataDir, "db");
  if (!existsSync(path)) throw new Error(`there is no embedded database in ${dataDir}`);
  const release = lockDataDir(dataDir);
  try {
    const client = new PGlite(path, { extensions: EXTENSIONS });
    try {
      await client.waitReady;
      await client.exec("CHECKPOINT");
      const bytes = new Uint8Array(await (await client.dumpDataDir("gzip")).arrayBuffer());
      writeDurably(file, bytes);
      return { file, bytes: bytes.byteLength, sha256: sha256Of(bytes) };
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
    const client = new PGlite({ dataDir: staging, loadDataDir: new Blob([bytes]), extensions: EXTENSIONS });
    let stored: string[];
    try {
      await client.waitReady;
      await client.query("select count(*) from schema_migrations");
      stored = (
        await client.query<{ sha256: string }>(
          "SELECT DISTINCT sha256 FROM attachments WHERE content IS NULL ORDER BY sha256",
        )
      ).rows.map((r) => r.sha256);
    } catch (error) {
      await client.close().catch(() => {});
      rmSync(staging, { recursive: true, force: true });
      throw new Error(`${file} is not a Shagym backup that opens: ${(error as Error).message}`);
    }
    await client.close();
    try {
      checkFileStore(join(staging, FILES_DIR), stored);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw new Error(`${file} is incomplete: ${(error as Error).message}`);
    }
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

/**
 * Every file a row names is in the store with the right SHA-256; files half written when an
 * online backup was taken (`*.partial-*`, never named by a row) are removed.
 */
function checkFileStore(root: string, stored: string[]) {
  if (existsSync(root)) {
    for (const dir of readdirSync(root)) {
      for (const name of readdirSync(join(root, dir))) {
        if (name.includes(".partial-")) rmSync(join(root, dir, name), { force: true });
      }
    }
  }
  for (const sha256 of stored) {
    const path = join(root, sha256.slice(0, 2), sha256);
    if (!existsSync(path)) throw new Error(`attachment file ${sha256} is missing`);
    if (sha256Of(readFileSync(path)) !== sha256) throw new Error(`attachment file ${sha256} is damaged`);
  }
}

/**
 * The running app's backup channel: an HTTP server on a Unix socket in `DATA_DIR/run/`, a
 * folder only the app's user may enter (0700; checked at start). Whoever can open the socket
 * can already read DATA_DIR, so the file system is the authentication: no port, no token.
 */
export const BACKUP_SOCKET = join("run", "backup.sock");

export type BackupChannel = { path: string | null; close(): Promise<void> };

type ChannelLog = {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
};

/** Serves `POST /backup` (the snapshot's bytes, `X-Content-SHA256`) on DATA_DIR's backup socket. */
export async function serveBackups(
  dataDir: string,
  snapshot: () => Promise<Uint8Array>,
  log: ChannelLog,
): Promise<BackupChannel> {
  const dir = resolve(dataDir, "run");
  const path = resolve(dataDir, BACKUP_SOCKET);
  // Linux limits a socket path to 107 bytes.
  if (Buffer.byteLength(path) > 100) {
    log.warn({ path }, "online backup is off: the socket path is too long (use a shorter DATA_DIR)");
    return { path: null, close: async () => {} };
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const uid = process.getuid?.();
  if (uid !== undefined && statSync(dir).uid !== uid) {
    throw new Error(`${dir} belongs to another user; the backup socket would not be private`);
  }
  // We hold the DATA_DIR lock: a socket left here is from a process that has ended.
  rmSync(path, { force: true });
  let busy = false;
  const server = createServer((req, res) => {
    if (req.method !== "POST" || req.url !== "/backup") {
      res.writeHead(404, { "content-type": "text/plain" }).end("only POST /backup\n");
      return;
    }
    if (busy) {
      res.writeHead(409, { "content-type": "text/plain" }).end("a backup is already being taken\n");
      return;
    }
    busy = true;
    // Free again when the answer is sent or the client goes away, whichever comes first.
    res.on("close", () => {
      busy = false;
    });
    const started = Date.now();
    snapshot().then(
      (bytes) => {
        const sha256 = sha256Of(bytes);
        log.info({ bytes: bytes.byteLength, sha256, ms: Date.now() - started }, "online backup taken");
        res.writeHead(200, {
          "content-type": "application/gzip",
          "content-length": bytes.byteLength,
          "x-content-sha256": sha256,
        });
        res.end(bytes);
      },
      (error: Error) => {
        log.error({ reason: error.message }, "online backup failed");
        res.writeHead(500, { "content-type": "text/plain" }).end(`${error.message}\n`);
      },
    );
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(path, () => {
      server.off("error", fail);
      ok();
    });
  });
  return {
    path,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/** Asks the app that holds DATA_DIR for a snapshot over its backup socket and writes it to `file`. */
export async function backupFromRunningApp(
  dataDir: string,
  file: string,
  pid: number,
): Promise<BackupResult> {
  const socketPath = resolve(dataDir, BACKUP_SOCKET);
  const { status, body, sha256 } = await new Promise<{ status: number; body: Buffer; sha256: string }>(
    (ok, fail) => {
      const req = request({ socketPath, method: "POST", path: "/backup" }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", fail);
        res.on("end", () =>
          ok({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks),
            sha256: String(res.headers["x-content-sha256"] ?? ""),
          }),
        );
      });
      req.on("error", (error: NodeJS.ErrnoException) =>
        fail(
          new Error(
            error.code === "ENOENT" || error.code === "ECONNREFUSED"
              ? `the app (process ${pid}) holds ${dataDir} but does not answer on ${socketPath}; stop it and back up offline`
              : `cannot reach the app (process ${pid}) on ${socketPath}: ${error.message}`,
          ),
        ),
      );
      req.end();
    },
  );
  if (status !== 200)
    throw new Error(`the app (process ${pid}) answered ${status}: ${body.toString().trim()}`);
  const bytes = new Uint8Array(body);
  if (sha256Of(bytes) !== sha256) throw new Error("the snapshot arrived damaged (SHA-256 differs)");
  writeDurably(file, bytes);
  return { file, bytes: bytes.byteLength, sha256, online: true };
}

/**
 * `npm run backup`: while the app runs (a live process holds DATA_DIR's lock) the app takes the
 * snapshot and sends it over its backup socket; otherwise the database is opened here, offline.
 */
export async function backup(dataDir: string, file: string): Promise<BackupResult> {
  const holder = lockHolder(dataDir);
  if (holder) return backupFromRunningApp(dataDir, file, holder.pid);
  return { ...(await backupEmbedded(dataDir, file)), online: false };
}
