import { sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { formatDate, parseDate } from "../domain/calendar/dates.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { inTransaction } from "./audit-chain.ts";
import { recordQuietEvents } from "./complaint-events.ts";

export type RecomputeResult = {
  /** Open deadlines looked at. */
  checked: number;
  /** Those whose due or computed date changed. */
  changed: number;
  /** Deadlines that could not be recomputed (e.g. a term running past the calendar), left as they were. */
  failed: { id: string; error: string }[];
  calendarVersion: string;
  /** The id of the last deadline looked at (a batch's cursor), null when none was. */
  last: string | null;
};

/** A batch: the open deadlines with ids after `after` (all when null), at most `limit`. */
export type RecomputeRange = { after: string | null; limit: number };

/**
 * Recomputes the running deadlines of open complaints (`closed_on IS NULL`) on `calendar` —
 * all of them, or one batch (`range`, in the order of their ids) — inside the caller's
 * transaction, in one set-based statement: the computed date follows the calendar, the due date
 * is the later of it and the date already announced to the applicant (never moved earlier).
 * "Add n working days" is a join on a table of the calendar's days and working-day ordinals
 * (`calendarOrdinals`), filled from `calendar` for this transaction. The batch's clocks are read
 * once; only those whose dates change are locked (read again as they are then), rewritten and
 * given the calendar's version — a clock's `calendar_version` is the calendar its dates were last
 * computed on, and most clocks keep theirs, since most edits move few terms. Only the rows that
 * changed or failed come back (with the count and the last id), for the moved answers' events.
 */
export async function recomputeDeadlines(
  tx: Executor,
  calendar: Calendar,
  now: Date,
  range?: RecomputeRange,
): Promise<RecomputeResult> {
  await fillCalendarOrdinals(tx, calendar);
  const version = calendar.version;
  const batch = range
    ? sql`AND (${range.after}::uuid IS NULL OR d.id > ${range.after}::uuid) ORDER BY d.id LIMIT ${range.limit}`
    : sql``;
  // Whether a clock's dates move (or cannot be computed): read once for the batch, then again
  // on the clocks locked, as they are by then.
  const moves = sql`(w.day IS NULL OR w.day <> d.computed_due OR greatest(w.day, d.announced_due) <> d.due)`;
  const result = (await tx.execute(sql`
    WITH b AS (
      SELECT d.id, ${moves} AS moves
        FROM deadlines d
        LEFT JOIN recompute_days s ON s.day = d.starts_on
        LEFT JOIN recompute_working w ON w.ord = s.working_before + d.working_days
       WHERE d.closed_on IS NULL ${batch}
    ), n AS (
      SELECT d.id, d.complaint_id, d.organization_id, d.starts_on, d.due AS old_due,
             d.computed_due AS old_computed, d.announced_due, c.language, w.day AS computed
        FROM deadlines d
        JOIN complaints c ON c.id = d.complaint_id
        LEFT JOIN recompute_days s ON s.day = d.starts_on
        LEFT JOIN recompute_working w ON w.ord = s.working_before + d.working_days
       WHERE d.id IN (SELECT id FROM b WHERE moves) AND d.closed_on IS NULL
         AND ${moves}
         FOR UPDATE OF d
    ), u AS (
      UPDATE deadlines t
         SET computed_due = n.computed,
             due = greatest(n.computed, n.announced_due),
             announced_due = CASE
               WHEN n.announced_due IS NOT NULL AND greatest(n.computed, n.announced_due) > n.old_due
               THEN greatest(n.computed, n.announced_due) ELSE t.announced_due END,
             calendar_version = ${version}
        FROM n
       WHERE t.id = n.id AND n.computed IS NOT NULL
    )
    SELECT (SELECT count(*) FROM b)::integer AS checked,
           (SELECT id::text FROM b ORDER BY id DESC LIMIT 1) AS last,
           (SELECT coalesce(json_agg(json_build_object(
                     'id', n.id, 'complaint_id', n.complaint_id, 'organization_id', n.organization_id,
                     'starts_on', n.starts_on::text, 'old_due', n.old_due::text,
                     'new_due', greatest(n.computed, n.announced_due)::text,
                     'announced_due', n.announced_due::text, 'language', n.language,
                     'failed', n.computed IS NULL) ORDER BY n.id), '[]')
              FROM n) AS rows
  `)) as unknown as { rows: Summary[] } | Summary[];
  const [summary] = Array.isArray(result) ? result : result.rows;
  const changedRows: Changed[] =
    typeof summary!.rows === "string" ? JSON.parse(summary!.rows) : summary!.rows;
  const out: RecomputeResult = {
    checked: Number(summary!.checked),
    changed: 0,
    failed: [],
    calendarVersion: version,
    last: summary!.last,
  };
  const later: Changed[] = [];
  for (const row of changedRows) {
    if (row.failed || row.new_due === null) {
      out.failed.push({ id: row.id, error: outOfCalendar(calendar, row.starts_on) });
      continue;
    }
    out.changed++;
    // A later date of an announced term is announced in turn (and kept from then on).
    if (row.announced_due !== null && row.new_due > row.old_due) later.push(row);
  }
  await announceLaterAnswers(tx, later, now);
  return out;
}

type Summary = { checked: number | string; last: string | null; rows: Changed[] | string };

type Changed = {
  id: string;
  complaint_id: string;
  organization_id: string;
  starts_on: string;
  old_due: string;
  new_due: string | null;
  announced_due: string | null;
  language: "kk" | "ru" | "en";
  failed: boolean;
};

/** Why a clock could not be recomputed: it starts outside the calendar, or runs past its end. */
function outOfCalendar(calendar: Calendar, startsOn: string): string {
  const start = parseDate(startsOn);
  return start < calendar.firstDay || start > calendar.lastDay
    ? `Day ${startsOn} is outside the calendar (${calendar.firstYear}–${calendar.lastYear})`
    : `The term runs past the end of the calendar (${calendar.lastYear})`;
}

/**
 * The calendar as two tables for this transaction: every day with the number of working days
 * before it (`recompute_days`), and every working day with its ordinal (`recompute_working`).
 * The n-th working day after day 0 (day 0: the start, or the next working day after a day off)
 * is then the working day whose ordinal is the start's count plus n.
 */
export async function fillCalendarOrdinals(tx: Executor, calendar: Calendar): Promise<void> {
  // Kept by the connection from one batch to the next (temporary tables are the session's, and
  // transactional: a batch rolled back leaves them as they were), refilled when the calendar changed.
  await tx.execute(sql`
    DO $$ BEGIN
      CREATE TEMP TABLE IF NOT EXISTS recompute_days (day date PRIMARY KEY, working_before integer NOT NULL);
      CREATE TEMP TABLE IF NOT EXISTS recompute_working (ord integer PRIMARY KEY, day date NOT NULL);
      CREATE TEMP TABLE IF NOT EXISTS recompute_calendar (version text NOT NULL);
    END $$
  `);
  const filled = (await tx.execute(sql`SELECT version FROM recompute_calendar`)) as unknown as
    | { rows: { version: string }[] }
    | { version: string }[];
  const [current] = Array.isArray(filled) ? filled : filled.rows;
  if (current?.version === calendar.version) return;
  const days: string[] = [];
  const before: number[] = [];
  const working: string[] = [];
  for (let day = calendar.firstDay; day <= calendar.lastDay; day++) {
    const date = formatDate(day);
    days.push(date);
    before.push(working.length);
    if (calendar.isWorkingN(day)) working.push(date);
  }
  await tx.execute(sql`TRUNCATE recompute_days, recompute_working, recompute_calendar`);
  await tx.execute(sql`
    INSERT INTO recompute_days (day, working_before)
    SELECT d::date, b::integer
      FROM json_array_elements_text(${JSON.stringify(days)}::json) WITH ORDINALITY AS x(d, i)
      JOIN json_array_elements_text(${JSON.stringify(before)}::json) WITH ORDINALITY AS y(b, j) ON i = j
  `);
  await tx.execute(sql`
    INSERT INTO recompute_working (ord, day)
    SELECT (i - 1)::integer, d::date
      FROM json_array_elements_text(${JSON.stringify(working)}::json) WITH ORDINALITY AS x(d, i)
  `);
  await tx.execute(sql`INSERT INTO recompute_calendar (version) VALUES (${calendar.version})`);
}

/**
 * Reviews moved later by a calendar change: the talons' answer dates follow (they are never
 * moved earlier) and each complaint's log says why — for the whole batch in a few statements.
 */
async function announceLaterAnswers(tx: Executor, rows: Changed[], now: Date) {
  if (!rows.length) return;
  await tx.execute(sql`
    UPDATE registrations r SET answer_by = v.new_due
      FROM json_to_recordset(${JSON.stringify(rows)}::json)
        AS v(complaint_id uuid, organization_id text, old_due date, new_due date)
     WHERE r.complaint_id = v.complaint_id AND r.organization_id = v.organization_id
       AND r.answer_by = v.old_due
  `);
  await inTransaction(tx, (t) =>
    recordQuietEvents(
      t,
      rows.map((row) => ({
        event: {
          complaintId: row.complaint_id,
          kind: "deadline_moved",
          mark: null,
          organizationId: row.organization_id,
          actor: null,
          at: now,
          data: { from: row.old_due, to: row.new_due, reason: "calendar_changed" },
        },
        lang: row.language,
      })),
    ),
  );
}
