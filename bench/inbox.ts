/**
 * The staff inbox query on PostgreSQL with 1,000,000 complaints, 100,000 of them held by one
 * organization: p50/p99 of each inbox variant, on a temporary database (bench/database.ts).
 * Run: npm run bench:inbox [-- <complaints, default 1000000> <runs per query, default 60>]
 */
import { availableParallelism, cpus } from "node:os";
import { type InboxFilter, staffInbox } from "../src/queries/staff-inbox.ts";
import { withBenchDatabase } from "./database.ts";
import { SEARCH_SURNAME, searchNumber } from "./dataset.ts";

const total = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 60);

await withBenchDatabase("inbox", total, {}, async (database, { admin }) => {
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
});
