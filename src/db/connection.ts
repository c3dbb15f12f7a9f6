import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import {
  type Availability,
  type AvailabilityLog,
  alwaysAvailable,
  DatabaseUnavailable,
  describeFailure,
  isConnectionFailure,
  probedAvailability,
} from "./availability.ts";
import { EXTENSIONS, freshCluster } from "./cluster-image.ts";
import * as schema from "./schema.ts";

const gzipAsync = promisify(gzip);

type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: operations accept both. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  /** Runs SQL text with no parameters on one connection, rolling back an open transaction on error. */
  exec(sql: string): Promise<void>;
  /** Whether the database answers (a server can go away; the embedded one cannot). */
  availability: Availability;
  /**
   * The embedded database only: a consistent copy of its data directory (gzipped tar, the file
   * store inside it included), taken at a quiet point: after a checkpoint, while no statement or
   * transaction runs (PGlite's transaction mutex is held for the dump).
   */
  snapshot?: () => Promise<Uint8Array>;
  close(): Promise<void>;
};

export type ServerOptions = {
  url: string;
  searchPath?: string;
  max?: number;
  /** A new connection that takes longer counts as a failure (default 5 s). */
  connectTimeoutMs?: number;
  /** The server's `statement_timeout`; the client stops waiting 1 s later (default 30 s). */
  statementTimeoutMs?: number;
  /** How long the availability probe waits for `select 1` (default 2 s). */
  probeTimeoutMs?: number;
  log?: AvailabilityLog;
};

/** `image`: start the in-memory database from this data directory (an uncompressed tar). */
export type DatabaseOptions = ServerOptions | { dataDir: string } | { memory: true; image?: Blob };

type ConnectCallback = (err: Error | undefined, client?: pg.PoolClient, done?: () => void) => void;

/**
 * A pool that survives the server going away: idle and checked-out clients that lose their
 * connection are dropped with a warning instead of crashing the process (`error` events), every
 * connection has connect and statement timeouts, a failed connection starts the availability
 * probe, and while the database is away a checkout fails at once with `DatabaseUnavailable`.
 */
function resilientPool(options: ServerOptions): { pool: pg.Pool; availability: Availability } {
  const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
  const statementTimeoutMs = options.statementTimeoutMs ?? 30_000;
  const probeTimeoutMs = options.probeTimeoutMs ?? 2_000;
  const settings = [
    `-c statement_timeout=${statementTimeoutMs}`,
    ...(options.searchPath ? [`-c search_path=${options.searchPath}`] : []),
  ].join(" ");
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    connectionTimeoutMillis: connectTimeoutMs,
    query_timeout: statementTimeoutMs + 1_000,
    options: settings,
  });
  const availability = probedAvailability(async () => {
    const client = new pg.Client({
      connectionString: options.url,
      connectionTimeoutMillis: probeTimeoutMs,
      query_timeout: probeTimeoutMs,
      options: settings,
    });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("select 1");
    } finally {
      void client.end().catch(() => {});
    }
  }, options.log);
  const lost = (err: Error) => {
    options.log?.warn({ reason: describeFailure(err) }, "database connection lost");
    availability.report(err);
  };
  pool.on("error", lost);
  // A checked-out client has no pool listener: without this its lost connection ends the process.
  pool.on("connect", (client) => client.on("error", lost));
  const connect = pool.connect.bind(pool) as (cb?: ConnectCallback) => Promise<pg.PoolClient> | undefined;
  // `pool.query` checks out through `this.connect(callback)`, so this guards both paths.
  (pool as unknown as { connect: typeof connect }).connect = (cb) => {
    if (availability.down) {
      const error = new DatabaseUnavailable();
      if (!cb) return Promise.reject(error);
      process.nextTick(cb, error);
      return undefined;
    }
    if (cb) {
      return connect((err, client, done) => {
        if (err) availability.report(err);
        cb(err, client, done);
      });
    }
    return connect()!.then(
      (client) => guardClient(client, availability),
      (err: unknown) => {
        availability.report(err);
        throw err;
      },
    );
  };
  return { pool, availability };
}

const guarded = new WeakSet<pg.PoolClient>();

/**
 * A checked-out client whose connection fails goes back to the pool at once, with the error (so
 * the pool discards it): Drizzle does not release a client whose `begin` failed, and a pool of
 * leaked clients would never recover. A second release is ignored.
 */
function guardClient(client: pg.PoolClient, availability: Availability): pg.PoolClient {
  const release = client.release.bind(client);
  let released = false;
  client.release = (err?: Error | boolean) => {
    if (released) return;
    released = true;
    release(err);
  };
  if (!guarded.has(client)) {
    guarded.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: typeof query }).query = (...args) => {
      const result = query(...args);
      if (!(result instanceof Promise)) return result;
      return result.catch((err: unknown) => {
        if (isConnectionFailure(err)) {
          availability.report(err);
          client.release(err as Error);
        }
        throw err;
      });
    };
  }
  return client;
}

