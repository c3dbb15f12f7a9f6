import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ComplaintStatus } from "../../src/domain/complaint.ts";
import type { RegimeId } from "../../src/domain/deadlines/index.ts";
import type { Action } from "../../src/domain/lifecycle.ts";
import {
  type ClockFact,
  mustForward,
  type ProcedureFacts,
  procedureFacts,
  procedureRefusal,
} from "../../src/domain/procedure.ts";
import type { OrganizationKind } from "../../src/domain/roles.ts";

const TODAY = "2026-11-25";

/** A registered complaint held by `holder`, about `respondent`, with the holder's clocks as registration makes them. */
function facts(o: {
  regime: RegimeId;
  appealed: "body" | "employee";
  holderKind: OrganizationKind;
  respondent: boolean;
  clocks?: ClockFact[];
  filedLate?: boolean;
  termRestored?: boolean | null;
  escalated?: boolean;
}): ProcedureFacts {
  const holderId = "holder";
  const forwarding = mustForward({
    regime: o.regime,
    appealed: o.appealed,
    holderIsRespondent: o.respondent,
    holderKind: o.holderKind,
  });
  const clock = (kind: ClockFact["kind"], due: string): ClockFact => ({
    kind,
    organizationId: holderId,
    due,
    closedOn: null,
    workingDays: 0,
  });
  return procedureFacts(
    {
      regime: o.regime,
      appealed: o.appealed,
      holderId,
      respondentId: o.respondent ? holderId : "respondent",
      filedLate: o.filedLate ?? false,
      termRestored: o.termRestored ?? null,
    },
    o.holderKind,
    o.clocks ?? [forwarding ? clock("forward", "2026-11-27") : clock("review", "2026-12-02")],
    o.escalated ?? false,
    TODAY,
  );
}

const verdict = (action: Action, f: ProcedureFacts, status: ComplaintStatus = "registered") =>
  procedureRefusal(action, status, f) ?? "ok";

/**
 * regime × appealed × holder → action → allowed or the 409 code (legal.md, "Who reviews"). The
 * escalate column is asked after a decision; the others on a registered complaint.
 */
const TABLE: [string, Parameters<typeof facts>[0], Record<string, string>][] = [
  [
    "APPC, the body's own act, at the appealed provider",
    { regime: "appc-2021", appealed: "body", holderKind: "provider", respondent: true },
    {
      favourable_act: "ok",
      forward: "ok",
      redirect: "redirect_not_available",
      restore_term: "must_forward",
      extend: "must_forward",
      decide: "must_forward",
      leave_without_consideration: "must_forward",
      escalate: "ok",
    },
  ],
  [
    "APPC, the body's own act, at the appealed State Corporation branch",
    { regime: "appc-2021", appealed: "body", holderKind: "state_corporation", respondent: true },
    {
      favourable_act: "ok",
      forward: "ok",
      redirect: "redirect_not_available",
      restore_term: "must_forward",
      extend: "must_forward",
      decide: "must_forward",
      leave_without_consideration: "must_forward",
      escalate: "ok",
    },
  ],
  [
    "APPC, an employee's conduct, to the provider's head",
    { regime: "appc-2021", appealed: "employee", holderKind: "provider", respondent: true },
    {
      favourable_act: "favourable_act_not_available",
      forward: "forward_not_available",
      redirect: "redirect_not_available",
      restore_term: "term_not_missed",
      extend: "extension_not_allowed",
      decide: "ok",
      leave_without_consideration: "ok",
      escalate: "ok",
    },
  ],
  [
    "APPC, at the higher body (akimat)",
    { regime: "appc-2021", appealed: "body", holderKind: "akimat", respondent: false },
    {
      favourable_act: "favourable_act_not_available",
      forward: "forward_not_available",
      redirect: "ok",
      restore_term: "term_not_missed",
      extend: "extension_not_allowed",
      decide: "ok",
      leave_without_consideration: "ok",
      escalate: "ok",
    },
  ],
  [
    "APPC, at the quality authority",
    { regime: "appc-2021", appealed: "body", holderKind: "quality_authority", respondent: false },
    {
      favourable_act: "favourable_act_not_available",
      forward: "forward_not_available",
      redirect: "ok",
      restore_term: "term_not_missed",
      extend: "ok",
      decide: "ok",
      leave_without_consideration: "ok",
      escalate: "escalation_not_available",
    },
  ],
  [
    "2007 law, the body's own act, at the provider (its head reviews)",
    { regime: "appeals-law-2007", appealed: "body", holderKind: "provider", respondent: true },
    {
      favourable_act: "favourable_act_not_available",
      forward: "forward_not_available",
      redirect: "redirect_not_available",
      restore_term: "term_not_missed",
      extend: "extension_not_allowed",
      decide: "ok",
      leave_without_consideration: "ok",
      escalate: "ok",
    },
  ],
  [
    "2007 law, at the quality authority (the art. 25 extension applies)",
    { regime: "appeals-law-2007", appealed: "employee", holderKind: "quality_authority", respondent: false },
    {
      favourable_act: "favourable_act_not_available",
      forward: "forward_not_available",
      redirect: "ok",
      restore_term: "term_not_missed",
      extend: "ok",
      decide: "ok",
      leave_without_consideration: "ok",
      escalate: "escalation_not_available",
    },
  ],
];

