/**
 * The benchmark harness (issue 11, item 5): boots the real app as its own process (`src/main.ts`)
 * on PostgreSQL (a database created for the run and dropped after it), on PostgreSQL with
 * WEB_CONCURRENCY=2, and on PGlite (a data directory in a temporary folder); drives it over HTTP
 * with autocannon; runs pgbench with the SQL the same paths send, in the same run, for the
 * physical limit; samples the load average; writes bench/results/<date>-<commit>.json and
 * regenerates the marked section of docs/performance.md.
 *
 *   npm run bench                       # full: 10 s per path, 16 connections, 1 M complaints for the inbox
 *   npm run bench -- --quick            # seconds per path, small data set, nothing written (CI)
 *   npm run bench -- --complaints 10000000   # the 10 M data set (PostgreSQL; PGlite keeps --pglite-complaints)
 *   options: --seconds N  --connections N  --only postgres,postgres-x2,pglite  --pglite-complaints N
 *            --write (write results and docs in quick mode too)
 *   PG_ADMIN_URL=postgres://user@host:5432/postgres (default: the local server's Unix socket,
 *   postgresql://postgres@%2Fvar%2Frun%2Fpostgresql/postgres, when it is there, else
 *   postgres://postgres@127.0.0.1:5432/postgres). The app and pgbench both connect by it.
 *
 * No time is asserted anywhere: a path fails the run only when it answers errors.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon, { type Result as CannonResult } from "autocannon";
import { sql } from "drizzle-orm";
import pg from "pg";
import { type Database, openDatabase } from "../src/db/connection.ts";
import { localDate } from "../src/domain/time.ts";
import { complaintRead } from "../src/queries/complaint-view.ts";
import { hashToken, sessionRead } from "../src/queries/session-user.ts";
import { registrationRead, statusRead } from "../src/queries/status-check.ts";
import { validComplaint } from "../test/support/complaints.ts";
import { ANALYZE_SQL, datasetSql, SEARCH_SURNAME, searchNumber } from "./dataset.ts";

// ---------------------------------------------------------------------------------------------
// Options
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag("quick");
const seconds = Number(option("seconds") ?? (quick ? 1 : 10));
const connections = Number(option("connections") ?? (quick ? 4 : 16));
const complaints = Number(option("complaints") ?? (quick ? 20_000 : 1_000_000));
const pgliteComplaints = Number(option("pglite-complaints") ?? complaints);
const only = (option("only") ?? "postgres,postgres-x2,pglite").split(",");
const write = !quick || flag("write");
/**
 * On one machine the app reaches PostgreSQL through its Unix socket, as a single-host deployment
 * would: on this VM a round trip over TCP loopback costs the app several times the CPU
 * (docs/performance.md). pgbench uses the same connection, so the ratio compares like with like.
 */
const LOCAL_SOCKET = "/var/run/postgresql";
const adminUrl =
  process.env.PG_ADMIN_URL ??
  (existsSync(join(LOCAL_SOCKET, ".s.PGSQL.5432"))
    ? `postgresql://postgres@${encodeURIComponent(LOCAL_SOCKET)}/postgres`
    : "postgres://postgres@127.0.0.1:5432/postgres");
const transport = new URL(adminUrl).hostname.startsWith("%2F") ? "Unix socket" : "TCP";

const CITIZEN = "900101300126";
const REGISTRAR = "registrar.akmola-edu";
const learnedOn = localDate(new Date(Date.now() - 3 * 24 * 3600 * 1000));
const filingBody = JSON.stringify(validComplaint({ learnedOn }));

// ---------------------------------------------------------------------------------------------
// Load average, sampled through the whole run
const loadSamples: number[] = [];
const sampleLoad = () => loadSamples.push(loadavg()[0]!);
sampleLoad();
const sampler = setInterval(sampleLoad, 5_000);
sampler.unref();

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

// ---------------------------------------------------------------------------------------------
// The app as a child process
type App = { child: ChildProcess; base: string; output: () => string; exited: Promise<number | null> };
let nextPort = 43_000 + (process.pid % 1_000) * 10;

