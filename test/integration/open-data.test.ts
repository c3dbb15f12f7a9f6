import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type TestApp, testApp } from "../support/app.ts";
import { apiAs, gov4cComplaint, officeComplaint } from "../support/complaints.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
  // Six paper complaints at the Akmola education department (received Fri 20 Nov 2026, review
  // due Fri 27 Nov): five decided on Tue 24 Nov (2 working days), one still open; and two at the
  // State Corporation's Akmola branch — a cell too small to publish.
  const registrar = await apiAs(t, "registrar.akmola-edu");
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await registrar.post("/api/v1/office/complaints", officeComplaint({ appealed: "employee" }));
    assert.equal(res.status, 201);
    ids.push(((await res.json()) as { id: string }).id);
  }
  const gov4c = await apiAs(t, "registrar.gov4c-akmola");
  for (let i = 0; i < 2; i++) {
    const res = await gov4c.post("/api/v1/office/complaints", gov4cComplaint());
    assert.equal(res.status, 201);
  }
  t.setNow("2026-11-24T05:00:00Z");
  const head = await apiAs(t, "head.akmola-edu");
  for (const id of ids.slice(0, 5)) {
    const res = await head.post(`/api/v1/complaints/${id}/decision`, {
      outcome: "satisfied",
      text: "Answer.",
    });
    assert.equal(res.status, 200);
  }
  t.setNow("2026-12-01T05:00:00Z");
});
after(() => t.close());

type Row = Record<string, string | number | null>;
type OpenData = {
  calendarVersion: string;
  licence: { id: string; url: string };
  dictionary: Record<string, { field: string; description: string }[]>;
  rows: Row[];
};

describe("open data", () => {
  it("JSON without signing in: monthly rows per body and service, small cells suppressed as null", async () => {
    const res = await t.app.request("/api/v1/open-data/monthly?from=2026-11&to=2026-11");
    assert.equal(res.status, 200);
    const data = (await res.json()) as OpenData;
    assert.match(data.calendarVersion, /^kz-[0-9a-f]{8}$/);
    assert.equal(data.licence.id, "CC-BY-4.0");
    assert.deepEqual(
      data.dictionary.en!.map((d) => d.field),
      Object.keys(data.rows[0]!),
    );
    assert.deepEqual(data.rows, [
      {
        month: "2026-11",
        bodyId: "akmola-edu",
        regionCode: "11",
        serviceId: "EDU-01",
        received: 6,
        answered: 5,
        satisfied: 5,
        partially_satisfied: 0,
        not_satisfied: 0,
        favourable_act: 0,
        left_without_consideration: 0,
        withdrawn: 0,
        onTimeShare: 1,
        medianDays: 2,
      },
      {
        month: "2026-11",
        bodyId: "gov4c-akmola",
        regionCode: "11",
        serviceId: null,
        received: null,
        answered: 0,
        satisfied: 0,
        partially_satisfied: 0,
        not_satisfied: 0,
        favourable_act: 0,
        left_without_consideration: 0,
        withdrawn: 0,
        onTimeShare: null,
        medianDays: null,
      },
    ]);
    // No personal data: no applicant's name, IIN or complaint id anywhere in the answer.
    const text = JSON.stringify(data);
    assert.doesNotMatch(text, /Ахметова|850315450011|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it("CSV shows a suppressed count as <5 and no rate as empty", async () => {
    const res = await t.app.request("/api/v1/open-data/monthly?from=2026-11&to=2026-11&format=csv");
    assert.equal(res.status, 200);
    assert.match(
      res.headers.get("content-disposition") ?? "",
      /attachment; filename="open-data-monthly-2026-11-2026-11.csv"/,
    );
    const lines = (await res.text()).split("\r\n");
    assert.equal(
      lines[0],
      "month,bodyId,regionCode,serviceId,received,answered,satisfied,partially_satisfied,not_satisfied,favourable_act,left_without_consideration,withdrawn,onTimeShare,medianDays",
    );
    assert.equal(lines[1], "2026-11,akmola-edu,11,EDU-01,6,5,5,0,0,0,0,0,1,2");
    assert.equal(lines[2], "2026-11,gov4c-akmola,11,,<5,0,0,0,0,0,0,0,,");
    assert.equal((await t.app.request("/api/v1/open-data/monthly?from=2026-13")).status, 422);
  });

  it("the public page: table with <5, licence, calendar version, dictionary, a chart by region", async () => {
    const res = await t.app.request("/ru/open-data?from=2026-11&to=2026-11");
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<td class="govuk-table__cell"[^>]*>&lt;5<\/td>/);
    assert.match(html, /data-testid="licence"[\s\S]*?CC-BY-4.0/);
    assert.match(html, /data-testid="calendar-version">[^<]*kz-[0-9a-f]{8}/);
    assert.match(html, /data-testid="dictionary"[\s\S]*?<code>onTimeShare<\/code>/);
    assert.match(html, /<svg class="app-chart"[^>]*aria-labelledby="chart-region-title"/);
    assert.match(html, /href="\/api\/v1\/open-data\/monthly\?from=2026-11&amp;to=2026-11&amp;format=csv"/);
    assert.doesNotMatch(html, /Ахметова/);
  });
});
