import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import {
  addTally,
  emptyTally,
  measuresOfTally,
  TALLY_COUNTS,
  type Tally,
  type TallyExtras,
} from "../domain/measure-tally.ts";
import { ANSWERS, type Measures } from "../domain/measures.ts";
import type { CaseFilter } from "./report-cases.ts";

/**
 * The measures read from the daily sums (`report_daily`, kept by refreshReportAggregates), for
 * any set of cases a filter selects, grouped by any of body, service, month and region; what
 * depends on the day asked is summed from the open cases by their earliest last day. Equal to
 * measuring the cases one by one (test/integration/report-aggregates.test.ts).
 */
export type Dim = "body" | "service" | "month" | "region";

const DIM_SQL: Record<Dim, string> = {
  body: "d.body_id",
  service: "d.service_id",
  month: "to_char(d.day, 'YYYY-MM')",
  region: "coalesce(left(o.region_code, 2), '')",
};

const rowsOf = async <T>(q: Promise<unknown>) => ((await q) as { rows: T[] }).rows;

type Cols = { day: string; body: string; service: string; grounds: string };
const DAILY: Cols = { day: "d.day", body: "d.body_id", service: "d.service_id", grounds: "d.grounds" };

/** The conditions of a filter over a set of cases (`o`: the body's organization row). */
function where(f: CaseFilter, c: Cols = DAILY): SQL {
  const col = (name: string) => sql.raw(name);
  const parts: SQL[] = [sql`${col(c.day)} BETWEEN ${f.from}::date AND ${f.to}::date`];
  if (f.scope.bodyIds) parts.push(sql`${col(c.body)} IN ${f.scope.bodyIds.length ? f.scope.bodyIds : [""]}`);
  if (f.bodyId) parts.push(sql`${col(c.body)} = ${f.bodyId}`);
  if (f.region) parts.push(sql`o.region_code LIKE ${`${f.region}%`}`);
  if (f.serviceId) parts.push(sql`${col(c.service)} = ${f.serviceId}`);
  if (f.ground) parts.push(sql`${col(c.grounds)} @> ${JSON.stringify([f.ground])}::jsonb`);
  return sql.join(parts, sql` AND `);
}

/** GROUPING SETS of the dims; `grouping(...)` tells the set of each row back. */
function groupingSets(sets: readonly (readonly Dim[])[], extra = "") {
  const all = [...new Set(sets.flat())];
  const cols = all.map((dim) => DIM_SQL[dim]);
  const list = sets
    .map((set) => `(${[...set.map((dim) => DIM_SQL[dim]), ...(extra ? [extra] : [])].join(", ")})`)
    .join(", ");
  // grouping() has a bit per column, the first the most significant: 1 = not grouped by it.
  const maskOf = (set: readonly Dim[]) =>
    all.reduce((m, dim, i) => m | (set.includes(dim) ? 0 : 1 << (all.length - 1 - i)), 0);
  const select = all.length
    ? `grouping(${cols.join(", ")}) AS g, ${cols.map((c, i) => `${c} AS k${i}`).join(", ")}`
    : "0 AS g";
  return {
    select,
    groupBy: `GROUP BY GROUPING SETS (${list})`,
    /** The set index and the group key of a result row. */
    place(row: Record<string, unknown>): [number, string] | null {
      const set = sets.findIndex((s) => maskOf(s) === Number(row.g));
      if (set < 0) return null;
      return [set, sets[set]!.map((dim) => String(row[`k${all.indexOf(dim)}`] ?? "")).join("|")];
    },
  };
}

/**
 * Runs a report's reads in one transaction with PostgreSQL's JIT compilation off. The planner
 * takes every expanded jsonb map or array (refusals, grounds, open cases by day) for 100 rows
 * where there are one or two, so a grouping over a few thousand rows of sums is costed high enough
 * to be compiled: 1.4 s of compiling for a 0.1 s read (open data over 1 M complaints,
 * docs/performance.md). PGlite has no JIT; the setting is harmless there. One snapshot also
 * keeps the figures of a report consistent with each other.
 */