async function startApp(env: Record<string, string>): Promise<App> {
  const port = nextPort++;
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "development",
      DEMO_DATA: "1",
      LOG_LEVEL: "warn",
      PORT: String(port),
      HOST: "127.0.0.1",
      IN_APP_JOBS: "0",
      // One demo citizen files every complaint of the run; the status check sees a new client
      // address per request (X-Forwarded-For behind one trusted hop).
      FILINGS_PER_HOUR: "1000000000",
      DRAFTS_PER_HOUR: "1000000000",
      UPLOADS_PER_HOUR: "1000000000",
      TRUST_PROXY: "1",
      // A slow answer is measured as slow, not turned into a 503 by the availability probe.
      HEALTH_TIMEOUT_MS: "30000",
      DB_CONNECT_TIMEOUT_MS: "60000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => {
    output += c.toString();
  });
  child.stderr!.on("data", (c: Buffer) => {
    output += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const processes = Number(env.WEB_CONCURRENCY ?? 1);
  const end = Date.now() + 300_000;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}):\n${output}`);
    const healthy = await fetch(`${base}/api/v1/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (healthy && (processes === 1 || children(child.pid!) >= processes)) {
      // The other web processes boot after the first (they log nothing at LOG_LEVEL=warn): they
      // are forked once the first listens; give them time to boot and listen too.
      if (processes > 1) await new Promise((r) => setTimeout(r, 15_000));
      return { child, base, output: () => output, exited };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`the app did not become healthy:\n${output}`);
}

/** Child processes of `pid` (the web processes under a WEB_CONCURRENCY primary). */
function children(pid: number): number {
  const run = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" });
  return run.stdout.split("\n").filter(Boolean).length;
}