/** Opens PostgreSQL (a server when `url` is given) or the embedded PGlite. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ("url" in options) {
    const { pool, availability } = resilientPool(options);
    try {
      await pool.query("select 1");
    } catch (error) {
      availability.close();
      await pool.end().catch(() => {});
      throw error;
    }
    return {
      db: drizzleNodePg(pool, { schema }) as unknown as Db,
      kind: "postgres",
      availability,
      exec: async (sql) => {
        const client = await pool.connect();
        try {
          await client.query(sql);
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      },
      close: async () => {
        availability.close();
        await pool.end();
      },
    };
  }
  let release = () => {};
  let client: PGlite;
  if ("dataDir" in options) {
    mkdirSync(options.dataDir, { recursive: true });
    release = lockDataDir(options.dataDir);
    client = new PGlite(join(options.dataDir, "db"), { extensions: EXTENSIONS });
  } else if (options.image) {
    client = new PGlite({ loadDataDir: options.image, extensions: EXTENSIONS });
  } else {
    client = await freshCluster();
  }
  await client.waitReady;
  const embedded = client;
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: "pglite",
    availability: alwaysAvailable,
    snapshot: async () => {
      await embedded.exec("CHECKPOINT");
      // Every query and transaction of PGlite runs under this mutex: holding it, nothing is half done.
      // The tar is built on the main thread (requests wait meanwhile); it is compressed after, on
      // libuv's thread pool, so the pause is the copy only.
      const dump = await embedded._runExclusiveTransaction(() => embedded.dumpDataDir("none"));
      return new Uint8Array(await gzipAsync(new Uint8Array(await dump.arrayBuffer())));
    },
    exec: async (sql) => {
      try {
        await client.exec(sql);
      } catch (error) {
        await client.exec("ROLLBACK").catch(() => {});
        throw error;
      }
    },
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** What tells this process apart from a later one that got the same PID (Linux: boot id and start time). */
export type LockOwner = { pid: number; host: string; bootId?: string; startTime?: string };

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/PID/stat: the process start time in clock ticks since boot. */
function processStartTime(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  // The command name (field 2) is in parentheses and may hold spaces: count from the last ")".
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
}

function currentOwner(): LockOwner {
  const bootId = readProc("/proc/sys/kernel/random/boot_id");
  const startTime = processStartTime(process.pid);
  return {
    pid: process.pid,
    host: hostname(),
    ...(bootId ? { bootId } : {}),
    ...(startTime ? { startTime } : {}),
  };
}

function parseOwner(text: string): LockOwner | null {
  // The lock format of earlier versions: the PID alone.
  if (/^\d+$/.test(text.trim())) return { pid: Number(text), host: hostname() };
  try {
    const owner = JSON.parse(text) as LockOwner;
    return Number.isInteger(owner?.pid) ? owner : null;
  } catch {
    return null;
  }
}

/**
 * The recorded owner still runs: same host, same boot, and the process with that PID started at
 * the recorded time (a PID reused by another program after a crash does not count). Without
 * /proc only the PID can be checked.
 */
export function ownerAlive(owner: LockOwner): boolean {
  const me = currentOwner();
  if (owner.host !== me.host) return false;
  if (owner.bootId && me.bootId && owner.bootId !== me.bootId) return false;
  if (owner.pid === process.pid) return false;
  if (!isAlive(owner.pid)) return false;
  if (owner.startTime && me.startTime) return processStartTime(owner.pid) === owner.startTime;
  return true;
}

/** The live process holding DATA_DIR's lock (the running app), or null when nobody holds it. */
export function lockHolder(dataDir: string): LockOwner | null {
  const text = readProc(resolve(dataDir, "shagym.lock"));
  const owner = text === undefined ? null : parseOwner(text);
  return owner && ownerAlive(owner) ? owner : null;
}

/**
 * PGlite has one connection per process: two processes on one data directory lose writes.
 * An exclusive lock file refuses the second one while the first runs; a lock left by a process
 * that has ended (or by another machine or boot, as in a copied directory) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = resolve(dataDir, "shagym.lock");
  const me = currentOwner();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return () => {
        // Only our own lock is removed.
        if (parseOwner(readProc(path) ?? "")?.pid === me.pid) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const text = readProc(path);
      if (text === undefined) continue;
      const owner = parseOwner(text);
      if (owner && ownerAlive(owner)) {
        throw new Error(
          `DATA_DIR ${dataDir} is in use by process ${owner.pid}; the embedded database serves one process only (set DATABASE_URL to share a server)`,
        );
      }
      // Stale: move it aside atomically, so two starters cannot both take it over.
      const aside = `${path}.stale-${process.pid}`;
      try {
        renameSync(path, aside);
        rmSync(aside, { force: true });
      } catch {
        // Another starter moved it first; try again.
      }
    }
  }
  throw new Error(`cannot lock ${path}`);
}
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
