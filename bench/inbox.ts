/**
 * The staff inbox query on PostgreSQL with 1,000,000 complaints, 100,000 of them held by one
 * organization: p50/p99 of each inbox variant. Creates a temporary database on the server named
 * by PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres), fills it with SQL
 * generate_series, and drops it at the end.
 * Run: npm run bench:inbox [-- <complaints, default 1000000> <runs per query, default 60>]
 */
import { availableParallelism, cpus } from "node:os";
import pg from "pg";
import pino from "pino";
import { boot } from "../src/boot.ts";
import { loadConfig } from "../src/config/env.ts";
import { openDatabase } from "../src/db/connection.ts";
import { type InboxFilter, staffInbox } from "../src/queries/staff-inbox.ts";
import { ANALYZE_SQL, datasetSql, SEARCH_SURNAME, searchNumber } from "./dataset.ts";

const total = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 60);
const inOrg = Math.round(total / 10);
const adminUrl = process.env.PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
// BENCH_DB=<name> reuses a database kept by an earlier run with BENCH_KEEP=1 (no regeneration).
const reuse = process.env.BENCH_DB;
const name = reuse ?? `shagym_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
if (!reuse) await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;

const seconds = (start: bigint) => (Number(process.hrtime.bigint() - start) / 1e9).toFixed(1);
try {
  const database = await openDatabase({ url: url.toString(), max: 2 });
  await boot(loadConfig({ NODE_ENV: "test", DEMO_DATA: "0", LOG_LEVEL: "silent" }), {
    database,
    log: pino({ level: "silent" }),
  });
  const start = process.hrtime.bigint();
  if (!reuse) {
    // 1 in 10 complaints is held by akmola-edu; the rest spread over the other bodies. Per 100:
    // 4 submitted, 1 forwarded, 10 registered, 10 in execution, the rest closed.
    await database.exec(datasetSql(total));
    for (const statement of ANALYZE_SQL) await database.exec(statement);
    console.log(`generated ${total} complaints (${inOrg} in akmola-edu) in ${seconds(start)} s`);
  }

  const today = "2026-10-20";
  const base: InboxFilter = { organizationId: "akmola-edu", today, page: 1, pageSize: 25 };
  const variants: [string, InboxFilter][] = [
    ["default (open, page 1)", base],
    ["page 40", { ...base, page: 40 }],
    ["overdue", { ...base, overdue: true }],
    ["due within 3 working days", { ...base, dueBy: "2026-10-23" }],
    ["ground refusal", { ...base, ground: "refusal" }],
    ["text search (applicant)", { ...base, q: SEARCH_SURNAME }],
    ["text search (number)", { ...base, q: searchNumber() }],
    ["all statuses", { ...base, status: "all" }],
  ];
  console.log(`| query | p50 ms | p99 ms | rows |`);
  console.log(`| --- | --- | --- | --- |`);
  for (const [label, filter] of variants) {
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < runs + 3; i++) {
      const t0 = process.hrtime.bigint();
      const inbox = await staffInbox(database.db, filter);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (i >= 3) times.push(ms); // 3 warm-up runs
      found = inbox.total;
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!.toFixed(1);
    console.log(`| ${label} | ${q(0.5)} | ${q(0.99)} | ${found} |`);
  }
  console.log(
    `\n${cpus()[0]?.model ?? "cpu"}, ${availableParallelism()} cores, Node ${process.version}, PostgreSQL ${
      (await admin.query("show server_version")).rows[0].server_version
    }; ${runs} runs per query after 3 warm-up runs.`,
  );
  await database.close();
} finally {
  await new Promise((resolve) => setTimeout(resolve, 200)); // let the pool's sockets close
  if (process.env.BENCH_KEEP || reuse) console.log(`kept database ${name}`);
  else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
