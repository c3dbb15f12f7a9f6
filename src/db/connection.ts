import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema.ts";

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
  close(): Promise<void>;
};

export type DatabaseOptions =
  | { url: string; searchPath?: string; max?: number }
  | { dataDir: string }
  | { memory: true };

/** Opens PostgreSQL (a server when `url` is given) or the embedded PGlite. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ("url" in options) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.max ?? 10,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
    await pool.query("select 1");
    return {
      db: drizzleNodePg(pool, { schema }) as unknown as Db,
      kind: "postgres",
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
      close: () => pool.end(),
    };
  }
  let release = () => {};
  let client: PGlite;
  if ("dataDir" in options) {
    mkdirSync(options.dataDir, { recursive: true });
    release = lockDataDir(options.dataDir);
    client = new PGlite(join(options.dataDir, "db"));
  } else {
    client = new PGlite();
  }
  await client.waitReady;
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: "pglite",
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

/**
 * PGlite has one connection per process: two processes on one data directory lose writes.
 * An exclusive lock file refuses the second one; a lock left by a dead process is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const path = resolve(dataDir, "shagym.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(readFileSync(path, "utf8"));
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new Error(
          `DATA_DIR ${dataDir} is in use by process ${pid}; the embedded database serves one process only (set DATABASE_URL to share a server)`,
        );
      }
      rmSync(path, { force: true });
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
