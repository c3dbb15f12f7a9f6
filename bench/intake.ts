/**
 * Complaints filed per second over HTTP, with p50/p99 latency: the real app served by
 * @hono/node-server on a loopback port, bearer-authenticated `fetch` calls with bounded
 * concurrency, on the embedded PGlite (a data directory in a temporary folder) and on PostgreSQL
 * (a temporary database created and dropped like scripts/with-pg.ts does).
 *
 *   npx tsx bench/intake.ts [requests per scenario, default 400] [concurrency, default 8]
 *   BENCH_DB=pglite|postgres|both (default both)   PG_ADMIN_URL=postgres://…/postgres
 *
 * Scenarios: `portal` — POST /api/v1/complaints by a citizen (validated, signed, stored, marked
 * delivered, outbox notices); `office` — POST /api/v1/office/complaints by a registrar (the same,
 * then registered at once: gap-free number under the organization's counter row lock, two
 * deadlines, the announced answerBy). Every request carries its own Idempotency-Key.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { serve } from "@hono/node-server";
import pg from "pg";
import pino from "pino";
import { boot } from "../src/boot.ts";
import { loadConfig } from "../src/config/env.ts";
import { type Database, openDatabase } from "../src/db/connection.ts";
import { localDate } from "../src/domain/time.ts";
import { officeComplaint, validComplaint } from "../test/support/complaints.ts";

const total = Number(process.argv[2] ?? 400);
const concurrency = Number(process.argv[3] ?? 8);
const which = process.env.BENCH_DB ?? "both";
const adminUrl = process.env.PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

// The bench runs on today's date: the act was learned of three days ago (not a late filing).
const learnedOn = localDate(new Date(Date.now() - 3 * 24 * 3600 * 1000));
const portalBody = validComplaint({ learnedOn });
const officeBody = officeComplaint({ learnedOn });

type Result = {
  scenario: string;
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Event-loop delay during the run (server and client share this process): p99 and max, ms. */
  loopP99: number;
  loopMax: number;
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function signIn(url: string, login: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login, password: "demo" }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${login} failed: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** `count` POSTs with at most `concurrency` in flight; every answer must be 201. */
async function run(url: string, path: string, token: string, body: unknown, count: number, tag: string) {
  const latencies: number[] = [];
  let next = 0;
  const payload = JSON.stringify(body);
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const started = performance.now();
      const res = await fetch(url + path, {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "idempotency-key": `${tag}-${i}`,
        },
        body: payload,
      });
      await res.arrayBuffer();
      latencies.push(performance.now() - started);
      if (res.status !== 201) throw new Error(`${path} answered ${res.status}`);
    }
  };
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  loop.disable();
  latencies.sort((a, b) => a - b);
  return {
    seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    loopP99: loop.percentile(99) / 1e6,
    loopMax: loop.max / 1e6,
  };
}

async function bench(label: string, database: Database): Promise<Result[]> {
  // One citizen files every complaint of the run: the per-person filing quota is lifted.
  const config = loadConfig({
    NODE_ENV: "test",
    DEMO_DATA: "1",
    LOG_LEVEL: "silent",
    FILINGS_PER_HOUR: "100000000",
  });
  const { app } = await boot(config, { database, log: pino({ level: "silent" }) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const results: Result[] = [];
  try {
    const scenarios = [
      { scenario: "portal", path: "/api/v1/complaints", login: "900101300126", body: portalBody },
      {
        scenario: "office",
        path: "/api/v1/office/complaints",
        login: "registrar.akmola-edu",
        body: officeBody,
      },
    ];
    for (const s of scenarios) {
      const token = await signIn(url, s.login);
      await run(url, s.path, token, s.body, Math.min(50, total), `warm-${s.scenario}`);
      const r = await run(url, s.path, token, s.body, total, `run-${s.scenario}`);
      const result = {
        scenario: `${label} ${s.scenario}`,
        requests: total,
        seconds: r.seconds,
        perSecond: total / r.seconds,
        p50: r.p50,
        p99: r.p99,
        loopP99: r.loopP99,
        loopMax: r.loopMax,
      };
      results.push(result);
      console.log(
        `${result.scenario.padEnd(18)} ${total} requests in ${r.seconds.toFixed(2)} s: ${result.perSecond.toFixed(1)}/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms; event-loop delay p99 ${r.loopP99.toFixed(1)} ms, max ${r.loopMax.toFixed(1)} ms`,
      );
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return results;
}

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(
      " ",
    )}; Node ${process.version}, ${cpus()[0]?.model ?? "cpu"} × ${availableParallelism()}, ${total} requests per scenario, concurrency ${concurrency}`,
);
const all: Result[] = [];
if (which === "pglite" || which === "both") {
  const dir = mkdtempSync(join(tmpdir(), "shagym-bench-"));
  const database = await openDatabase({ dataDir: dir });
  try {
    all.push(...(await bench("pglite", database)));
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
if (which === "postgres" || which === "both") {
  const name = `shagym_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), max: 10 });
  try {
    all.push(...(await bench("postgres", database)));
  } finally {
    await database.close();
    // Let the pool's sockets finish closing before the database goes.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
console.log(
  "\n| scenario | requests | filed/s | p50 ms | p99 ms | loop delay p99 / max ms |\n|---|---|---|---|---|---|",
);
for (const r of all) {
  console.log(
    `| ${r.scenario} | ${r.requests} | ${r.perSecond.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.loopP99.toFixed(1)} / ${r.loopMax.toFixed(1)} |`,
  );
}
