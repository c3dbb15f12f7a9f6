/**
 * A calendar edit over many running deadlines, on PostgreSQL: the data set (bench/dataset.ts)
 * with the review clock of every registered complaint reopened and its answer date announced,
 * then the administrator adds a day off (Wed 10 June 2026) through the real operation. Measured:
 * the whole recompute (the edit's request would answer after 2 s; here it runs to the end), the
 * batches, and how long a staff step waits for a clock meanwhile — a second connection takes a
 * random open clock FOR UPDATE, as every step on a complaint does, again and again while the
 * recompute runs. Nothing is asserted; the figures go into docs/performance.md by hand.
 * Run: npm run bench:recompute [-- <complaints, default 1000000>]
 */
import { availableParallelism, cpus, loadavg } from "node:os";
import { sql } from "drizzle-orm";
import pg from "pg";
import { fillCalendarOrdinals } from "../src/operations/recompute-deadlines.ts";
import { runRecomputeDeadlines } from "../src/operations/run-recompute-deadlines.ts";
import { setCalendarDay } from "../src/operations/set-calendar-day.ts";
import { loadCalendar } from "../src/queries/calendar.ts";
import { seconds, withBenchDatabase } from "./database.ts";

const total = Number(process.argv[2] ?? 1_000_000);

await withBenchDatabase("recompute", total, { demo: true }, async (database, { url, admin }) => {
  const setupStart = process.hrtime.bigint();
  // A kept database (BENCH_DB) is set up again: the bench's day off removed, the dates redone.
  await database.exec("DELETE FROM calendar_days WHERE source = 'bench'");
  {
    // Every registered complaint's review running, its dates brought to the calendar (the
    // generator's are rough) and its answer date announced, as on a talon: a bulk load with the
    // row triggers off, as the generator does, then the complaints' nearest due dates in one pass.
    const calendar = await loadCalendar(database.db);
    await database.db.transaction(async (tx) => {
      await fillCalendarOrdinals(tx, calendar);
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(
        sql`UPDATE deadlines SET closed_on = NULL WHERE kind = 'review' AND calendar_version = 'bench'`,
      );
      await tx.execute(sql`
        UPDATE deadlines d SET computed_due = w.day, due = w.day, announced_due = w.day,
               calendar_version = ${calendar.version}
          FROM recompute_days s, recompute_working w
         WHERE d.closed_on IS NULL AND s.day = d.starts_on AND w.ord = s.working_before + d.working_days`);
      await tx.execute(sql`
        UPDATE registrations r SET answer_by = d.due FROM deadlines d
         WHERE d.closed_on IS NULL AND d.kind = 'review' AND r.complaint_id = d.complaint_id
           AND r.organization_id = d.organization_id`);
      await tx.execute(sql`
        UPDATE complaints c SET next_due = d.due
          FROM (SELECT complaint_id, min(due) AS due FROM deadlines WHERE closed_on IS NULL GROUP BY complaint_id) d
         WHERE c.id = d.complaint_id AND c.next_due IS DISTINCT FROM d.due`);
    });
    for (const table of ["deadlines", "complaints", "registrations"])
      await database.exec(`VACUUM ANALYZE ${table}`);
  }
  const setupWall = seconds(setupStart);

  // The job form on clocks already right: every open clock looked at, none changes.
  const silentStart = process.hrtime.bigint();
  const silent = await runRecomputeDeadlines(database.db, new Date("2026-06-01T05:00:00Z"));
  const silentWall = seconds(silentStart);
  const probe = new pg.Client({ connectionString: url });
  await probe.connect();
  const ids = (
    await probe.query<{ id: string }>(
      "SELECT id FROM deadlines WHERE closed_on IS NULL ORDER BY random() LIMIT 5000",
    )
  ).rows.map((r) => r.id);
  const [{ id: adminId }] = (await probe.query<{ id: string }>("SELECT id FROM users WHERE login = 'admin'"))
    .rows as [{ id: string }];

  // The staff step: one clock locked and released, over and over, until the recompute is done.
  const waits: number[] = [];
  let running = true;
  const probing = (async () => {
    for (let i = 0; running; i++) {
      const t0 = process.hrtime.bigint();
      await probe.query("BEGIN");
      await probe.query("SELECT 1 FROM deadlines WHERE id = $1 FOR UPDATE", [ids[i % ids.length]]);
      await probe.query("COMMIT");
      waits.push(Number(process.hrtime.bigint() - t0) / 1e6);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();

  const load = loadavg()[0]!;
  const start = process.hrtime.bigint();
  const result = await setCalendarDay(
    database.db,
    {
      date: "2026-06-10",
      working: false,
      kind: "holiday",
      name: { kk: "Сынақ", ru: "Тест", en: "Test" },
      source: "bench",
      reason: "bench",
    },
    { actorId: adminId, now: new Date("2026-06-01T05:00:00Z"), recomputeMs: Number.POSITIVE_INFINITY },
  );
  const wall = seconds(start);
  running = false;
  await probing;
  const moved = Number(
    (await probe.query("SELECT count(*) AS n FROM complaint_events WHERE kind = 'deadline_moved'")).rows[0].n,
  );
  await probe.end();

  const run = result.recomputed;
  waits.sort((a, b) => a - b);
  const q = (p: number) => waits[Math.min(waits.length - 1, Math.ceil(p * waits.length) - 1)]!.toFixed(1);
  console.log(
    "| recompute | open clocks | changed | answers announced later | seconds | last batch size | staff step wait p50 / p99 / max ms (steps) |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  console.log(
    `| every open clock looked at, none changes (job form) | ${silent.done} | ${silent.changed} | 0 | ${silentWall} | ${silent.batch} | — |`,
  );
  console.log(
    `| a day off added, answers announced | ${run.done} | ${run.changed} | ${moved} | ${wall} | ${run.batch} | ${q(0.5)} / ${q(0.99)} / ${q(1)} (${waits.length}) |`,
  );
  console.log(
    `\n${cpus()[0]?.model ?? "cpu"}, ${availableParallelism()} cores, Node ${process.version}, PostgreSQL ${
      (await admin.query("show server_version")).rows[0].server_version
    }; load average ${load.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end; ${total} complaints; setup ${setupWall} s.`,
  );
});
