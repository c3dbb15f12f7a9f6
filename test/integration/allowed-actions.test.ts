import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq, inArray } from "drizzle-orm";
import fc from "fast-check";
import { complaints, users } from "../../src/db/schema.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { ACTIONS, type Action } from "../../src/domain/lifecycle.ts";
import { escalateComplaint } from "../../src/operations/escalate-complaint.ts";
import { currentCalendar } from "../../src/queries/calendar.ts";
import { complaintView } from "../../src/queries/complaint-view.ts";
import { findSessionUser, type SessionUser } from "../../src/queries/session-user.ts";
import { type ActionBase, WORKFLOW_ACTIONS } from "../../src/web/workflow-actions.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { apiAs, validComplaint } from "../support/complaints.ts";

/**
 * `allowedActions` is the truth (issue 9): for random complaints walked into random states, every
 * action listed for a caller is accepted by its operation, and every action not listed is refused
 * (404, 403 or 409) — each tried in a transaction that is rolled back.
 */
let t: TestApp;
let calendar: Awaited<ReturnType<typeof currentCalendar>>;
const people: Record<string, SessionUser> = {};
const LOGINS = [
  "900101300126",
  "registrar.akmola-edu",
  "executor.akmola-edu",
  "head.akmola-edu",
  "registrar.akmola-akimat",
  "head.akmola-akimat",
  "registrar.quality-akmola",
  "head.quality-akmola",
  "registrar.quality-karaganda",
  "head.quality-karaganda",
  "admin",
];

before(async () => {
  t = await testApp();
  calendar = await currentCalendar(t.db);
  for (const login of LOGINS) {
    const { token } = await apiAs(t, login);
    people[login] = (await findSessionUser(t.db, token, new Date("2026-11-20T05:00:00Z")))!;
  }
});
after(() => t.close());

/** How the applicant files: to the appealed body (its own act or an employee), to the akim, to the wrong department, late. */
const FILINGS: Record<string, unknown>[] = [
  {},
  { appealed: "employee" },
  { addressee: { kind: "akim", organizationId: "akmola-akimat" } },
  { addressee: { kind: "quality_authority", organizationId: "quality-karaganda" } },
  {
    addressee: { kind: "quality_authority", organizationId: "quality-akmola" },
    learnedOn: "2026-05-01",
    lateReason: "Болел",
  },
];

class Rollback extends Error {}

/** A valid body for each action on this complaint, so that only the state and the caller decide. */
async function bodyFor(action: Action, id: string): Promise<unknown | null> {
  const [c] = await t.db.select().from(complaints).where(eq(complaints.id, id));
  switch (action) {
    case "assign": {
      const staff = await t.db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.organizationId, c!.holderId), inArray(users.role, ["executor", "head"])));
      const other = staff.find((s) => s.id !== c!.executorId);
      return other ? { executorId: other.id } : null;
    }
    case "comment":
    case "favourable_act":
      return { text: "Тексеру" };
    case "redirect":
      return {
        reason: "Құзырет",
        organizationId: c!.holderId === "quality-akmola" ? "akmola-akimat" : "quality-akmola",
      };
    case "restore_term":
      return { granted: true, reasons: "Себеп дәлелді" };
    case "extend":
      return { workingDays: 1, reason: "Тексеру" };
    case "decide":
      return { outcome: "satisfied", text: "Дәлелді жауап" };
    case "leave_without_consideration":
      return { ground: "repeated", text: "Қайталама" };
    case "escalate":
      return { reasons: "Келіспеймін", demands: "Қайта қарау" };
    default:
      return {};
  }
}

/** Runs the action's operation for `user`; with `keep` the change stays, otherwise it is rolled back. */
async function attempt(user: SessionUser, action: Action, id: string, now: Date, keep = false) {
  const body = await bodyFor(action, id);
  if (body === null) return "skipped";
  const base: ActionBase = { complaintId: id, actor: user, now, calendar, language: "kk", requestId: "test" };
  try {
    await t.db.transaction(async (tx) => {
      if (action === "escalate")
        await escalateComplaint(tx, {
          ...base,
          ...(body as { reasons: string; demands: string }),
          sessionSigning: true,
        });
      else {
        const run = WORKFLOW_ACTIONS[action].run as (
          tx: unknown,
          b: ActionBase,
          body: unknown,
        ) => Promise<unknown>;
        await run(tx, base, body);
      }
      if (!keep) throw new Rollback();
    });
    return "accepted";
  } catch (e) {
    if (e instanceof Rollback) return "accepted";
    if (e instanceof DomainError && ["not_found", "forbidden", "conflict"].includes(e.kind))
      return `refused:${e.code}`;
    throw e;
  }
}

describe("allowedActions is the truth", () => {
  it("accepts every listed action and refuses every other, for random complaints in random states", async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILINGS),
        fc.array(fc.record({ who: fc.nat(LOGINS.length - 1), pick: fc.nat(20), days: fc.nat(4) }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (filing, steps) => {
          let now = new Date("2026-11-20T05:00:00Z");
          t.setNow(now);
          const citizen = await apiAs(t, "900101300126");
          const res = await citizen.post("/api/v1/complaints", validComplaint(filing));
          assert.equal(res.status, 201, await res.clone().text());
          const { id } = (await res.json()) as { id: string };
          for (const step of [...steps, null]) {
            for (const login of LOGINS) {
              const user = people[login]!;
              const allowed = (await complaintView(t.db, id, user, now))?.allowedActions ?? [];
              for (const action of ACTIONS) {
                const result = await attempt(user, action, id, now);
                if (result === "skipped") continue;
                checked++;
                const listed = allowed.includes(action);
                assert.equal(
                  result === "accepted",
                  listed,
                  `${login} × ${action}: listed ${listed}, but ${result} (filing ${JSON.stringify(filing)})`,
                );
              }
            }
            if (!step) break;
            // Walk on: a random caller takes one of their listed actions, some days later.
            now = new Date(now.getTime() + step.days * 86_400_000);
            const user = people[LOGINS[step.who]!]!;
            const allowed = (await complaintView(t.db, id, user, now))?.allowedActions ?? [];
            const next = allowed[step.pick % Math.max(allowed.length, 1)];
            if (next) assert.equal(await attempt(user, next, id, now, true), "accepted");
          }
        },
      ),
      { numRuns: 6, seed: 20261201 },
    );
    assert.ok(checked > 1000, `checked ${checked} caller × action × state combinations`);
  });
});
