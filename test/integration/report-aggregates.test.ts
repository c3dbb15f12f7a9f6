import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq, isNull, sql } from "drizzle-orm";
import { complaints, deadlines, reportDirty } from "../../src/db/schema.ts";
import type { CaseRow } from "../../src/domain/measures.ts";
import { measure, measureBy, monthOf, overdueSince } from "../../src/domain/measures.ts";
import { refreshReportAggregates } from "../../src/operations/refresh-report-aggregates.ts";
import { currentCalendar } from "../../src/queries/calendar.ts";
import { openDataMonthly } from "../../src/queries/open-data.ts";
import { aggregateMeasures, type Dim, overdueCases } from "../../src/queries/report-aggregates.ts";
import { type CaseFilter, loadCases, performanceReport } from "../../src/queries/report-cases.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { reportDataSql } from "../support/report-data.ts";

// 2 000 generated complaints over every body, Jan–Apr 2026 (New Year, Christmas, 8 March and
// Nauryz among the days), with every history the measures tell apart; "today" mid-April, so that
// some open ones are overdue and some not.
const TODAY = "2026-04-15";
let t: TestApp;
before(async () => {
  t = await testApp();
  await t.database.exec(reportDataSql({ total: 2000, from: "2026-01-01", days: 110, prefix: "a" }));
});
after(() => t.close());

const calendar = () => currentCalendar(t.db);
const ALL: CaseFilter = { from: "2026-01-01", to: "2026-04-30", scope: { bodyIds: null } };

/** The direct recount: every case loaded and measured one by one (the domain's measureBy). */
async function recount(f: CaseFilter, key: (r: CaseRow & { region: string | null }) => string) {
  return measureBy(await loadCases(t.db, f), key, await calendar(), TODAY);
}

const KEYS: Record<Dim, (r: CaseRow & { region: string | null }) => string> = {
  body: (r) => r.bodyId,
  service: (r) => r.serviceId ?? "",
  month: monthOf,
  region: (r) => r.region?.slice(0, 2) ?? "",
};

async function assertEqualToRecount(f: CaseFilter) {
  const sets: Dim[][] = [[], ["body"], ["service"], ["month"], ["region"], ["month", "body", "service"]];
  const summed = await aggregateMeasures(t.db, f, sets, TODAY);
  for (const [i, set] of sets.entries()) {
    const direct = await recount(f, (r) => set.map((d) => KEYS[d](r)).join("|"));
    assert.deepEqual(summed[i], direct, `grouped by [${set.join(", ")}]`);
  }
  return summed;
}

