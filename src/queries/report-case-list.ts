import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { type ComplaintStatus, type Ground, OPEN_STATUSES } from "../domain/complaint.ts";
import type { DeadlineKind } from "../domain/deadlines/index.ts";
import { isOverdue } from "../domain/deadlines/index.ts";
import type { Answer } from "../domain/measures.ts";
import type { SessionUser } from "./session-user.ts";
import { visibleTo } from "./visible-complaints.ts";

/** Which clock a case's "on time" or "late" is judged on (docs/reports.md, "The measures"). */
export const CASE_CLOCKS = ["registration", "forward", "review", "answer"] as const;
export type CaseClockFilter = (typeof CASE_CLOCKS)[number];

/**
 * The complaints behind a report's number: the cases (a complaint at a body that received it)
 * received in a period, with the measure's own condition. `unit: "complaint"` counts each
 * complaint once (received, grounds); `"case"` each complaint at each body (every other measure).
 */
export type ReportCaseFilter = {
  /** Received at the body from / to (ISO dates, inclusive). */
  from: string;
  to: string;
  /** The bodies whose cases the reader may list (`null`: all). */
  bodyIds: string[] | null;
  bodyId?: string | undefined;
  /** A KATO prefix: bodies of that region. */
  region?: string | undefined;
  /** A service, or "none" for complaints without one. */
  serviceId?: string | undefined;
  ground?: Ground | undefined;
  /** How the case ended at its body (`answerAt`, src/queries/report-cases.ts). */
  answer?: Answer | undefined;
  /** Left without consideration there on this ground. */
  refusal?: string | undefined;
  /** An open clock of the body past its last day, today. */
  overdue?: boolean | undefined;
  /** The clock done on time (`met: true`) or late (`false`); registration: late also if still open past its day. */
  clock?: CaseClockFilter | undefined;
  met?: boolean | undefined;
  /** Answered (not withdrawn) and escalated by the applicant. */
  escalated?: boolean | undefined;
  /** An escalation decided here in the applicant's favour (satisfied in full or in part). */
  upheld?: boolean | undefined;
  /** A status, or "open" for any open one. */
  status?: ComplaintStatus | "open" | undefined;
  unit: "complaint" | "case";
  today: string;
  page: number;
  pageSize: number;
};

// The case's registration clock is `r` (one per complaint and body that received it); its body
// `r.organization_id`; the complaint is "complaints".
const BODY = sql.raw("r.organization_id");
const ofBody = sql`k.complaint_id = r.complaint_id AND k.organization_id = r.organization_id`;

/** How the complaint ended at the case's body, as `answerAt` (report-cases.ts) says it. */
const ANSWER_SQL = sql`CASE
  WHEN "complaints"."outcome" IS NOT NULL
   AND coalesce("complaints"."decision"->>'organizationId', "complaints"."holder_id") = ${BODY}
    THEN "complaints"."outcome"::text
  WHEN "complaints"."status" = 'left_without_consideration' AND "complaints"."refusal"->>'organizationId' = ${BODY}
    THEN 'left_without_consideration'
  WHEN "complaints"."status" = 'withdrawn' AND "complaints"."holder_id" = ${BODY} THEN 'withdrawn' END`;

/** A done clock (closed by its own act) judged: on time or after its last day. */
const judged = (met: boolean) => (met ? sql`k.closed_on <= k.due` : sql`k.closed_on > k.due`);
const answeredReview = sql`k.kind IN ('review', 'extension') AND k.completed AND k.closed_on IS NOT NULL`;

/** The condition on the case's clocks that a measure's numerator counts (measures.ts). */
function clockCondition(clock: CaseClockFilter, met: boolean, today: string): SQL {
  const any = (cond: SQL) => sql`EXISTS (SELECT 1 FROM deadlines k WHERE ${ofBody} AND ${cond})`;
  switch (clock) {
    case "registration":
      // registeredLate: closed after its day, or still open after it today.
      return met
        ? sql`(r.closed_on <= r.due OR (r.closed_on IS NULL AND ${today}::date <= r.due))`
        : sql`(r.closed_on > r.due OR (r.closed_on IS NULL AND ${today}::date > r.due))`;
    case "forward":
      return any(sql`k.kind = 'forward' AND k.completed AND k.closed_on IS NOT NULL AND ${judged(met)}`);
    case "review":
      return any(sql`${answeredReview} AND ${judged(met)}`);
    case "answer":
      // onTimeShare: the answered review, or else the forward or redirect done.
      return sql`(${any(sql`${answeredReview} AND ${judged(met)}`)} OR (NOT ${any(answeredReview)} AND ${any(
        sql`k.kind IN ('forward', 'redirect') AND k.completed AND k.closed_on IS NOT NULL AND ${judged(met)}`,
      )}))`;
  }
}

