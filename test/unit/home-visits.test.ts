import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  allowedVisitActions,
  isVisitLate,
  isVisitOverdue,
  isVisitReference,
  mayComplainAbout,
  NATIONAL_OFFICE,
  nextVisitStatus,
  phoneKey,
  REFERENCE_ALPHABET,
  routeOrder,
  routeToBranch,
  type VisitActor,
  visitDue,
  visitEvent,
  visitReference,
  visitRelation,
} from "../../src/domain/home-visits.ts";
import { calendar } from "./calendar-fixture.ts";

const OFFICES = [
  { id: "gov4c", kind: "state_corporation", regionCode: null, parentId: null },
  { id: "gov4c-akmola", kind: "state_corporation", regionCode: "11", parentId: "gov4c" },
  { id: "akmola-edu", kind: "provider", regionCode: "11", parentId: "akmola-akimat" },
  { id: "quality-karaganda", kind: "quality_authority", regionCode: "35", parentId: "adgs" },
];

describe("home visits: the due date on the official calendar", () => {
  it("a request on the Friday before Nauryz is due after the three days off (20 March 2026 → 1 April)", () => {
    // 21–22 March weekend, 23 March Nauryz, 24–25 March days off moved from the weekend.
    assert.deepEqual(visitDue(calendar, "2026-03-20", 5), { startsOn: "2026-03-20", due: "2026-04-01" });
  });
  it("a request on a day off counts from the next working day (Saturday 21 March 2026 → 26 March is day 0)", () => {
    assert.deepEqual(visitDue(calendar, "2026-03-21", 5), { startsOn: "2026-03-26", due: "2026-04-02" });
  });
  it("the number of working days is the branch standard's setting", () => {
    assert.equal(visitDue(calendar, "2026-11-20", 5).due, "2026-11-27");
    assert.equal(visitDue(calendar, "2026-11-20", 3).due, "2026-11-25");
    // Independence Day, Wednesday 16 December 2026.
    assert.equal(visitDue(calendar, "2026-12-14", 3).due, "2026-12-18");
  });
});

describe("home visits: routing", () => {
  it("goes to the State Corporation branch of the person's region (by the KATO prefix)", () => {
    assert.equal(routeToBranch("11", OFFICES), "gov4c-akmola");
    assert.equal(routeToBranch("114000000", OFFICES), "gov4c-akmola");
  });
  it("a region without a branch, or none given, goes to the national office", () => {
    assert.equal(routeToBranch("35", OFFICES), NATIONAL_OFFICE, "Karaganda has no branch in the data");
    assert.equal(routeToBranch(null, OFFICES), NATIONAL_OFFICE);
    assert.equal(routeToBranch("", OFFICES), NATIONAL_OFFICE);
  });
  it("never routes to a body that is not the State Corporation", () => {
    assert.equal(
      routeToBranch(
        "11",
        OFFICES.filter((o) => o.id !== "gov4c-akmola"),
      ),
      NATIONAL_OFFICE,
    );
  });
});

describe("home visits: life of a visit", () => {
  it("schedule, reschedule, not at home, complete, cancel", () => {
    assert.equal(nextVisitStatus("requested", "schedule"), "scheduled");
    assert.equal(visitEvent("requested", "schedule"), "scheduled");
    assert.equal(nextVisitStatus("scheduled", "schedule"), "scheduled");
    assert.equal(visitEvent("scheduled", "schedule"), "rescheduled");
    assert.equal(visitEvent("not_at_home", "schedule"), "rescheduled");
    assert.equal(nextVisitStatus("scheduled", "not_at_home"), "not_at_home");
    assert.equal(nextVisitStatus("scheduled", "complete"), "documents_accepted");
    for (const s of ["requested", "scheduled", "not_at_home"] as const)
      assert.equal(nextVisitStatus(s, "cancel"), "cancelled");
  });
  it("refuses a step its state does not allow (409 home_visit_not_allowed)", () => {
    for (const [s, a] of [
      ["requested", "complete"],
      ["requested", "not_at_home"],
      ["not_at_home", "complete"],
      ["documents_accepted", "cancel"],
      ["cancelled", "schedule"],
    ] as const) {
      assert.throws(
        () => nextVisitStatus(s, a),
        (e: { kind: string; code: string }) => e.kind === "conflict" && e.code === "home_visit_not_allowed",
      );
    }
  });
  it("overdue and late are derived from today and the due date", () => {
    const v = { status: "requested" as const, due: "2026-11-27", scheduledOn: null };
    assert.equal(isVisitOverdue(v, "2026-11-27"), false);
    assert.equal(isVisitOverdue(v, "2026-11-30"), true);
    assert.equal(isVisitOverdue({ ...v, status: "documents_accepted" }, "2026-12-30"), false);
    assert.equal(isVisitLate({ ...v, status: "scheduled", scheduledOn: "2026-12-01" }, "2026-11-20"), true);
    assert.equal(mayComplainAbout({ ...v, status: "cancelled" }, "2026-11-21"), true);
    assert.equal(mayComplainAbout(v, "2026-11-21"), false);
  });
});