describe("report sums", () => {
  it("equal a direct recount: total and by body, service, month, region, and month × body × service", async () => {
    const done = await refreshReportAggregates(t.db, await calendar());
    assert.equal(done?.full, true, "the first run builds everything");
    const [total] = await assertEqualToRecount(ALL);
    // The data has what each measure counts (not a comparison of zeros).
    const m = total![0]!.measures;
    assert.ok(m.received > 1900 && m.registeredLate.n > 0 && m.forwardedOnTime.of > 0);
    assert.ok(m.overdueNow > 0 && m.escalatedShare.n > 0 && m.escalationsUpheld.of > 0);
    assert.ok(m.outcomes.withdrawn > 0 && Object.keys(m.refusalsByGround).length === 2);
    assert.ok(m.medianDays !== null && m.p90Days !== null && m.p90Days > m.medianDays);
  });

  it("equal a direct recount under every filter: period, scope, region, body, service, ground", async () => {
    const cal = await calendar();
    await refreshReportAggregates(t.db, cal);
    const bodies = (await loadCases(t.db, ALL)).map((r) => r.bodyId);
    const some = [...new Set(bodies)].sort().slice(0, 3);
    for (const f of [
      { ...ALL, from: "2026-03-01", to: "2026-03-31" },
      { ...ALL, scope: { bodyIds: some } },
      { ...ALL, scope: { bodyIds: [] } },
      { ...ALL, region: "11" },
      { ...ALL, bodyId: some[0] },
      { ...ALL, serviceId: "EDU-01" },
      { ...ALL, ground: "refusal" as const },
    ])
      await assertEqualToRecount(f);
  });

  it("the report and the open data read the sums: the same as measuring the loaded cases", async () => {
    const cal = await calendar();
    await refreshReportAggregates(t.db, cal);
    const cases = await loadCases(t.db, ALL);
    const report = await performanceReport(t.db, ALL, TODAY);
    assert.deepEqual(report.total, measure(cases, cal, TODAY));
    assert.deepEqual(
      report.body,
      measureBy(cases, (r) => r.bodyId, cal, TODAY),
    );
    assert.deepEqual(report.month, measureBy(cases, monthOf, cal, TODAY));
    const overdue = cases
      .map((r) => ({ complaintId: r.complaintId, since: overdueSince(r, TODAY) }))
      .filter((r) => r.since !== null)
      .sort((a, b) => (a.since! < b.since! ? 1 : a.since! > b.since! ? -1 : 0))
      .slice(0, 20);
    assert.deepEqual(
      report.overdue.map((r) => r.overdueSince),
      overdue.map((r) => r.since),
    );
    const open = await openDataMonthly(t.db, cal, ALL, TODAY);
    assert.ok(open.rows.length > 50);
  });

  it("the recently overdue list is the direct recount's, under every filter, read in one chunk or in many", async () => {
    await refreshReportAggregates(t.db, await calendar());
    const bodies = [...new Set((await loadCases(t.db, ALL)).map((r) => r.bodyId))].sort();
    const filters: CaseFilter[] = [
      ALL,
      { ...ALL, from: "2026-02-01", to: "2026-02-28" },
      { ...ALL, region: "11" },
      { ...ALL, bodyId: bodies[1] },
      { ...ALL, scope: { bodyIds: bodies.slice(0, 2) } },
      { ...ALL, ground: "rude_service" as const },
    ];
    for (const f of filters) {
      const direct = (await loadCases(t.db, f))
        .map((r) => ({ complaintId: r.complaintId, bodyId: r.bodyId, overdueSince: overdueSince(r, TODAY) }))
        .filter((r) => r.overdueSince !== null)
        .sort((a, b) =>
          a.overdueSince !== b.overdueSince
            ? a.overdueSince! < b.overdueSince!
              ? 1
              : -1
            : a.complaintId !== b.complaintId
              ? a.complaintId < b.complaintId
                ? 1
                : -1
              : a.bodyId < b.bodyId
                ? 1
                : -1,
        )
        .slice(0, 20);
      assert.ok(direct.length > 0, JSON.stringify(f));
      for (const chunk of [500, 3]) {
        const listed = await overdueCases(t.db, f, TODAY, 20, chunk);
        assert.deepEqual(
          listed.map(({ complaintId, bodyId, overdueSince }) => ({ complaintId, bodyId, overdueSince })),
          direct,
          `chunk ${chunk}: ${JSON.stringify(f)}`,
        );
      }
    }
  });

  it("stay equal after changes: only the changed complaints' days are counted again", async () => {
    const cal = await calendar();
    await refreshReportAggregates(t.db, cal);
    // A second batch, an open clock closed late, a decision changed, a complaint withdrawn.
    await t.database.exec(reportDataSql({ total: 200, from: "2026-02-20", days: 30, prefix: "b" }));
    await t.db.execute(sql`UPDATE deadlines SET closed_on = due + 3, completed = true
      WHERE closed_on IS NULL AND kind = 'review' AND id IN (SELECT id FROM deadlines WHERE closed_on IS NULL AND kind = 'review' ORDER BY id LIMIT 5)`);
    await t.db.execute(sql`UPDATE complaints SET outcome = 'satisfied' WHERE id IN
      (SELECT id FROM complaints WHERE outcome = 'not_satisfied' ORDER BY id LIMIT 5)`);
    await t.db.execute(sql`UPDATE complaints SET status = 'withdrawn' WHERE id IN
      (SELECT id FROM complaints WHERE status = 'in_execution' ORDER BY id LIMIT 5)`);
    const done = await refreshReportAggregates(t.db, cal);
    assert.equal(done?.full, false);
    assert.ok(done!.complaints >= 200 && done!.complaints < 400, `${done?.complaints} complaints recounted`);
    await assertEqualToRecount(ALL);
    // Nothing changed since: the next run does nothing.
    assert.deepEqual(await refreshReportAggregates(t.db, cal), { full: false, days: 0, complaints: 0 });
    // And a full rebuild gives the same sums.
    const before = await aggregateMeasures(t.db, ALL, [["month", "body", "service"]], TODAY);
    await refreshReportAggregates(t.db, cal, { full: true });
    assert.deepEqual(await aggregateMeasures(t.db, ALL, [["month", "body", "service"]], TODAY), before);
  });

  it("a clock changed under an unchanged nearest due date marks its complaint (and the one it escalates) for the refresh", async () => {
    await refreshReportAggregates(t.db, await calendar());
    assert.equal((await t.db.select().from(reportDirty)).length, 0);
    // An open clock whose computed date moves while its due date (and so the complaint's
    // nearest due date) stays: the complaint row is not rewritten, yet the sums must hear of it.
    const [clock] = await t.db
      .select({ id: deadlines.id, complaintId: deadlines.complaintId, nextDue: complaints.nextDue })
      .from(deadlines)
      .innerJoin(complaints, eq(complaints.id, deadlines.complaintId))
      .where(isNull(deadlines.closedOn))
      .orderBy(deadlines.id)
      .limit(1);
    await t.db
      .update(deadlines)
      .set({ computedDue: sql`${deadlines.computedDue} - 1` })
      .where(eq(deadlines.id, clock!.id));
    const [after] = await t.db
      .select({ nextDue: complaints.nextDue })
      .from(complaints)
      .where(eq(complaints.id, clock!.complaintId));
    assert.equal(after!.nextDue, clock!.nextDue);
    assert.deepEqual(
      (await t.db.select().from(reportDirty)).map((r) => r.complaintId),
      [clock!.complaintId],
    );
  });

  // PGlite has one connection: a second holder of the lock is a second process on PostgreSQL.
  const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
  it("a refresh that waits for nobody returns at once when another holds the lock", {
    skip: !onPostgres,
  }, async () => {
    const other = await t.another();
    try {
      const cal = await calendar();
      await other.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(4242032)`);
        assert.equal(await refreshReportAggregates(t.db, cal, { wait: false }), null);
      });
    } finally {
      await other.close();
    }
  });
});