function withoutJit<T>(db: Executor, read: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL jit = off`);
    return read(tx);
  });
}

/** A case still open past a day, read live (from the open clocks' index). */
export type OpenCase = {
  complaintId: string;
  bodyId: string;
  serviceId: string;
  receivedOn: string;
  number: string | null;
  /** The earliest last day passed of its open clocks. */
  overdueSince: string;
};

/**
 * The most recently overdue cases of a filter: whose last day passed latest first (the earliest
 * last day of a case's open clocks), then by complaint and body, newest id first. The daily sums
 * say how many cases of each day and body became overdue on which day (`open_due`): from them the
 * latest such day and the day `since` that gives `limit` cases, and the bodies that hold them. The
 * live read then walks the open clocks of those bodies between the two days along their index,
 * newest first, a chunk at a time (500, then twice as many each time), and keeps those of the
 * filter's cases until it has `limit`: it stops where the list is full, so a filter whose cases
 * are thin among the open clocks reads a few chunks, and never every overdue case nor every case
 * of a day. Each case is met at its earliest open clock. `chunk`: the first chunk (tests).
 */
export async function overdueCases(
  db: Executor,
  f: CaseFilter,
  today: string,
  limit: number,
  chunk = 500,
): Promise<OpenCase[]> {
  return withoutJit(db, async (tx) => {
    const entries = await rowsOf<{ body: string; due: string; n: string | number }>(
      tx.execute(sql`SELECT d.body_id AS body, x.k AS due, sum(x.v::int) AS n
        FROM report_daily d JOIN organizations o ON o.id = d.body_id
        CROSS JOIN LATERAL jsonb_each_text(d.open_due) AS x(k, v)
        WHERE ${where(f)} AND x.k < ${today} GROUP BY 1, 2`),
    );
    const byDue = new Map<string, number>();
    for (const e of entries) byDue.set(e.due, (byDue.get(e.due) ?? 0) + Number(e.n));
    const dues = [...byDue.keys()].sort().reverse();
    let since: string | null = null;
    let seen = 0;
    for (const due of dues) {
      if (seen >= limit) break;
      since = due;
      seen += byDue.get(due)!;
    }
    if (!since) return [];
    const cut = since;
    const bodies = [...new Set(entries.filter((e) => e.due >= cut).map((e) => e.body))];
    const filter = where(f, {
      day: "r.starts_on",
      body: "r.organization_id",
      service: "c.service_id",
      grounds: "c.grounds",
    });
    const found: OpenCase[] = [];
    let after: { due: string; complaint: string; body: string } | null = null;
    for (let size = chunk; found.length < limit; size *= 2) {
      const from: SQL = after
        ? sql`(due, complaint_id, organization_id) < (${after.due}::date, ${after.complaint}::uuid, ${after.body})`
        : sql`due <= ${dues[0]!}::date`;
      const rows: Record<string, string | null>[] = await rowsOf(
        tx.execute(sql`WITH k AS MATERIALIZED (
            SELECT id, complaint_id, organization_id, due FROM deadlines
             WHERE closed_on IS NULL AND due >= ${cut}::date AND organization_id IN ${bodies} AND ${from}
             ORDER BY due DESC, complaint_id DESC, organization_id DESC LIMIT ${size})
          (SELECT 'last' AS row, due::text AS "overdueSince", complaint_id::text AS "complaintId",
                  organization_id AS "bodyId", (SELECT count(*) FROM k)::text AS number,
                  NULL AS "serviceId", NULL AS "receivedOn"
             FROM k ORDER BY due, complaint_id, organization_id LIMIT 1)
          UNION ALL
          SELECT 'case', k.due::text, k.complaint_id::text, k.organization_id, c.current_number,
                 coalesce(c.service_id, ''), r.starts_on::text
            FROM k
            JOIN deadlines r ON r.complaint_id = k.complaint_id AND r.organization_id = k.organization_id
                            AND r.kind = 'registration'
            JOIN complaints c ON c.id = k.complaint_id
            JOIN organizations o ON o.id = k.organization_id
           WHERE ${filter}
             AND NOT EXISTS (SELECT 1 FROM deadlines e WHERE e.complaint_id = k.complaint_id
                   AND e.organization_id = k.organization_id AND e.closed_on IS NULL
                   AND (e.due < k.due OR (e.due = k.due AND e.id < k.id)))`),
      );
      for (const r of rows) {
        if (r.row === "last") continue;
        found.push({
          complaintId: String(r.complaintId),
          bodyId: String(r.bodyId),
          serviceId: String(r.serviceId),
          receivedOn: String(r.receivedOn),
          number: r.number ?? null,
          overdueSince: String(r.overdueSince),
        });
      }
      const last = rows.find((r: Record<string, string | null>) => r.row === "last");
      if (!last || Number(last.number) < size) break; // every open clock between the two days read
      after = { due: last.overdueSince!, complaint: last.complaintId!, body: last.bodyId! };
    }
    const key = (c: OpenCase) => [c.overdueSince, c.complaintId, c.bodyId];
    return found
      .sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const i = x.findIndex((v, j) => v !== y[j]);
        return i < 0 ? 0 : x[i]! < y[i]! ? 1 : -1;
      })
      .slice(0, limit);
  });
}

/**
 * The measures of the cases a filter selects, grouped by each of `sets` (`[]`: the total; keys
 * of several dims joined with "|"); each set's groups sorted by key, as `measureBy` gives them.
 */
export async function aggregateMeasures(
  db: Executor,
  f: CaseFilter,
  sets: readonly (readonly Dim[])[],
  today: string,
): Promise<{ key: string; measures: Measures }[][]> {
  return (await aggregateTallies(db, f, sets, today)).map((groups) =>
    groups.map(({ key, tally, extras }) => ({ key, measures: measuresOfTally(tally, extras) })),
  );
}

/** The sums themselves (tally and extras) of the cases a filter selects, as `aggregateMeasures` groups them. */
export function aggregateTallies(
  db: Executor,
  f: CaseFilter,
  sets: readonly (readonly Dim[])[],
  today: string,
): Promise<{ key: string; tally: Tally; extras: TallyExtras }[][]> {
  return withoutJit(db, (tx) => sumTallies(tx, f, sets, today));
}

async function sumTallies(
  db: Executor,
  f: CaseFilter,
  sets: readonly (readonly Dim[])[],
  today: string,
): Promise<{ key: string; tally: Tally; extras: TallyExtras }[][]> {
  const g = groupingSets(sets);
  const from = sql`FROM report_daily d JOIN organizations o ON o.id = d.body_id WHERE ${where(f)}`;
  const tallies = sets.map(() => new Map<string, Tally>());
  const extras = sets.map(() => new Map<string, TallyExtras>());
  const tallyOf = (set: number, key: string) => {
    const t = tallies[set]!.get(key) ?? emptyTally();
    tallies[set]!.set(key, t);
    return t;
  };
  const extraOf = (set: number, key: string) => {
    const x = extras[set]!.get(key) ?? { received: 0, grounds: {}, overdueNow: 0, regOpenLate: 0 };
    extras[set]!.set(key, x);
    return x;
  };
  const sums = await rowsOf<Record<string, unknown>>(
    db.execute(sql`SELECT ${sql.raw(g.select)},
        sum(cases) AS cases, sum(reg_late) AS "regLate", sum(fwd_done) AS "fwdDone", sum(fwd_met) AS "fwdMet",
        sum(rev_done) AS "revDone", sum(rev_met) AS "revMet", sum(ot_done) AS "otDone", sum(ot_met) AS "otMet",
        sum(answered) AS answered, sum(escalated) AS escalated, sum(esc_decided) AS "escDecided",
        sum(esc_upheld) AS "escUpheld", ${sql.raw(ANSWERS.map((a) => `sum(${a}) AS ${a}`).join(", "))}
      ${from} ${sql.raw(g.groupBy)}`),
  );
  for (const row of sums) {
    const at = g.place(row);
    // The total of nothing is still a row (of nulls): no group.
    if (!at || row.cases === null) continue;
    const t = tallyOf(...at);
    const add = emptyTally();
    for (const k of TALLY_COUNTS) add[k] = Number(row[k] ?? 0);
    for (const a of ANSWERS) add.outcomes[a] = Number(row[a] ?? 0);
    addTally(t, add);
    extraOf(...at).received += add.cases;
  }
  // The histograms of working days, element by element.
  const gd = groupingSets(sets, "h.i");
  const days = await rowsOf<Record<string, unknown>>(
    db.execute(sql`SELECT ${sql.raw(gd.select)}, h.i - 1 AS day, sum(h.n) AS n
      FROM report_daily d JOIN organizations o ON o.id = d.body_id
      CROSS JOIN LATERAL unnest(d.days) WITH ORDINALITY AS h(n, i)
      WHERE ${where(f)} AND h.n > 0 ${sql.raw(gd.groupBy)}`),
  );
  for (const row of days) {
    const at = gd.place(row);
    if (!at) continue;
    const t = tallyOf(...at);
    const i = Number(row.day);
    for (let j = t.days.length; j <= i; j++) t.days[j] = 0;
    t.days[i]! += Number(row.n);
  }
  // Refusals by ground, and the grounds of the cases.
  const gr = groupingSets(sets, "x.k");
  for (const col of ["refusals", "grounds"] as const) {
    const expand =
      col === "refusals"
        ? "CROSS JOIN LATERAL jsonb_each_text(d.refusals) AS x(k, v)"
        : "CROSS JOIN LATERAL jsonb_array_elements_text(d.grounds) AS x(k)";
    const rows = await rowsOf<Record<string, unknown>>(
      db.execute(sql`SELECT ${sql.raw(gr.select)}, x.k AS item,
          sum(${sql.raw(col === "refusals" ? "x.v::int" : "d.cases")}) AS n
        FROM report_daily d JOIN organizations o ON o.id = d.body_id ${sql.raw(expand)}
        WHERE ${where(f)} ${sql.raw(gr.groupBy)}`),
    );
    for (const row of rows) {
      const at = gr.place(row);
      if (!at) continue;
      const item = String(row.item);
      if (col === "refusals") {
        const t = tallyOf(...at);
        t.refusals[item] = (t.refusals[item] ?? 0) + Number(row.n);
      } else {
        const x = extraOf(...at);
        x.grounds[item] = (x.grounds[item] ?? 0) + Number(row.n);
      }
    }
  }
  // What depends on the day asked — overdue now, registrations still open past their day — from
  // the open cases by their earliest last day: those before today.
  for (const col of ["open_due", "reg_open_due"] as const) {
    const rows = await rowsOf<Record<string, unknown>>(
      db.execute(sql`SELECT ${sql.raw(g.select)}, sum(x.v::int) AS n
        FROM report_daily d JOIN organizations o ON o.id = d.body_id
        CROSS JOIN LATERAL jsonb_each_text(d.${sql.raw(col)}) AS x(k, v)
        WHERE ${where(f)} AND x.k < ${today} ${sql.raw(g.groupBy)}`),
    );
    for (const row of rows) {
      const at = g.place(row);
      if (!at || row.n === null) continue;
      if (col === "open_due") extraOf(...at).overdueNow += Number(row.n);
      else extraOf(...at).regOpenLate += Number(row.n);
    }
  }
  // A complaint received at two bodies of a group counts once there: its pairs come off.
  const pairs = await rowsOf<Record<string, string | number>>(
    db.execute(sql`SELECT p.day::text AS day, p.body_id AS "bodyId", p.prev_day::text AS "prevDay",
        p.prev_body_id AS "prevBodyId", p.service_id AS "serviceId", p.grounds, p.n,
        coalesce(left(o.region_code, 2), '') AS region, coalesce(left(q.region_code, 2), '') AS "prevRegion"
      FROM report_pairs p
      JOIN organizations o ON o.id = p.body_id
      JOIN organizations q ON q.id = p.prev_body_id
      WHERE ${where(f, { ...DAILY, day: "p.day", body: "p.body_id", service: "p.service_id", grounds: "p.grounds" })}
        AND ${where({ ...f, region: undefined }, { day: "p.prev_day", body: "p.prev_body_id", service: "p.service_id", grounds: "p.grounds" })}
        AND ${f.region ? sql`q.region_code LIKE ${`${f.region}%`}` : sql`TRUE`}`),
  );
  for (const p of pairs) {
    const later: Record<Dim, string> = {
      body: String(p.bodyId),
      service: String(p.serviceId),
      month: String(p.day).slice(0, 7),
      region: String(p.region),
    };
    const earlier: Record<Dim, string> = {
      body: String(p.prevBodyId),
      service: String(p.serviceId),
      month: String(p.prevDay).slice(0, 7),
      region: String(p.prevRegion),
    };
    sets.forEach((set, i) => {
      if (!set.every((dim) => later[dim] === earlier[dim])) return;
      const x = extraOf(i, set.map((dim) => later[dim]).join("|"));
      const n = Number(p.n);
      x.received -= n;
      const grounds = (typeof p.grounds === "string" ? JSON.parse(p.grounds) : p.grounds) as string[];
      for (const gnd of grounds) x.grounds[gnd] = (x.grounds[gnd] ?? 0) - n;
    });
  }
  return sets.map((_, i) =>
    [...tallies[i]!.keys()].sort().map((key) => ({
      key,
      tally: tallies[i]!.get(key)!,
      extras: extraOf(i, key),
    })),
  );
}
