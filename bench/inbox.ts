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
    await database.exec(`
    -- Row triggers off while loading; the denormalized columns are filled in one pass below.
    SET session_replication_role = replica;
    CREATE TEMP TABLE bench_orgs AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM organizations WHERE id <> 'akmola-edu';
    INSERT INTO complaints (id, channel, regime, status, outcome, holder_id, addressee_kind, addressee_id, respondent_id,
      respondent_officials, service_id, grounds, reasons, demands, applicant, language, received_at, version)
    SELECT md5('c' || g)::uuid, 'portal', 'appc-2021',
      CASE WHEN g % 100 < 4 THEN 'submitted' WHEN g % 100 < 5 THEN 'forwarded' WHEN g % 100 < 15 THEN 'registered'
           WHEN g % 100 < 25 THEN 'in_execution' WHEN g % 100 < 95 THEN 'decided' ELSE 'left_without_consideration' END,
      CASE WHEN g % 100 BETWEEN 25 AND 94 THEN 'not_satisfied' END,
      CASE WHEN g % 10 = 0 THEN 'akmola-edu' ELSE (SELECT id FROM bench_orgs WHERE n = g % (SELECT count(*) FROM bench_orgs)) END,
      'provider_head', 'akmola-edu', 'akmola-edu', '[]'::jsonb, 'EDU-01',
      CASE WHEN g % 3 = 0 THEN '["refusal"]'::jsonb ELSE '["deadline_violation"]'::jsonb END,
      'Кезекке қою мерзімі бұзылды, өтініш № ' || g, 'Кезекке қоюды сұраймын',
      jsonb_build_object('surname', 'Тегі' || (g % 5000), 'name', 'Есім', 'patronymic', NULL, 'iin', '900101300126',
        'postalAddress', 'Көкшетау', 'phones', '[]'::jsonb, 'email', NULL),
      'kk', timestamptz '2026-01-05 10:00+05' + (g % 293) * interval '1 day' + (g % 1000) * interval '1 second', 1
    FROM generate_series(1, ${total}) g;
    INSERT INTO registrations (id, complaint_id, organization_id, year, seq, number, registered_on, registered_at,
      accepted_by, answer_by, answer_place, check_code)
    SELECT md5('r' || c.id)::uuid, c.id, c.holder_id, 2026, row_number() OVER (PARTITION BY c.holder_id ORDER BY c.id),
      upper(c.holder_id) || '-2026-' || lpad((row_number() OVER (PARTITION BY c.holder_id ORDER BY c.id))::text, 5, '0'),
      c.received_at::date, c.received_at, '{"surname":"Б","initials":"А.","position":"Кеңсе"}'::jsonb,
      c.received_at::date + 7, 'Көкшетау', 'ABCDEFGH'
    FROM complaints c WHERE c.status NOT IN ('submitted', 'forwarded');
    INSERT INTO deadlines (id, complaint_id, organization_id, kind, body, starts_on, working_days, due, computed_due,
      announced_due, basis_code, calendar_version, closed_on)
    SELECT md5('d' || c.id || k.kind)::uuid, c.id, c.holder_id, k.kind, 'provider', c.received_at::date, k.days,
      c.received_at::date + k.days + 2, c.received_at::date + k.days + 2, NULL, k.basis, 'bench',
      CASE WHEN c.status IN ('registered', 'in_execution') THEN NULL ELSE c.received_at::date + 3 END
    FROM complaints c CROSS JOIN (VALUES ('forward', 3, 'appc-91-4'), ('review', 5, 'ps-25-2')) AS k(kind, days, basis)
    WHERE c.status NOT IN ('submitted', 'forwarded');
    SET session_replication_role = DEFAULT;
    UPDATE complaints c SET
      next_due = d.due, current_number = r.number
    FROM (SELECT complaint_id, min(due) AS due FROM deadlines WHERE closed_on IS NULL GROUP BY complaint_id) d
    FULL JOIN registrations r ON r.complaint_id = d.complaint_id
    WHERE c.id = COALESCE(d.complaint_id, r.complaint_id);
  `);
    // What autovacuum does for a live database after a bulk load (sets the visibility map, so
    // counts can be answered from indexes).
    await database.exec("VACUUM ANALYZE complaints");
    await database.exec("VACUUM ANALYZE deadlines");
    await database.exec("VACUUM ANALYZE registrations");
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
    ["text search (applicant)", { ...base, q: "Тегі4320" }],
    ["text search (number)", { ...base, q: "AKMOLA-EDU-2026-00123" }],
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
