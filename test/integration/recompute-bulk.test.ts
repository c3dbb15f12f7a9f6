import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../../src/db/connection.ts";
import { complaintEvents, complaints, deadlines } from "../../src/db/schema.ts";
import { formatDate, parseDate } from "../../src/domain/calendar/dates.ts";
import type { Calendar, DayEntry } from "../../src/domain/calendar/index.ts";
import {
  APPC_2021,
  computeDeadline,
  type DeadlineKind,
  type ReviewBody,
  recomputeDeadline,
} from "../../src/domain/deadlines/index.ts";
import { recomputeDeadlines } from "../../src/operations/recompute-deadlines.ts";
import { verifyAllChains } from "../../src/queries/audit-chain.ts";
import { currentCalendar } from "../../src/queries/calendar.ts";
import { type TestApp, testApp } from "../support/app.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

/** A small deterministic generator (the same clocks on every run). */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const entry = (date: string, working: boolean, kind: DayEntry["kind"]): DayEntry => ({
  date,
  working,
  kind,
  name: { kk: "Сынақ күні", ru: "Тестовый день", en: "Test day" },
  source: "test",
  provisional: false,
});

/** The first weekday (1 = Monday … 6 = Saturday) on or after `date`. */
function nextWeekday(date: string, weekday: number): string {
  let day = parseDate(date);
  while (new Date(`${formatDate(day)}T00:00:00Z`).getUTCDay() !== weekday) day++;
  return formatDate(day);
}

/** All open clocks in one statement, or batch by batch after a cursor (as a run does). */
const RECOMPUTES = {
  "in one SQL pass": (tx: Executor, calendar: Calendar, now: Date) => recomputeDeadlines(tx, calendar, now),
  "in batches of 700 by id": async (tx: Executor, calendar: Calendar, now: Date) => {
    const total = { checked: 0, changed: 0, failed: [] as { id: string; error: string }[] };
    let last: string | null = null;
    for (;;) {
      const r = await recomputeDeadlines(tx, calendar, now, { after: last, limit: 700 });
      total.checked += r.checked;
      total.changed += r.changed;
      total.failed.push(...r.failed);
      if (r.last) assert.ok(last === null || r.last > last, "the cursor moves forward");
      last = r.last;
      if (r.checked < 700) return total;
    }
  },
};

