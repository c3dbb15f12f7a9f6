import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  authorize,
  CAPABILITIES,
  type Capability,
  type ComplaintScope,
  canSee,
  judge,
  permittedActions,
  relationship,
  type Viewer,
} from "../../src/domain/access.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { ACTIONS } from "../../src/domain/lifecycle.ts";
import type { ProcedureFacts } from "../../src/domain/procedure.ts";
import { seesPersonalData } from "../../src/domain/visibility.ts";

/** A reviewing body's (not the appealed body's) registered complaint under the APPC, nothing pending. */
const FACTS: ProcedureFacts = {
  regime: "appc-2021",
  appealed: "body",
  holderKind: "akimat",
  holderIsRespondent: false,
  forwardWindowOpen: false,
  reviewRunning: true,
  answerOverdue: false,
  extensionLeft: 0,
  filedLate: false,
  termRestored: null,
  escalated: false,
};

/** Facts under which the procedure allows `capability`, so that only the policy speaks. */
const LAWFUL: Partial<Record<Capability, Partial<ProcedureFacts>>> = {
  favourable_act: { holderIsRespondent: true, holderKind: "provider", forwardWindowOpen: true },
  forward: { holderIsRespondent: true, holderKind: "provider" },
  restore_term: { filedLate: true },
  extend: { holderKind: "quality_authority", extensionLeft: 10 },
};

const scope = (over: Partial<ComplaintScope> = {}): ComplaintScope => ({
  procedure: FACTS,
  status: "registered",
  applicantId: "citizen-1",
  filedBy: "citizen-1",
  holderId: "akmola-edu",
  respondentId: "akmola-edu",
  addresseeId: "akmola-edu",
  registeredAt: ["akmola-edu"],
  regions: ["11"],
  executorId: "executor-1",
  ...over,
});

const staff = (
  id: string,
  role: Viewer["role"],
  org: string,
  kind: Viewer["organizationKind"] = "provider",
  region = "11",
): Viewer => ({
  id,
  role,
  organizationId: org,
  organizationKind: kind,
  regionCode: region,
});

/** Everyone who may ask, with the relationship they should have to `scope()` held by the reviewing body. */
const HOLDER = "akmola-akimat";
const held = scope({ holderId: HOLDER, registeredAt: ["akmola-edu", HOLDER] });
const VIEWERS: [string, Viewer, string][] = [
  [
    "applicant",
    { id: "citizen-1", role: "citizen", organizationId: null, organizationKind: null, regionCode: null },
    "applicant",
  ],
  [
    "another citizen",
    { id: "citizen-2", role: "citizen", organizationId: null, organizationKind: null, regionCode: null },
    "none",
  ],
  ["registrar of the holder", staff("r", "registrar", HOLDER, "akimat"), "holder_staff"],
  ["executor of the holder", staff("executor-1", "executor", HOLDER, "akimat"), "holder_staff"],
  ["head of the holder", staff("h", "head", HOLDER, "akimat"), "holder_staff"],
  ["head of the respondent (forwarded it)", staff("h2", "head", "akmola-edu"), "involved_staff"],
  ["registrar of the respondent", staff("r2", "registrar", "akmola-edu"), "involved_staff"],
  [
    "quality authority of the region",
    staff("q", "head", "quality-akmola", "quality_authority", "11"),
    "regional_quality",
  ],
  [
    "quality authority of another region",
    staff("q2", "head", "quality-karaganda", "quality_authority", "35"),
    "none",
  ],
  ["staff of an unrelated body", staff("u", "head", "gov4c-akmola", "state_corporation"), "none"],
  [
    "operator who entered it",
    {
      id: "citizen-1",
      role: "operator",
      organizationId: "ucc-1414",
      organizationKind: "contact_centre",
      regionCode: null,
    },
    "operator",
  ],
  [
    "another operator",
    {
      id: "op-2",
      role: "operator",
      organizationId: "ucc-1414",
      organizationKind: "contact_centre",
      regionCode: null,
    },
    "none",
  ],
  [
    "administrator",
    { id: "a", role: "admin", organizationId: null, organizationKind: null, regionCode: null },
    "admin",
  ],
];

/** The expected matrix (independent of POLICY): who may use each capability, by viewer label. */
const HOLDER_ALL = ["registrar of the holder", "executor of the holder", "head of the holder"];
const READERS = [
  ...HOLDER_ALL,
  "head of the respondent (forwarded it)",
  "registrar of the respondent",
  "quality authority of the region",
  "administrator",
];
const EXPECTED: Record<Capability, string[]> = {
  view: ["applicant", ...READERS, "operator who entered it"],
  history: READERS,
  decision_letter: ["applicant", ...READERS],
  case_file: ["applicant", ...READERS],
  register: ["registrar of the holder", "head of the holder"],
  assign: ["registrar of the holder", "head of the holder"],
  comment: HOLDER_ALL,
  favourable_act: ["head of the holder"],
  forward: ["registrar of the holder", "head of the holder"],
  redirect: ["registrar of the holder", "head of the holder"],
  restore_term: ["head of the holder"],
  extend: ["head of the holder"],
  decide: ["head of the holder"],
  leave_without_consideration: ["head of the holder"],
  withdraw: ["applicant"],
  escalate: ["applicant"],
};

