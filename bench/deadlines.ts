/**
 * Throughput of working-day arithmetic: the O(1) `addWorkingDaysN` (prefix counts + working-day
 * index) against a naive day-by-day loop, on the same random inputs (day 0 in 2021–2026, n in
 * 0..20). Run: npx tsx bench/deadlines.ts [millions of iterations, default 50]
 */
import { availableParallelism, cpus } from "node:os";
import { dayNumber, formatDate } from "../src/domain/calendar/index.ts";
import { APPC_2021, computeDeadline } from "../src/domain/deadlines/index.ts";
import { calendar } from "../test/unit/calendar-fixture.ts";

const iterations = Math.round(Number(process.argv[2] ?? 50) * 1_000_000);
const SIZE = 1 << 16;
const first = dayNumber(2021, 1, 1);
const span = dayNumber(2026, 12, 31) - first + 1;

/** Seeded xorshift32, so every run uses the same inputs. */
let seed = 0x9e3779b9;
function random(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
}
const days = Int32Array.from({ length: SIZE }, () => first + Math.floor(random() * span));
const counts = Int32Array.from({ length: SIZE }, () => Math.floor(random() * 21));

function naiveAdd(day0: number, n: number): number {
  let day = day0;
  for (let left = n; left > 0; ) if (calendar.isWorkingN(++day)) left--;
  return day;
}

function run(name: string, add: (day0: number, n: number, i: number) => number, total: number) {
  let checksum = 0;
  for (let i = 0; i < Math.min(total, 200_000); i++)
    checksum = (checksum + add(days[i & (SIZE - 1)]!, counts[i & (SIZE - 1)]!, i)) | 0; // warm-up
  const start = performance.now();
  for (let i = 0; i < total; i++)
    checksum = (checksum + add(days[i & (SIZE - 1)]!, counts[i & (SIZE - 1)]!, i)) | 0;
  const seconds = (performance.now() - start) / 1000;
  const opsPerSecond = total / seconds;
  console.log(
    `${name.padEnd(34)} ${String(total).padStart(10)} ops  ${seconds.toFixed(3).padStart(7)} s  ${(opsPerSecond / 1e6).toFixed(2).padStart(8)} M ops/s  (checksum ${checksum})`,
  );
  return opsPerSecond;
}

for (let i = 0; i < SIZE; i++) {
  if (calendar.addWorkingDaysN(days[i]!, counts[i]!) !== naiveAdd(days[i]!, counts[i]!)) {
    throw new Error(`Mismatch at ${formatDate(days[i]!)} + ${counts[i]}`);
  }
}

console.log(`Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores`);
console.log(
  `calendar ${calendar.version}, ${SIZE} random inputs (day 0 in 2021–2026, n in 0..20), all checked equal\n`,
);
const fast = run("addWorkingDaysN (O(1))", (d, n) => calendar.addWorkingDaysN(d, n), iterations);
const naive = run("day-by-day loop", naiveAdd, Math.max(1, Math.round(iterations / 10)));
const isoDays = Array.from({ length: 1024 }, (_, i) => formatDate(days[i]!));
run(
  "addWorkingDays (ISO strings)",
  (_, n, i) => calendar.addWorkingDays(isoDays[i & 1023]!, n).charCodeAt(9),
  iterations / 10,
);
run(
  "computeDeadline (review, 5 days)",
  (_, _n, i) =>
    computeDeadline({
      calendar,
      regime: APPC_2021,
      kind: "review",
      body: "provider",
      startsOn: isoDays[i & 1023]!,
    }).skipped.length,
  iterations / 100,
);
console.log(`\nspeed-up of O(1) over the loop: ${(fast / naive).toFixed(1)}×`);