describe("calendar recompute in SQL", () => {
  for (const [mode, recompute] of Object.entries(RECOMPUTES)) {
    it(`${mode}: gives the in-process results on 3 000 clocks: holidays, moved days off, working Saturdays, a removed holiday`, async () => {
      const before = await currentCalendar(t.db);
      const year = Math.max(before.firstYear, 2026);
      const rand = random(11);
      const kinds: { kind: DeadlineKind; body: ReviewBody }[] = [
        { kind: "registration", body: "provider" },
        { kind: "forward", body: "provider" },
        { kind: "review", body: "provider" },
        { kind: "review", body: "quality_authority" },
      ];
      const complaintRows: (typeof complaints.$inferInsert)[] = [];
      const clockRows: (typeof deadlines.$inferInsert)[] = [];
      for (let i = 0; i < 3000; i++) {
        const complaintId = randomUUID();
        // Starts over ten months of the year, weekends and holidays included.
        const startsOn = formatDate(parseDate(`${year}-01-05`) + Math.floor(rand() * 300));
        const { kind, body } = kinds[i % kinds.length]!;
        const d = computeDeadline({ calendar: before, regime: APPC_2021, kind, body, startsOn });
        const announced = kind === "review" && rand() < 0.6;
        complaintRows.push({
          id: complaintId,
          channel: "office",
          regime: "appc-2021",
          status: "registered",
          receivedHereAt: new Date(`${startsOn}T04:00:00Z`),
          receivedAt: new Date(`${startsOn}T04:00:00Z`),
          holderId: "akmola-edu",
          addresseeKind: "provider_head",
          addresseeId: "akmola-edu",
          respondentId: "akmola-edu",
          reasons: "test",
          demands: "test",
          language: "ru",
          applicant: {
            surname: "Ахметова",
            name: "Динара",
            patronymic: null,
            iin: "850315450011",
            postalAddress: "Көкшетау",
            phones: [],
            email: null,
          },
        });
        clockRows.push({
          id: randomUUID(),
          complaintId,
          organizationId: "akmola-edu",
          kind,
          body,
          startsOn,
          workingDays: d.workingDays,
          due: d.due,
          computedDue: d.computedDue,
          announcedDue: announced ? d.due : null,
          basisCode: d.basis.code,
          calendarVersion: d.calendarVersion,
        });
      }
      for (let i = 0; i < complaintRows.length; i += 500) {
        await t.db.insert(complaints).values(complaintRows.slice(i, i + 500));
        await t.db.insert(deadlines).values(clockRows.slice(i, i + 500));
      }

      // Days off in the middle of weeks, a moved day off, working Saturdays, and a holiday removed.
      let after: Calendar = before;
      for (const month of [2, 3, 5, 6, 8, 9]) {
        const monday = nextWeekday(`${year}-${String(month).padStart(2, "0")}-10`, 3);
        after = after.withDay(entry(monday, false, "holiday"));
        const saturday = nextWeekday(`${year}-${String(month).padStart(2, "0")}-12`, 6);
        after = after.withDay(entry(saturday, true, "working_day"));
      }
      after = after.withDay(entry(nextWeekday(`${year}-04-20`, 5), false, "moved_day_off"));
      const removable = after.entries(year).find((e) => !e.working && e.kind === "holiday");
      if (removable) after = after.withoutDay(removable.date);
      assert.notEqual(after.version, before.version);

      const open = await t.db.$count(deadlines, isNull(deadlines.closedOn));
      const result = await t.db.transaction((tx) =>
        recompute(tx, after, new Date(`${year}-11-20T05:00:00Z`)),
      );
      assert.equal(result.checked, open, "every open clock looked at once");
      assert.deepEqual(result.failed, []);

      const stored = new Map(
        (
          await t.db
            .select()
            .from(deadlines)
            .where(
              inArray(
                deadlines.id,
                clockRows.map((c) => c.id!),
              ),
            )
        ).map((d) => [d.id, d]),
      );
      let changed = 0;
      let movedLater = 0;
      for (const c of clockRows) {
        const expected = recomputeDeadline(
          {
            kind: c.kind,
            regime: "appc-2021",
            body: c.body,
            startsOn: c.startsOn,
            workingDays: c.workingDays,
            announcedDue: c.announcedDue ?? null,
          },
          after,
        );
        const row = stored.get(c.id!)!;
        assert.equal(row.computedDue, expected.computedDue, `computed date of ${c.kind} from ${c.startsOn}`);
        assert.equal(row.due, expected.due, `due date of ${c.kind} from ${c.startsOn}`);
        // The calendar its dates were last computed on: the new one only where they moved.
        const moved = row.due !== c.due || row.computedDue !== c.computedDue;
        assert.equal(row.calendarVersion, moved ? after.version : c.calendarVersion);
        // Never earlier than announced; a later date is announced in turn.
        if (c.announcedDue) {
          assert.ok(row.due >= c.announcedDue);
          assert.equal(row.announcedDue, row.due > c.due! ? row.due : c.announcedDue);
        } else assert.equal(row.announcedDue, null);
        if (row.due !== c.due || row.computedDue !== c.computedDue) changed++;
        if (c.announcedDue && row.due > c.due!) movedLater++;
      }
      assert.ok(changed > 300, `the edit moved many clocks (${changed})`);
      assert.ok(movedLater > 50, `and many announced answers later (${movedLater})`);
      assert.ok(result.changed >= changed);
      // Each announced answer moved later is logged on its complaint (and its applicant told).
      const moved = await t.db
        .select({ id: complaintEvents.id })
        .from(complaintEvents)
        .where(
          and(
            eq(complaintEvents.kind, "deadline_moved"),
            inArray(
              complaintEvents.complaintId,
              complaintRows.map((c) => c.id),
            ),
          ),
        );
      assert.equal(moved.length, movedLater);
      // Written together, the events and their audit rows are still links of their complaints' chains.
      const chains = await verifyAllChains(t.db);
      assert.ok(chains.ok, chains.ok ? "" : JSON.stringify(chains.broken));
      assert.ok(chains.links >= movedLater * 2);
    });
  }
});