describe("access policies as a matrix", () => {
  for (const [label, viewer, rel] of VIEWERS) {
    it(`${label} relates as ${rel}`, () => assert.equal(relationship(viewer, held), rel));
  }

  for (const capability of CAPABILITIES) {
    for (const [label, viewer, rel] of VIEWERS) {
      const allowed = EXPECTED[capability].includes(label);
      const expected = rel === "none" ? "not_visible" : allowed ? "ok" : "forbidden";
      it(`${capability} × ${label} → ${expected} (state aside)`, () => {
        // Judge in a state where the lifecycle allows the action, so only the policy speaks.
        const status =
          capability === "register" ? "submitted" : capability === "escalate" ? "decided" : "registered";
        const procedure = { ...FACTS, ...LAWFUL[capability] };
        assert.equal(judge(viewer, { ...held, status, procedure }, capability), expected);
      });
    }
  }

  it("answers 404 unseen, 403 not theirs, 409 not in this state", () => {
    const codes = (v: Viewer, s: ComplaintScope, c: Capability) => {
      try {
        authorize(v, s, c);
        return "ok";
      } catch (e) {
        assert.ok(e instanceof DomainError);
        return `${e.kind}:${e.code}`;
      }
    };
    const head = VIEWERS[4]![1];
    const stranger = VIEWERS[1]![1];
    const registrar = VIEWERS[2]![1];
    assert.equal(codes(stranger, held, "decide"), "not_found:not_found");
    assert.equal(codes(registrar, held, "decide"), "forbidden:forbidden");
    assert.equal(codes(head, { ...held, status: "decided" }, "decide"), "conflict:invalid_transition");
    assert.equal(codes(head, held, "decide"), "ok");
  });

  it("shows IIN and address to the applicant and the holder's registrar and head, to an executor only once assigned", () => {
    const [, applicant] = VIEWERS[0]!;
    const [, executor] = VIEWERS[3]!;
    assert.ok(seesPersonalData(applicant, held));
    assert.ok(seesPersonalData(executor, held));
    assert.ok(!seesPersonalData(executor, { ...held, executorId: "someone-else" }));
    assert.ok(!seesPersonalData(VIEWERS[5]![1], held), "the respondent after forwarding");
    assert.ok(!seesPersonalData(VIEWERS[7]![1], held), "the regional quality authority");
    assert.ok(!seesPersonalData(VIEWERS[12]![1], held), "the administrator");
  });

  it("lists the permitted actions: the policy and the lifecycle together", () => {
    const head = VIEWERS[4]![1];
    assert.deepEqual(permittedActions(head, held), [
      "assign",
      "comment",
      "redirect",
      "decide",
      "leave_without_consideration",
    ]);
    assert.deepEqual(permittedActions(VIEWERS[2]![1], { ...held, status: "forwarded" }), [
      "register",
      "comment",
      "redirect",
    ]);
    assert.deepEqual(permittedActions(VIEWERS[0]![1], { ...held, status: "decided" }), ["escalate"]);
    assert.deepEqual(permittedActions(VIEWERS[0]![1], held), ["withdraw"]);
    assert.deepEqual(permittedActions(VIEWERS[7]![1], held), []);
    for (const a of ACTIONS) assert.ok(!permittedActions(VIEWERS[1]![1], held).includes(a));
    assert.ok(!canSee(VIEWERS[1]![1], held));
  });
});

describe("the reviewing body above the holder", () => {
  const below = scope({ holderId: "akmola-edu", supervisorIds: ["akmola-akimat"] });
  const akimatHead = staff("h2", "head", "akmola-akimat", "akimat");

  it("sees the holder's complaint only while it is overdue, without personal data or actions", () => {
    assert.equal(relationship(akimatHead, below), "none");
    assert.equal(canSee(akimatHead, below), false);
    const overdue = { ...below, overdue: true };
    assert.equal(relationship(akimatHead, overdue), "supervising_body");
    assert.equal(canSee(akimatHead, overdue), true);
    assert.equal(seesPersonalData(akimatHead, overdue), false);
    assert.deepEqual(permittedActions(akimatHead, overdue), []);
    assert.equal(judge(akimatHead, overdue, "history"), "forbidden");
  });

  it("gives nothing to a body that does not review the holder", () => {
    const other = staff("h3", "head", "gov4c-akmola", "state_corporation");
    assert.equal(canSee(other, { ...below, overdue: true }), false);
  });
});
