/**
 * The national performance report and the open data on PostgreSQL with 10,000,000 complaints
 * (issue 12, item 5): generation in SQL (generate_series, every history the measures count:
 * decided, refused, withdrawn, open and overdue, forwarded to a second body, escalated, extended),
 * a full rebuild of the report sums, then p50/p99 of the report for a year and a month, of the
 * open data for a year, and an incremental refresh after 1,000 complaints changed, on a
 * temporary database (bench/database.ts).
 * Run: npm run bench:reports [-- <complaints, default 10000000> <runs per query, default 20>]
 */
import { availableParallelism, cpus, loadavg } from "node:os";
import { sql } from "drizzle-orm";
import type { Database } from "../src/db/connection.ts";
import { refreshReportAggregates } from "../src/operations/refresh-report-aggregates.ts";
import { currentCalendar } from "../src/queries/calendar.ts";
import { openDataMonthly } from "../src/queries/open-data.ts";
import { performanceReport } from "../src/queries/report-cases.ts";
import { reportDataSql } from "../test/support/report-data.ts";
import { seconds, withBenchDatabase } from "./database.ts";

const total = Number(process.argv[2] ?? 10_000_000);
const runs = Number(process.argv[3] ?? 20);
const CHUNK = 1_000_000;

/** Received over 2026 (weekends and holidays included), in chunks of a million; row triggers
 * (foreign keys, the inbox columns, the dirty mark) off while loading: the sums are rebuilt. */
async function generate(database: Database) {
  const start = process.hrtime.bigint();
  for (let done = 0, n = 0; done < total; done += CHUNK, n++) {
    await database.exec(`SET session_replication_role = replica;
      ${reportDataSql({ total: Math.min(CHUNK, total - done), from: "2026-01-01", days: 350, prefix: `k${n}` })}
      SET session_replication_role = DEFAULT;`);
    console.log(`  ${Math.min(done + CHUNK, total)} complaints (${seconds(start)} s)`);
  }
  await database.exec("VACUUM ANALYZE complaints");
  await database.exec("VACUUM ANALYZE deadlines");
}

// The demo world gives the administrator who reads the report page over HTTP (a few complaints).
await withBenchDatabase(
  "reports",
  total,
  { demo: true, generate },
  async (database, { admin, app, generated }) => {
    const db = database.db;
    const calendar = await currentCalendar(db);
    if (generated) {
      const rebuild = process.hrtime.bigint();
      await refreshReportAggregates(db, calendar, { full: true });
      await database.exec("VACUUM ANALYZE report_daily");
      await database.exec("VACUUM ANALYZE report_pairs");
      console.log(`full rebuild of the report sums in ${seconds(rebuild)} s`);
    } else {
      // A kept database: catch up (a full rebuild when a migration reset the sums).
      const start = process.hrtime.bigint();
      const done = await refreshReportAggregates(db, calendar);
      console.log(`catch-up refresh (${done?.full ? "full rebuild" : "incremental"}) in ${seconds(start)} s`);
    }
    const signIn = await app.request("/api/v1/session", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify({ login: "admin", password: "demo" }),
    });
    if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}: ${await signIn.text()}`);
    const token = ((await signIn.json()) as { token: string }).token;
    const http = async (path: string, auth = false) => {
      const res = await app.request(path, auth ? { headers: { authorization: `Bearer ${token}` } } : {});
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      return res.text();
    };
    const cells = (
      (await db.execute(
        sql`SELECT (SELECT count(*) FROM report_daily) AS daily, (SELECT count(*) FROM report_pairs) AS pairs, (SELECT count(*) FROM deadlines WHERE closed_on IS NULL) AS open`,
      )) as unknown as { rows: Record<string, string>[] }
    ).rows[0]!;
    console.log(
      `report_daily rows: ${cells.daily}, report_pairs rows: ${cells.pairs}, open clocks: ${cells.open}`,
    );

    const today = "2026-12-20";
    const year = { from: "2026-01-01", to: "2026-12-31", scope: { bodyIds: null } };
    const variants: [string, () => Promise<unknown>][] = [
      ["national report, whole year", () => performanceReport(db, year, today)],
      [
        "national report, one month",
        () => performanceReport(db, { ...year, from: "2026-06-01", to: "2026-06-30" }, today),
      ],
      ["region report (11), whole year", () => performanceReport(db, { ...year, region: "11" }, today)],
      ["one body, whole year", () => performanceReport(db, { ...year, bodyId: "akmola-edu" }, today)],
      ["ground filter, whole year", () => performanceReport(db, { ...year, ground: "refusal" }, today)],
      ["open data, whole year", () => openDataMonthly(db, calendar, year, today)],
      [
        "GET /en/reports?from=2026-01&to=2026-12 (administrator)",
        () => http("/en/reports?from=2026-01&to=2026-12", true),
      ],
      [
        "GET /api/v1/open-data/monthly?from=2026-01&to=2026-12",
        () => http("/api/v1/open-data/monthly?from=2026-01&to=2026-12"),
      ],
      ["catch-up refresh with nothing changed", () => refreshReportAggregates(db, calendar, { wait: false })],
    ];
    console.log(`| query | p50 ms | p99 ms |`);
    console.log(`| --- | --- | --- |`);
    for (const [label, run] of variants) {
      const times: number[] = [];
      for (let i = 0; i < runs + 2; i++) {
        const t0 = process.hrtime.bigint();
        await run();
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        if (i >= 2) times.push(ms); // 2 warm-up runs
      }
      times.sort((a, b) => a - b);
      const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!.toFixed(1);
      console.log(`| ${label} | ${q(0.5)} | ${q(0.99)} |`);
    }
    // The job's incremental run after 1,000 complaints changed (spread over the year); BENCH_SKIP_INCREMENTAL=1 skips it.
    if (!process.env.BENCH_SKIP_INCREMENTAL)
      await database.exec(`UPDATE complaints SET version = version + 1 WHERE id IN
    (SELECT id FROM complaints ORDER BY id LIMIT 1000)`);
    if (!process.env.BENCH_SKIP_INCREMENTAL) {
      const inc = process.hrtime.bigint();
      const done = await refreshReportAggregates(db, calendar);
      console.log(
        `\nincremental refresh after 1000 complaints changed: ${done?.days} days recounted in ${seconds(inc)} s`,
      );
    }
    const size = (
      (await db.execute(
        sql`SELECT pg_size_pretty(pg_database_size(current_database())) AS db, pg_size_pretty(pg_total_relation_size('report_daily')) AS daily`,
      )) as unknown as { rows: Record<string, string>[] }
    ).rows[0]!;
    console.log(
      `database ${size.db}, report_daily ${size.daily}; load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(" ")}`,
    );
    console.log(
      `\n${cpus()[0]?.model ?? "cpu"}, ${availableParallelism()} cores, Node ${process.version}, PostgreSQL ${
        (await admin.query("show server_version")).rows[0].server_version
      }; ${runs} runs per query after 2 warm-up runs.`,
    );
  },
);
