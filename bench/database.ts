/**
 * A temporary PostgreSQL database for a benchmark: created on the server named by PG_ADMIN_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres), migrated and seeded by the app's own
 * boot, filled with `total` complaints by `generate` (default: the inbox data set,
 * bench/dataset.ts), and dropped at the end. BENCH_KEEP=1 keeps it; BENCH_DB=<name> reuses a kept
 * one (no regeneration: `generated` is false).
 */
import pg from "pg";
import pino from "pino";
import { boot } from "../src/boot.ts";
import { loadConfig } from "../src/config/env.ts";
import { type Database, openDatabase } from "../src/db/connection.ts";
import { ANALYZE_SQL, datasetSql } from "./dataset.ts";

type App = Awaited<ReturnType<typeof boot>>["app"];

export const seconds = (start: bigint) => (Number(process.hrtime.bigint() - start) / 1e9).toFixed(1);

export async function withBenchDatabase<T>(
  prefix: string,
  total: number,
  options: { demo?: boolean; generate?: (database: Database) => Promise<void> },
  run: (
    database: Database,
    ctx: { url: string; admin: pg.Client; app: App; generated: boolean },
  ) => Promise<T>,
): Promise<T> {
  const adminUrl = process.env.PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const reuse = process.env.BENCH_DB;
  const name = reuse ?? `shagym_bench_${prefix}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  if (!reuse) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    // Generating millions of rows takes minutes: no statement timeout (the app's is 30 s).
    const database = await openDatabase({ url: url.toString(), max: 2, statementTimeoutMs: 3_600_000 });
    const { app } = await boot(
      loadConfig({ NODE_ENV: "test", DEMO_DATA: options.demo ? "1" : "0", LOG_LEVEL: "silent" }),
      { database, log: pino({ level: "silent" }) },
    );
    if (!reuse) {
      const start = process.hrtime.bigint();
      if (options.generate) await options.generate(database);
      else {
        await database.exec(datasetSql(total));
        for (const statement of ANALYZE_SQL) await database.exec(statement);
      }
      console.log(`generated ${total} complaints in ${seconds(start)} s`);
    }
    try {
      return await run(database, { url: url.toString(), admin, app, generated: !reuse });
    } finally {
      await database.close();
    }
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the pool's sockets close
    if (process.env.BENCH_KEEP || reuse) console.log(`kept database ${name}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