describe("who may do what, by regime, what is appealed and who holds it", () => {
  for (const [label, situation, expected] of TABLE) {
    for (const [action, code] of Object.entries(expected)) {
      it(`${label}: ${action} → ${code}`, () => {
        const status = action === "escalate" ? "decided" : "registered";
        assert.equal(verdict(action as Action, facts(situation), status), code);
      });
    }
  }
});

describe("windows, late filings and escalation", () => {
  const appealed = {
    regime: "appc-2021",
    appealed: "body",
    holderKind: "provider",
    respondent: true,
  } as const;
  const reviewing = {
    regime: "appc-2021",
    appealed: "body",
    holderKind: "akimat",
    respondent: false,
  } as const;
  const open = (kind: ClockFact["kind"], due: string): ClockFact => ({
    kind,
    organizationId: "holder",
    due,
    closedOn: null,
    workingDays: 5,
  });

  it("closes the favourable-act window after the forward clock's last day, but forwarding stays due", () => {
    const lastDay = facts({ ...appealed, clocks: [open("forward", TODAY)] });
    assert.equal(verdict("favourable_act", lastDay), "ok");
    const after = facts({ ...appealed, clocks: [open("forward", "2026-11-24")] });
    assert.equal(verdict("favourable_act", after), "forward_window_closed");
    assert.equal(verdict("forward", after), "ok");
  });

  it("asks the reviewing body to decide a late complaint's term first (APPC art. 92)", () => {
    assert.equal(verdict("decide", facts({ ...reviewing, filedLate: true })), "term_restoration_pending");
    assert.equal(verdict("restore_term", facts({ ...reviewing, filedLate: true })), "ok");
    assert.equal(verdict("decide", facts({ ...reviewing, filedLate: true, termRestored: true })), "ok");
    const refused = facts({ ...reviewing, filedLate: true, termRestored: false });
    assert.equal(verdict("decide", refused), "term_not_restored");
    assert.equal(verdict("leave_without_consideration", refused), "ok");
    assert.equal(verdict("restore_term", refused), "term_already_decided");
  });

  it("opens escalation after a refusal, and on a term missed with no answer (deemed refusal)", () => {
    assert.equal(verdict("escalate", facts(reviewing), "left_without_consideration"), "ok");
    assert.equal(verdict("escalate", facts(reviewing), "registered"), "escalation_not_available");
    const missed = facts({ ...reviewing, clocks: [open("review", "2026-11-24")] });
    assert.equal(verdict("escalate", missed, "in_execution"), "ok");
    const forwardMissed = facts({ ...appealed, clocks: [open("forward", "2026-11-20")] });
    assert.equal(verdict("escalate", forwardMissed, "registered"), "ok", "the appealed body never forwarded");
    assert.equal(
      verdict("escalate", facts({ ...reviewing, escalated: true }), "decided"),
      "already_escalated",
    );
  });

  it("counts the extension days left at the quality authority", () => {
    const quality = {
      regime: "appc-2021",
      appealed: "body",
      holderKind: "quality_authority",
      respondent: false,
    } as const;
    const used: ClockFact = { ...open("extension", "2026-12-10"), closedOn: null, workingDays: 10 };
    const f = facts({
      ...quality,
      clocks: [{ ...open("review", "2026-11-20"), closedOn: "2026-11-20" }, used],
    });
    assert.equal(f.extensionLeft, 0);
    assert.equal(verdict("extend", f), "extension_not_allowed");
    assert.equal(facts(quality).extensionLeft, 10);
  });

  it("looks only at the holder's own clocks", () => {
    const elsewhere: ClockFact = { ...open("review", "2026-11-01"), organizationId: "earlier-holder" };
    const f = facts({ ...reviewing, clocks: [elsewhere] });
    assert.equal(f.answerOverdue, false);
    assert.equal(f.reviewRunning, false);
  });
});