/**
 * The cases a report's number counts, as the inbox lists them (latest received first), with
 * their total: each is a complaint at a body, within the reader's bodies and never a complaint
 * the reader may not see (`visibleTo`).
 */
export async function reportCaseList(db: Executor, user: SessionUser, f: ReportCaseFilter) {
  const where: SQL[] = [
    sql`r.kind = 'registration'`,
    sql`r.starts_on BETWEEN ${f.from}::date AND ${f.to}::date`,
  ];
  if (f.bodyIds) where.push(f.bodyIds.length ? sql`r.organization_id IN ${f.bodyIds}` : sql`FALSE`);
  const visible = visibleTo(user, f.today);
  if (visible) where.push(visible);
  if (f.bodyId) where.push(sql`r.organization_id = ${f.bodyId}`);
  if (f.region) where.push(sql`o.region_code LIKE ${`${f.region}%`}`);
  if (f.serviceId === "none") where.push(sql`"complaints"."service_id" IS NULL`);
  else if (f.serviceId) where.push(sql`"complaints"."service_id" = ${f.serviceId}`);
  if (f.ground) where.push(sql`"complaints"."grounds" @> ${JSON.stringify([f.ground])}::jsonb`);
  if (f.status === "open") where.push(sql`"complaints"."status" IN ${[...OPEN_STATUSES]}`);
  else if (f.status) where.push(sql`"complaints"."status" = ${f.status}`);
  if (f.answer) where.push(sql`(${ANSWER_SQL}) = ${f.answer}`);
  if (f.refusal)
    where.push(
      sql`(${ANSWER_SQL}) = 'left_without_consideration' AND "complaints"."refusal"->>'ground' = ${f.refusal}`,
    );
  if (f.overdue)
    where.push(
      sql`EXISTS (SELECT 1 FROM deadlines k WHERE ${ofBody} AND k.closed_on IS NULL AND k.due < ${f.today}::date)`,
    );
  if (f.clock) where.push(clockCondition(f.clock, f.met ?? true, f.today));
  if (f.escalated)
    where.push(sql`(${ANSWER_SQL}) <> 'withdrawn'
      AND EXISTS (SELECT 1 FROM complaints e WHERE e.escalated_from = "complaints"."id")`);
  if (f.upheld)
    where.push(sql`"complaints"."escalated_from" IS NOT NULL
      AND (${ANSWER_SQL}) IN ('satisfied', 'partially_satisfied')`);
  const cases = sql`SELECT r.complaint_id, r.organization_id AS body_id, r.starts_on
      FROM deadlines r
      JOIN complaints ON "complaints"."id" = r.complaint_id
      JOIN organizations o ON o.id = r.organization_id
     WHERE ${sql.join(where, sql` AND `)}`;
  // A complaint counted once: its first case in the set (by day received, then body).
  const set =
    f.unit === "complaint"
      ? sql`SELECT DISTINCT ON (complaint_id) * FROM (${cases}) x ORDER BY complaint_id, starts_on, body_id`
      : cases;
  const rowsOf = async <T>(q: Promise<unknown>) => ((await q) as { rows: T[] }).rows;
  const [count] = await rowsOf<{ n: string | number }>(db.execute(sql`SELECT count(*) AS n FROM (${set}) s`));
  const rows = await rowsOf<Record<string, unknown>>(
    db.execute(sql`SELECT c.id, c.status, c.current_number AS number, c.applicant->>'surname' AS surname,
        c.applicant->>'name' AS name, left(c.reasons, 160) AS reasons, c.next_due::text AS "nextDue",
        c.received_at AS "receivedAt", s.body_id AS "bodyId", s.starts_on::text AS "receivedOn",
        (SELECT d.kind FROM deadlines d WHERE d.complaint_id = c.id AND d.closed_on IS NULL
          ORDER BY d.due, d.kind LIMIT 1) AS "nextDueKind"
      FROM (${set}) s JOIN complaints c ON c.id = s.complaint_id
      ORDER BY s.starts_on DESC, c.id, s.body_id
      LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`),
  );
  return {
    total: Number(count?.n ?? 0),
    items: rows.map((r) => ({
      id: String(r.id),
      status: r.status as ComplaintStatus,
      number: (r.number as string | null) ?? null,
      surname: String(r.surname ?? ""),
      name: String(r.name ?? ""),
      reasons: String(r.reasons ?? ""),
      nextDue: (r.nextDue as string | null) ?? null,
      nextDueKind: (r.nextDueKind as DeadlineKind | null) ?? null,
      receivedAt: new Date(r.receivedAt as string).toISOString(),
      bodyId: String(r.bodyId),
      receivedOn: String(r.receivedOn),
      overdue: isOverdue((r.nextDue as string | null) ?? null, f.today),
    })),
  };
}
