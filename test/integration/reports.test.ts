import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type TestApp, testApp } from "../support/app.ts";
import { apiAs, decideAt, officeComplaint } from "../support/complaints.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
  // Two paper complaints about an employee (the head reviews them) received Fri 20 Nov 2026
  // (review due Fri 27 Nov): one decided on
  // Tue 24 Nov (2 working days), one on Tue 1 Dec (7 working days, late); a third still open.
  const registrar = await apiAs(t, "registrar.akmola-edu");
  const ids: string[] = [];
  for (const ground of ["refusal", "refusal", "rude_service"]) {
    const res = await registrar.post(
      "/api/v1/office/complaints",
      officeComplaint({ grounds: [ground], appealed: "employee" }),
    );
    ids.push(((await res.json()) as { id: string }).id);
  }
  await decideAt(t, "2026-11-24T05:00:00Z", ids[0]!, "satisfied");
  await decideAt(t, "2026-12-01T05:00:00Z", ids[1]!, "not_satisfied");
});
after(() => t.close());

type Summary = {
  total: number;
  byStatus: Record<string, number>;
  byOutcome: Record<string, number>;
  byGround: Record<string, number>;
  decided: number;
  decidedOnTime: number;
  shareDecidedOnTime: number | null;
  meanWorkingDays: number | null;
};

describe("summary report", () => {
  it("counts by status, outcome and ground, and measures timeliness on the official calendar", async () => {
    const admin = await apiAs(t, "admin");
    const res = await admin.get("/api/v1/reports/summary?from=2026-11-01&to=2026-11-30");
    assert.equal(res.status, 200);
    const s = (await res.json()) as Summary;
    assert.equal(s.total, 3);
    assert.deepEqual(s.byStatus, { decided: 2, registered: 1 });
    assert.deepEqual(s.byOutcome, { satisfied: 1, not_satisfied: 1 });
    assert.deepEqual(s.byGround, { refusal: 2, rude_service: 1 });
    assert.equal(s.decided, 2);
    assert.equal(s.decidedOnTime, 1);
    assert.equal(s.shareDecidedOnTime, 0.5);
    assert.equal(s.meanWorkingDays, 4.5);
  });

  it("scopes by role: a head sees its organization, the quality authority its region, a citizen nothing", async () => {
    const head = await apiAs(t, "head.akmola-edu");
    assert.equal(
      (
        (await (
          await head.get("/api/v1/reports/summary?from=2026-11-01&organizationId=gov4c-akmola")
        ).json()) as Summary
      ).total,
      3,
    );
    const karaganda = await apiAs(t, "head.quality-karaganda");
    assert.equal(
      ((await (await karaganda.get("/api/v1/reports/summary?from=2026-11-01")).json()) as Summary).total,
      0,
    );
    const akmola = await apiAs(t, "head.quality-akmola");
    assert.equal(
      ((await (await akmola.get("/api/v1/reports/summary?from=2026-11-01")).json()) as Summary).total,
      3,
    );
    const citizen = await apiAs(t, "900101300126");
    assert.equal((await citizen.get("/api/v1/reports/summary")).status, 403);
    const admin = await apiAs(t, "admin");
    const bad = await admin.get("/api/v1/reports/summary?from=2026-02-30");
    assert.equal(bad.status, 422);
  });

  it("answers CSV on Accept: text/csv", async () => {
    const admin = await apiAs(t, "admin");
    const res = await admin.get("/api/v1/reports/summary?from=2026-11-01&to=2026-11-30", {
      accept: "text/csv",
    });
    assert.match(res.headers.get("content-type") ?? "", /text\/csv/);
    const csv = await res.text();
    assert.match(csv, /^section,key,value\r\n/);
    assert.match(csv, /\r\nstatus,decided,2\r\n/);
    assert.match(csv, /\r\ntimeliness,shareDecidedOnTime,0.5\r\n/);
  });
});