async function stopApp(app: App) {
  app.child.kill("SIGTERM");
  const code = await Promise.race([app.exited, new Promise((r) => setTimeout(() => r("timeout"), 20_000))]);
  if (code === "timeout") app.child.kill("SIGKILL");
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers
/** fetch, tried again once when a reused keep-alive socket was closed under it (no answer came). */
async function fetchRetry(input: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch {
    await new Promise((r) => setTimeout(r, 500));
    return fetch(input, init);
  }
}
async function signIn(base: string, login: string): Promise<string> {
  const res = await fetchRetry(`${base}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login, password: "demo" }),
  });
  if (!res.ok) throw new Error(`sign-in of ${login} answered ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

async function fileOne(base: string, token: string, key: string): Promise<string> {
  const res = await fetchRetry(`${base}/api/v1/complaints`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": key },
    body: filingBody,
  });
  if (res.status !== 201) throw new Error(`filing answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

type Measured = {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytes?: number;
};

let runTag = 0;
async function cannon(
  base: string,
  request: { method?: string; path: string; headers?: Record<string, string>; body?: string },
  vary?: "idempotency-key" | "client-address",
  clients = connections,
): Promise<Measured> {
  const tag = `b${process.pid}-${++runTag}-${Date.now()}`;
  let n = 0;
  const result: CannonResult = await autocannon({
    url: base,
    connections: clients,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: request.method ?? "GET",
        path: request.path,
        headers: request.headers ?? {},
        ...(request.body ? { body: request.body } : {}),
        ...(vary
          ? {
              setupRequest: (req) => {
                const i = n++;
                req.headers = {
                  ...req.headers,
                  ...(vary === "idempotency-key"
                    ? { "idempotency-key": `${tag}-${i}` }
                    : { "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }),
                };
                return req;
              },
            }
          : {}),
      },
    ],
  });
  return {
    requests: result["2xx"],
    perSecond: result["2xx"] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

// ---------------------------------------------------------------------------------------------
// pgbench: the same SQL a path sends, on the same database, in the same run
type PgbenchResult = { tps: number; p50: number; p99: number; transactions: number; failed: boolean };

/** `mode` "prepared" where the app sends the path's statements prepared. */
function pgbench(
  dbUrl: string,
  name: string,
  script: string,
  mode: "simple" | "prepared" = "simple",
): PgbenchResult {
  const dir = mkdtempSync(join(tmpdir(), `shagym-pgbench-${name}-`));
  try {
    const file = join(dir, `${name}.sql`);
    writeFileSync(file, script);
    const run = spawnSync(
      "pgbench",
      [
        "-n",
        "-M",
        mode,
        "-c",
        String(connections),
        "-j",
        String(Math.min(connections, availableParallelism())),
        "-T",
        String(seconds),
        "-f",
        file,
        "-l",
        "--log-prefix",
        join(dir, "log"),
        dbUrl,
      ],
      { encoding: "utf8" },
    );
    const out = `${run.stdout}\n${run.stderr}`;
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1] ?? Number.NaN);
    const latencies: number[] = [];
    for (const f of readdirSync(dir).filter((f) => f.startsWith("log"))) {
      for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
        const us = Number(line.split(" ")[2]);
        if (Number.isFinite(us) && line) latencies.push(us / 1000);
      }
    }
    latencies.sort((a, b) => a - b);
    const q = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? 0;
    const failed = run.status !== 0 || !Number.isFinite(tps);
    if (failed) log(`pgbench ${name} failed (exit ${run.status}):\n${out.slice(-2000)}`);
    return { tps, p50: q(0.5), p99: q(0.99), transactions: latencies.length, failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The columns an INSERT names (not generated, not filled by a sequence). */
async function insertableColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
        AND is_identity = 'NO' AND (column_default IS NULL OR column_default NOT LIKE 'nextval%')
      ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

/**
 * The writes of one filing as a pgbench transaction, built from the rows the app wrote for a
 * sample filing: the same tables, the same row contents (new ids and keys per transaction), the
 * same statements — the idempotency key claimed (delete of a stale one, insert) and completed
 * (update), the complaint, its clocks, the chain head locked and moved for the event and again
 * for the audit row, the event, the outbox notices, the audit row.
 */
async function filingScript(client: pg.Client, complaintId: string, userId: string, key: string) {
  const rowsOf = async (table: string, where: string, params: unknown[]) =>
    (
      await client.query<{ j: string }>(
        `SELECT row_to_json(t)::text AS j FROM ${table} t WHERE ${where}`,
        params,
      )
    ).rows.map((r) => r.j);
  const tables = {
    complaints: await rowsOf("complaints", "id = $1", [complaintId]),
    deadlines: await rowsOf("deadlines", "complaint_id = $1", [complaintId]),
    complaint_events: await rowsOf("complaint_events", "complaint_id = $1", [complaintId]),
    outbox: await rowsOf("outbox", "complaint_id = $1", [complaintId]),
    audit_events: await rowsOf("audit_events", "entity_id = $1::text", [complaintId]),
    idempotency_keys: await rowsOf("idempotency_keys", "user_id = $1 AND key = $2", [userId, key]),
  };
  // Every id of a written row and the idempotency key become new per transaction.
  const tokens = new Set<string>([complaintId]);
  for (const rows of Object.values(tables)) {
    for (const j of rows) {
      const id = (JSON.parse(j) as { id?: unknown }).id;
      if (typeof id === "string" && /^[0-9a-f-]{36}$/.test(id)) tokens.add(id);
    }
  }
  // Outbox dedupe keys name the event (a serial id): they get the transaction's number appended.
  const dedupeKeys = tables.outbox.map((j) => (JSON.parse(j) as { dedupe_key: string }).dedupe_key);
  const fresh = (json: string) => {
    let sql = `$j$${json}$j$`;
    for (const t of tokens) sql = `replace(${sql}, '${t}', md5('b:bk' || '${t}')::uuid::text)`;
    for (const d of dedupeKeys) sql = `replace(${sql}, '"${d}"', '"${d}-' || :bk || '"')`;
    return `replace(${sql}, '${key}', 'k' || :bk)`;
  };
  const insert = async (table: string, json: string) => {
    const cols = (await insertableColumns(client, table)).map((c) => `"${c}"`).join(", ");
    return `INSERT INTO ${table} (${cols}) SELECT ${cols} FROM jsonb_populate_record(NULL::${table}, ${fresh(json)}::jsonb);`;
  };
  const chain = `'complaint:' || md5('b:bk' || '${complaintId}')::uuid::text`;
  const head = (seq: number) => [
    `INSERT INTO audit_chain_heads (chain, seq, hash) VALUES (${chain}, 0, 'genesis') ON CONFLICT (chain) DO UPDATE SET chain = excluded.chain RETURNING seq, hash;`,
    `UPDATE audit_chain_heads SET seq = ${seq}, hash = md5('b:bk${seq}') WHERE chain = ${chain};`,
  ];
  const idem = JSON.parse(tables.idempotency_keys[0] ?? "{}") as { user_id?: string };
  const lines = [
    "\\set bk random(1, 1000000000000000)",
    "BEGIN;",
    `DELETE FROM idempotency_keys WHERE user_id = '${idem.user_id ?? userId}' AND key = 'k' || :bk AND created_at < now() - interval '24 hours';`,
    ...(tables.idempotency_keys[0] ? [await insert("idempotency_keys", tables.idempotency_keys[0])] : []),
    ...(await Promise.all(tables.complaints.map((j) => insert("complaints", j)))),
    ...(await Promise.all(tables.deadlines.map((j) => insert("deadlines", j)))),
    ...head(1),
    ...(await Promise.all(tables.complaint_events.map((j) => insert("complaint_events", j)))),
    ...(await Promise.all(tables.outbox.map((j) => insert("outbox", j)))),
    ...head(2),
    ...(await Promise.all(tables.audit_events.map((j) => insert("audit_events", j)))),
    `UPDATE idempotency_keys SET status = 201 WHERE user_id = '${idem.user_id ?? userId}' AND key = 'k' || :bk;`,
    "COMMIT;",
  ];
  return lines.join("\n");
}

/**
 * The SQL the app sends for a read: its prepared statements' text, with each parameter given
 * as pgbench should send it (a literal, or a :variable that pgbench turns into a parameter).
 */
function appStatement(
  db: Database["db"],
  prepared: (db: Database["db"]) => { getQuery(): { sql: string } },
  params: string[],
): string {
  const text = prepared(db).getQuery().sql.replace(/\s+/g, " ");
  return `${text.replace(/\$(\d+)/g, (_, i: string) => {
    const param = params[Number(i) - 1];
    if (param === undefined) throw new Error(`no value for $${i} of ${text}`);
    return param;
  })};`;
}

/** A pgbench script made from the app's own queries (built on a connection of the bench database). */
async function appScript(dbUrl: string, lines: (db: Database["db"]) => string[]): Promise<string> {
  const database = await openDatabase({ url: dbUrl, max: 1 });
  try {
    return `${lines(database.db).join("\n")}\n`;
  } finally {
    await database.close();
  }
}

/** The reads of a complaint view (API) as the app sends them, on a random filed complaint. */
const viewScript = (dbUrl: string, ids: number, token: string) =>
  appScript(dbUrl, (db) => [
    `\\set n random(1, ${ids})`,
    // The session look-up of a bearer token, as every authenticated request sends it.
    appStatement(db, sessionRead, [`'${hashToken(token)}'`, "now()", "now() - interval '12 hours'", "1"]),
    appStatement(db, complaintRead, ["(SELECT id FROM bench_ids WHERE n = :n)"]),
  ]);

/** The public status check as the app sends it: the lookup counted, the registration by number, the status read. */
const statusScript = (dbUrl: string, number: string, complaint: string) =>
  appScript(dbUrl, (db) => [
    "\\set a random(1, 1000000000)",
    "SELECT count_status_lookup('pgbench-' || CAST(:a AS text), now(), now() - interval '10 minutes', 20);",
    appStatement(db, registrationRead, [`'${number}'`, "1"]),
    appStatement(db, statusRead, [`'${complaint}'`]),
  ]);

// ---------------------------------------------------------------------------------------------
// One engine configuration
type Row = {
  setup: string;
  path: string;
  measured: Measured;
  limit?: PgbenchResult;
  goal: string;
  met?: boolean;
};

const INBOX_VARIANTS: [string, string][] = [
  ["default (open, page 1)", ""],
  ["page 40", "page=40"],
  ["overdue", "overdue=1"],
  ["due within 3 working days", "due=3"],
  ["ground refusal", "ground=refusal"],
  ["text search (applicant)", `q=${encodeURIComponent(SEARCH_SURNAME)}`],
  ["text search (number)", `q=${encodeURIComponent(searchNumber())}`],
  ["all statuses", "status=all"],
];

async function runSetup(setup: "postgres" | "postgres-x2" | "pglite"): Promise<Row[]> {
  const rows: Row[] = [];
  const onPg = setup !== "pglite";
  const dataset = setup === "postgres-x2" ? 0 : onPg ? complaints : pgliteComplaints;
  const dbName = `shagym_bench_${process.pid}_${setup.replace("-", "_")}`;
  const dataDir = onPg ? "" : mkdtempSync(join(tmpdir(), "shagym-bench-"));
  const admin = new pg.Client({ connectionString: adminUrl });
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  if (onPg) {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
  }
  const env: Record<string, string> = onPg
    ? { DATABASE_URL: dbUrl.toString(), WEB_CONCURRENCY: setup === "postgres-x2" ? "2" : "1" }
    : { DATA_DIR: dataDir };
  const db = onPg ? new pg.Client({ connectionString: dbUrl.toString() }) : null;
  let app: App | null = null;
  try {
    log(`${setup}: starting the app`);
    app = await startApp(env);
    await db?.connect();
    const citizen = await signIn(app.base, CITIZEN);
    const registrar = await signIn(app.base, REGISTRAR);
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    // Filing
    for (let i = 0; i < 20; i++) await fileOne(app.base, citizen, `warm-${i}`);
    const filing = await cannon(
      app.base,
      {
        method: "POST",
        path: "/api/v1/complaints",
        headers: { ...bearer(citizen), "content-type": "application/json" },
        body: filingBody,
      },
      "idempotency-key",
    );
    log(`${setup} filing: ${filing.perSecond.toFixed(1)}/s p99 ${filing.p99} ms`);
    const sampleKey = `sample-${Date.now()}`;
    const sample = await fileOne(app.base, citizen, sampleKey);
    let filingLimit: PgbenchResult | undefined;
    if (db) {
      const user = await db.query<{ id: string }>("SELECT id FROM users WHERE login = $1", [CITIZEN]);
      filingLimit = pgbench(
        dbUrl.toString(),
        "filing",
        await filingScript(db, sample, user.rows[0]!.id, sampleKey),
      );
      log(`${setup} pgbench filing: ${filingLimit.tps.toFixed(0)} tps`);
    }
    rows.push({
      setup,
      path: "filing (POST /api/v1/complaints)",
      measured: filing,
      limit: filingLimit,
      goal: onPg ? "≥ 50 % of pgbench; ≥ 1 000/s; p99 < 100 ms" : "≥ 300/s",
      met: onPg
        ? ratio(filing, filingLimit) >= 0.5 && filing.perSecond >= 1000 && filing.p99 < 100
        : filing.perSecond >= 300,
    });

    // Register the sample: the talon and the status check need a number
    const reg = await fetchRetry(`${app.base}/api/v1/complaints/${sample}/register`, {
      method: "POST",
      headers: { ...bearer(registrar), "content-type": "application/json" },
      body: "{}",
    });
    if (reg.status !== 200) throw new Error(`register answered ${reg.status}: ${await reg.text()}`);
    const number = ((await reg.json()) as { registration: { number: string } }).registration.number;

    // Complaint view
    const view = await cannon(app.base, { path: `/api/v1/complaints/${sample}`, headers: bearer(citizen) });
    let viewLimit: PgbenchResult | undefined;
    if (db) {
      await db.query(
        "CREATE TABLE bench_ids AS SELECT row_number() OVER (ORDER BY created_at) AS n, id FROM complaints",
      );
      await db.query("CREATE UNIQUE INDEX ON bench_ids (n)");
      const ids = Number((await db.query("SELECT count(*) AS n FROM bench_ids")).rows[0].n);
      viewLimit = pgbench(
        dbUrl.toString(),
        "view",
        await viewScript(dbUrl.toString(), ids, citizen),
        "prepared",
      );
      await db.query("DROP TABLE bench_ids");
    }
    rows.push({
      setup,
      path: "complaint view (GET /api/v1/complaints/{id})",
      measured: view,
      limit: viewLimit,
      goal: "≥ 30 % of pgbench; p99 < 20 ms",
      met: (!onPg || ratio(view, viewLimit) >= 0.3) && view.p99 < 20,
    });
    log(`${setup} view: ${view.perSecond.toFixed(1)}/s p99 ${view.p99} ms`);

    // Talon PDF: time and size
    const talonPath = `/api/v1/complaints/${sample}/talon.pdf`;
    const pdf = await fetchRetry(app.base + talonPath, { headers: bearer(citizen) });
    if (pdf.status !== 200) throw new Error(`talon answered ${pdf.status}`);
    const bytes = (await pdf.arrayBuffer()).byteLength;
    // The time to make one talon: one client at a time (16 at once would measure the queue).
    const talon = {
      ...(await cannon(app.base, { path: talonPath, headers: bearer(citizen) }, undefined, 1)),
      bytes,
    };
    rows.push({
      setup,
      path: `talon PDF (${(bytes / 1024).toFixed(1)} KB), one client`,
      measured: talon,
      goal: "< 30 ms, < 60 KB",
      met: talon.requests > 0 && talon.p50 < 30 && bytes < 60 * 1024,
    });
    log(`${setup} talon: ${talon.perSecond.toFixed(1)}/s p50 ${talon.p50} ms, ${bytes} bytes`);

    // The check code is on the talon only: read it from the database (the app stopped on PGlite).
    await stopApp(app);
    app = null;
    let code: string;
    const local = onPg ? null : await openDatabase({ dataDir });
    try {
      const codeSql = `SELECT check_code FROM registrations WHERE number = '${number}'`;
      code = db
        ? (await db.query<{ check_code: string }>(codeSql)).rows[0]!.check_code
        : ((await local!.db.execute(sql.raw(codeSql))) as unknown as { rows: { check_code: string }[] })
            .rows[0]!.check_code;
      if (dataset > 0) {
        log(`${setup}: generating ${dataset} complaints`);
        const started = Date.now();
        if (db) {
          await db.query(datasetSql(dataset));
          for (const statement of ANALYZE_SQL) await db.query(statement);
        } else {
          await local!.exec(datasetSql(dataset));
          for (const statement of ANALYZE_SQL) await local!.exec(statement);
        }
        log(`${setup}: generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      }
    } finally {
      await local?.close();
    }
    app = await startApp(env);
    const registrar2 = await signIn(app.base, REGISTRAR);

    // Public status check, a new client address per request
    const statusPath = `/api/v1/status?${new URLSearchParams({ number, code })}`;
    const status = await cannon(app.base, { path: statusPath }, "client-address");
    const statusLimit = db
      ? pgbench(dbUrl.toString(), "status", await statusScript(dbUrl.toString(), number, sample), "prepared")
      : undefined;
    rows.push({
      setup,
      path: "public status check (GET /api/v1/status)",
      measured: status,
      limit: statusLimit,
      goal: "≥ 30 % of pgbench; ≥ 5 000/s; p99 < 20 ms",
      met: (!onPg || ratio(status, statusLimit) >= 0.3) && status.perSecond >= 5000 && status.p99 < 20,
    });
    log(`${setup} status: ${status.perSecond.toFixed(1)}/s p99 ${status.p99} ms`);

    // Staff inbox page (bearer-authenticated GET /kk/staff), every filter
    const dataLabel = dataset > 0 ? `${formatCount(dataset + 0)} complaints` : "demo data";
    // Quick: the default page and the text search only (the harness runs; CI stays short).
    const variants = quick ? INBOX_VARIANTS.filter(([l]) => /default|text/.test(l)) : INBOX_VARIANTS;
    for (const [label, query] of dataset > 0 ? variants : variants.filter(([l]) => /applicant/.test(l))) {
      // How long a page takes: one client at a time, as for the talon.
      const inbox = await cannon(
        app.base,
        { path: `/kk/staff${query ? `?${query}` : ""}`, headers: bearer(registrar2) },
        undefined,
        1,
      );
      rows.push({
        setup,
        path: `staff inbox, ${dataLabel}: ${label}, one client`,
        measured: inbox,
        goal: "p99 < 50 ms",
        met: inbox.requests > 0 && inbox.p99 < 50,
      });
      log(`${setup} inbox ${label}: ${inbox.perSecond.toFixed(1)}/s p99 ${inbox.p99} ms`);
    }
    for (const r of rows) {
      if (r.measured.errors || r.measured.non2xx)
        throw new Error(
          `${setup} ${r.path}: ${r.measured.errors} errors, ${r.measured.non2xx} non-2xx answers`,
        );
    }
  } finally {
    if (app) await stopApp(app);
    await db?.end().catch(() => {});
    if (onPg) {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    } else rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

function ratio(m: Measured, limit?: PgbenchResult): number {
  return limit && limit.tps > 0 ? m.perSecond / limit.tps : Number.NaN;
}

function formatCount(n: number) {
  return n >= 1_000_000 ? `${n / 1_000_000} M` : n >= 1000 ? `${n / 1000} k` : String(n);
}

// ---------------------------------------------------------------------------------------------
// Run, write, regenerate the docs section
const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"]).toString().trim() !== "";
const pgVersion = spawnSync("pgbench", ["--version"], { encoding: "utf8" });
if (pgVersion.status !== 0 && only.some((s) => s.startsWith("postgres"))) {
  console.error(
    "pgbench is missing: apt-get install postgresql-contrib (or postgresql-client) — docs/performance.md",
  );
  process.exit(2);
}
const started = new Date();
log(
  `${quick ? "quick" : "full"} run: ${seconds} s per path, ${connections} connections, PostgreSQL over ${transport}, ${complaints} complaints (PGlite ${pgliteComplaints}); load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
const rows: Row[] = [];
const setups = (["postgres-x2", "pglite", "postgres"] as const).filter((s) => only.includes(s));
for (const [i, setup] of setups.entries()) {
  rows.push(...(await runSetup(setup)));
  // Written after every setup: a run cut short still leaves what it measured.
  report(i < setups.length - 1);
}
clearInterval(sampler);

function report(partial: boolean) {
  sampleLoad();
  const load = {
    min: Math.min(...loadSamples),
    max: Math.max(...loadSamples),
    mean: loadSamples.reduce((a, b) => a + b, 0) / loadSamples.length,
  };
  const result = {
    date: started.toISOString(),
    commit: dirty ? `${commit}+changes` : commit,
    mode: `${quick ? "quick" : "full"}${partial ? " (partial)" : ""}`,
    machine: {
      cpu: cpus()[0]?.model ?? "cpu",
      cores: availableParallelism(),
      node: process.version,
      pgbench: pgVersion.stdout?.trim(),
    },
    settings: { seconds, connections, complaints, pgliteComplaints, transport },
    loadAverage: { ...load, samples: loadSamples },
    rows: rows.map((r) => ({
      ...r,
      ratio: r.limit ? ratio(r.measured, r.limit) : undefined,
    })),
  };

  const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
  const setupLabel = {
    postgres: "PostgreSQL",
    "postgres-x2": "PostgreSQL, WEB_CONCURRENCY=2",
    pglite: "PGlite",
  };
  const table = [
    "| setup | path | figure /s | physical limit (pgbench tps) | ratio | p50 / p99 ms | pgbench p50 / p99 ms | goal | met |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${setupLabel[r.setup as keyof typeof setupLabel]} | ${r.path} | ${fmt(r.measured.perSecond, 1)} | ${
          r.limit ? fmt(r.limit.tps) : "–"
        } | ${r.limit ? `${fmt(ratio(r.measured, r.limit) * 100, 1)} %` : "–"} | ${fmt(r.measured.p50)} / ${fmt(r.measured.p99)} | ${
          r.limit ? `${fmt(r.limit.p50, 1)} / ${fmt(r.limit.p99, 1)}` : "–"
        } | ${r.goal} | ${r.met ? "yes" : "no"} |`,
    ),
  ].join("\n");
  const summary = [
    `Run of ${started.toISOString().slice(0, 16).replace("T", " ")} UTC on commit \`${result.commit}\` (${result.mode}): ${
      result.machine.cpu
    } × ${result.machine.cores}, Node ${result.machine.node}, ${result.machine.pgbench ?? "no pgbench"}; ${seconds} s per path, ${connections} connections (autocannon and pgbench alike; one for the talon and the inbox pages), PostgreSQL over ${transport}; inbox data set ${formatCount(
      complaints,
    )} complaints on PostgreSQL, ${formatCount(pgliteComplaints)} on PGlite (one in ten held by akmola-edu). **Load average during the run: ${fmt(
      load.min,
      2,
    )}–${fmt(load.max, 2)} (mean ${fmt(load.mean, 2)}) on ${result.machine.cores} cores.**`,
    "",
    table,
  ].join("\n");
  console.log(`\n${summary}\n`);

  if (write) {
    const day = started.toISOString().slice(0, 10);
    mkdirSync("bench/results", { recursive: true });
    const file = `bench/results/${day}-${commit}.json`;
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    const docs = "docs/performance.md";
    const BEGIN = "<!-- bench:begin (generated by npm run bench; edits here are replaced) -->";
    const END = "<!-- bench:end -->";
    const text = readFileSync(docs, "utf8");
    const section = `${BEGIN}\n${summary}\n\nRaw figures: \`${file}\`.\n${END}`;
    const at = text.indexOf(BEGIN);
    const next =
      at >= 0
        ? text.slice(0, at) + section + text.slice(text.indexOf(END, at) + END.length)
        : text.replace("\n## Deadlines", `\n## Benchmark (npm run bench)\n\n${section}\n\n## Deadlines`);
    writeFileSync(docs, next);
    log(`wrote ${file} and the table in ${docs}`);
  }
}
