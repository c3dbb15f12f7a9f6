import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  ANSWERED_STATUSES,
  CLOSED_STATUSES,
  type ComplaintStatus,
  isAnswered,
  isClosed,
  isOpen,
  OPEN_STATUSES,
  STATUSES,
  UNREGISTERED_STATUSES,
} from "../../src/domain/complaint.ts";
import { DEADLINE_KINDS, dueBadge, isOverdue } from "../../src/domain/deadlines/index.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { ACTIONS, type Action, actionsIn, TRANSITIONS, transition } from "../../src/domain/lifecycle.ts";
import { calendar as kazakhstan } from "./calendar-fixture.ts";

/** The expected lifecycle, written out independently of the table: state → action → next state. */
const EXPECTED: Record<ComplaintStatus, Partial<Record<Action, ComplaintStatus>>> = {
  submitted: {
    register: "registered",
    comment: "submitted",
    redirect: "forwarded",
    withdraw: "withdrawn",
    escalate: "submitted",
  },
  registered: {
    assign: "in_execution",
    comment: "registered",
    favourable_act: "decided",
    forward: "forwarded",
    redirect: "forwarded",
    restore_term: "registered",
    extend: "registered",
    decide: "decided",
    leave_without_consideration: "left_without_consideration",
    withdraw: "withdrawn",
    escalate: "registered",
  },
  in_execution: {
    assign: "in_execution",
    comment: "in_execution",
    favourable_act: "decided",
    forward: "forwarded",
    redirect: "forwarded",
    restore_term: "in_execution",
    extend: "in_execution",
    decide: "decided",
    leave_without_consideration: "left_without_consideration",
    withdraw: "withdrawn",
    escalate: "in_execution",
  },
  forwarded: {
    register: "registered",
    comment: "forwarded",
    redirect: "forwarded",
    withdraw: "withdrawn",
    escalate: "forwarded",
  },
  decided: { escalate: "decided" },
  left_without_consideration: { escalate: "left_without_consideration" },
  withdrawn: {},
};

describe("the lifecycle table", () => {
  for (const status of STATUSES) {
    for (const action of ACTIONS) {
      const next = EXPECTED[status][action];
      it(`${status} × ${action} → ${next ?? "409 invalid_transition"}`, () => {
        if (next) {
          assert.equal(transition(status, action).to, next);
        } else {
          assert.throws(
            () => transition(status, action),
            (e: unknown) =>
              e instanceof DomainError &&
              e.kind === "conflict" &&
              e.code === "invalid_transition" &&
              e.params.action === action,
          );
        }
      });
    }
  }

  it("lists exactly the allowed actions per state", () => {
    for (const status of STATUSES)
      assert.deepEqual(actionsIn(status).sort(), Object.keys(EXPECTED[status]).sort(), status);
  });

  it("gives each status-changing action its mark, and none when the action repeats in its own state", () => {
    assert.equal(transition("submitted", "register").mark, "registered");
    assert.equal(transition("forwarded", "register").mark, "registered");
    assert.equal(transition("registered", "assign").mark, "in_execution");
    assert.equal(transition("registered", "assign").event, "assigned");
    const reassign = transition("in_execution", "assign");
    assert.deepEqual([reassign.mark, reassign.event, reassign.notice], [null, "reassigned", "none"]);
    assert.equal(transition("registered", "forward").mark, "forwarded");
    assert.equal(transition("registered", "extend").mark, "extended");
    assert.equal(transition("in_execution", "decide").mark, "result");
    assert.equal(transition("registered", "favourable_act").mark, "result");
    assert.equal(transition("registered", "leave_without_consideration").mark, "refusal");
    assert.equal(transition("submitted", "redirect").mark, "forwarded");
    assert.equal(transition("forwarded", "withdraw").mark, "withdrawn");
    assert.equal(transition("decided", "escalate").mark, null);
  });

  it("keeps comments internal and without a mark; tells the applicant of every mark staff produce", () => {
    const comment = transition("registered", "comment");
    assert.deepEqual([comment.internal, comment.mark, comment.notice], [true, null, "none"]);
    for (const action of ACTIONS) {
      const t = TRANSITIONS[action];
      if (t.by === "staff" && t.mark && action !== "assign") assert.equal(t.notice, "applicant", action);
    }
  });

  it("stops every clock on each closing action, and only on those", () => {
    for (const action of ACTIONS) {
      const closing = [
        "favourable_act",
        "forward",
        "redirect",
        "decide",
        "leave_without_consideration",
        "withdraw",
      ].includes(action);
      assert.equal(TRANSITIONS[action].closes.length === DEADLINE_KINDS.length, closing, action);
    }
  });

  it("meets a clock only by the act it measures", () => {
    const meets = Object.fromEntries(ACTIONS.map((a) => [a, [...TRANSITIONS[a].completes].sort()]));
    assert.deepEqual(meets, {
      register: ["registration"],
      assign: [],
      comment: [],
      favourable_act: ["extension", "forward", "review"],
      forward: ["forward"],
      redirect: ["redirect"],
      restore_term: [],
      extend: [],
      decide: ["extension", "review"],
      leave_without_consideration: ["extension", "review"],
      withdraw: [],
      escalate: [],
    });
    for (const a of ACTIONS)
      for (const k of TRANSITIONS[a].completes) assert.ok(TRANSITIONS[a].closes.includes(k));
  });
});

describe("closed vocabularies of status and due dates", () => {
  it("open and closed statuses split the statuses; unregistered are open, answered are closed", () => {
    assert.deepEqual([...OPEN_STATUSES, ...CLOSED_STATUSES].sort(), [...STATUSES].sort());
    for (const s of UNREGISTERED_STATUSES) assert.ok(isOpen(s));
    for (const s of ANSWERED_STATUSES) assert.ok(isClosed(s) && isAnswered(s));
    assert.ok(isClosed("withdrawn") && !isAnswered("withdrawn"));
  });

  it("overdue is after the last day; the inbox flags today and two working days ahead", () => {
    assert.equal(isOverdue("2026-11-27", "2026-11-27"), false);
    assert.equal(isOverdue("2026-11-27", "2026-11-28"), true);
    assert.equal(isOverdue(null, "2026-11-28"), false);
    const calendar = kazakhstan;
    assert.deepEqual(dueBadge(calendar, "2026-11-26", "2026-11-27"), { kind: "overdue", n: 0 });
    assert.deepEqual(dueBadge(calendar, "2026-11-27", "2026-11-27"), { kind: "today", n: 0 });
    // Friday → Tuesday is two working days over the weekend.
    assert.deepEqual(dueBadge(calendar, "2026-12-01", "2026-11-27"), { kind: "soon", n: 2 });
    assert.equal(dueBadge(calendar, "2026-12-02", "2026-11-27"), null);
  });
});
