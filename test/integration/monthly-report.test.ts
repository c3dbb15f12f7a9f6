import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import { outbox } from "../../src/db/schema.ts";
import { renderNotice } from "../../src/documents/render-notice.ts";
import type { Lang } from "../../src/i18n/index.ts";
import { runMonthlyReports } from "../../src/jobs/monthly-reports.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { apiAs, officeComplaint } from "../support/complaints.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
  // Two complaints at the Akmola education department received Fri 20 Nov 2026: one decided on
  // Tue 24 Nov (on time), one still open — overdue from Mon 30 Nov.
  const registrar = await apiAs(t, "registrar.akmola-edu");
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await registrar.post("/api/v1/office/complaints", officeComplaint({ appealed: "employee" }));
    ids.push(((await res.json()) as { id: string }).id);
  }
  t.setNow("2026-11-24T05:00:00Z");
  const head = await apiAs(t, "head.akmola-edu");
  const res = await head.post(`/api/v1/complaints/${ids[0]}/decision`, {
    outcome: "satisfied",
    text: "Answer.",
  });
  assert.equal(res.status, 200);
});
after(() => t.close());

const reports = () => t.db.select().from(outbox).where(sql`${outbox.template} = 'report.monthly'`);

describe("monthly report e-mail", () => {
  it("is queued for each head on the first working day of the month, once, from the office hour", async () => {
    // Tue 1 Dec 2026 is the first working day of December; 08:00 in Almaty is before the office hour.
    assert.equal(await runMonthlyReports(t.db, { now: new Date("2026-12-01T03:00:00Z"), officeHour: 9 }), 0);
    const n = await runMonthlyReports(t.db, { now: new Date("2026-12-01T05:00:00Z"), officeHour: 9 });
    assert.ok(n > 0);
    // A second run that day (or another process) adds nothing; the next day is not the first.
    await runMonthlyReports(t.db, { now: new Date("2026-12-01T09:00:00Z"), officeHour: 9 });
    assert.equal(await runMonthlyReports(t.db, { now: new Date("2026-12-02T05:00:00Z"), officeHour: 9 }), 0);
    const rows = await reports();
    assert.equal(rows.length, n);
    const mine = rows.find((r) => r.recipient === "head.akmola-edu@example.kz");
    assert.ok(mine);
    assert.equal(mine.channel, "email");
    assert.equal(mine.dedupeKey.startsWith("monthly-report:2026-12:"), true);
    assert.deepEqual(
      { ...mine.params, body: undefined },
      {
        month: "2026-11",
        body: undefined,
        received: 2,
        onTime: "100 %",
        overdue: 1,
        median: 2,
        path: `/${mine.language}/reports?from=2026-11&to=2026-11`,
      },
    );
    const text = renderNotice(
      { template: mine.template, language: mine.language as Lang, params: mine.params },
      "https://shagym.example.kz",
    );
    assert.match(text.text, /https:\/\/shagym\.example\.kz\/\w\w\/reports\?from=2026-11&to=2026-11/);
    assert.doesNotMatch(`${text.subject} ${text.text}`, /report\.monthly/);
  });

  it("waits for the first working day when the month starts on a day off", async () => {
    // Fri 1 May 2026 is Unity Day, then a weekend: the May report goes out on Mon 4 May.
    assert.equal(await runMonthlyReports(t.db, { now: new Date("2026-05-01T05:00:00Z"), officeHour: 9 }), 0);
    assert.ok((await runMonthlyReports(t.db, { now: new Date("2026-05-04T05:00:00Z"), officeHour: 9 })) > 0);
  });
});