describe("home visits: who sees and does what", () => {
  const visit = { branchId: "gov4c-akmola", createdBy: "op-1", employeeId: "emp-1" };
  const actor = (
    role: VisitActor["role"],
    id: string,
    org: string | null,
    kind: string | null = "state_corporation",
  ): VisitActor => ({
    id,
    role,
    organizationId: org,
    organizationKind: kind,
  });
  it("operator: own requests; branch registrar and head: all of theirs; field employee: their own", () => {
    assert.equal(visitRelation(actor("operator", "op-1", "ucc-1414", "contact_centre"), visit), "operator");
    assert.equal(visitRelation(actor("operator", "op-2", "ucc-1414", "contact_centre"), visit), "none");
    assert.equal(visitRelation(actor("head", "h", "gov4c-akmola"), visit), "branch");
    assert.equal(visitRelation(actor("registrar", "r", "gov4c-akmola"), visit), "branch");
    assert.equal(visitRelation(actor("executor", "emp-1", "gov4c-akmola"), visit), "employee");
    assert.equal(visitRelation(actor("executor", "emp-2", "gov4c-akmola"), visit), "none");
    assert.equal(
      visitRelation(actor("head", "h", "gov4c"), visit),
      "none",
      "another office of the corporation",
    );
    assert.equal(visitRelation(actor("head", "h", "akmola-edu", "provider"), visit), "none");
    assert.equal(visitRelation(actor("citizen", "c", null, null), visit), "none");
    assert.equal(visitRelation(actor("admin", "a", null, null), visit), "none");
  });
  it("the branch plans and records, the employee records the outcome, the operator only reads", () => {
    assert.deepEqual(allowedVisitActions("branch", "requested"), ["schedule", "cancel"]);
    assert.deepEqual(allowedVisitActions("branch", "scheduled"), [
      "schedule",
      "not_at_home",
      "complete",
      "cancel",
    ]);
    assert.deepEqual(allowedVisitActions("employee", "scheduled"), ["not_at_home", "complete"]);
    assert.deepEqual(allowedVisitActions("employee", "requested"), []);
    assert.deepEqual(allowedVisitActions("operator", "requested"), []);
  });
});

describe("home visits: reference, phone, route", () => {
  it("a reference to write down: HV- and six characters without look-alikes", () => {
    const r = visitReference(new Uint8Array([0, 1, 2, 31, 32, 255]));
    assert.ok(isVisitReference(r), r);
    assert.ok(!/[01IO]/.test(r.slice(3)));
    assert.equal(REFERENCE_ALPHABET.length, 32);
    assert.ok(!isVisitReference("HV-0OOOOO"));
  });
  it("phones match by their last ten digits", () => {
    assert.equal(phoneKey("+7 (701) 555-01-01"), phoneKey("87015550101"));
  });
  it("route order: by district, then time window, then address", () => {
    const v = (district: string, window: string, address: string) => ({ district, window, address });
    assert.deepEqual(
      routeOrder([
        v("Щучинск", "09:00-12:00", "a"),
        v("Көкшетау", "12:00-15:00", "b"),
        v("Көкшетау", "09:00-12:00", "c"),
      ]).map((x) => x.address),
      ["c", "b", "a"],
    );
  });
});
