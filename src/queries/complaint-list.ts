import { and, desc, eq, lt, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { complaints, deadlines } from "../db/schema.ts";
import type { ComplaintStatus } from "../domain/complaint.ts";
import { organizationNames } from "./organization-names.ts";
import type { SessionUser } from "./session-user.ts";
import { matchesText } from "./text-search.ts";
import { visibleTo } from "./visible-complaints.ts";

// Drizzle leaves columns unqualified in a single-table query; inside a subquery that would name
// the subquery's own column, so the outer columns are spelled out.
const complaintId = sql.raw(`"complaints"."id"`);
const holderId = sql.raw(`"complaints"."holder_id"`);

export type ListFilter = {
  status?: ComplaintStatus;
  overdue?: boolean;
  q?: string;
  page: number;
  pageSize: number;
  today: string;
};

/**
 * The complaints a user may list: a citizen's own, an operator's filings, an organization's
 * (held, appealed, addressed or once registered there, and what is overdue at the bodies it
 * reviews), everything in a quality authority's region, everything for an administrator. Newest first; `overdue` = an open clock past its due.
 */
export async function listComplaints(db: Executor, user: SessionUser, f: ListFilter) {
  const where: SQL[] = [];
  const visible = visibleTo(user, f.today);
  if (visible) where.push(visible);
  if (f.status) where.push(eq(complaints.status, f.status));
  // The stored nearest open due date (kept by a trigger) says whether anything is overdue.
  if (f.overdue) where.push(lt(complaints.nextDue, f.today));
  if (f.q) where.push(matchesText(f.q));
  const condition = and(...where);
  const rows = await db
    .select({
      id: complaints.id,
      status: complaints.status,
      outcome: complaints.outcome,
      channel: complaints.channel,
      holderId: complaints.holderId,
      receivedAt: complaints.receivedAt,
      filedLate: complaints.filedLate,
      number: complaints.currentNumber,
      /** The opening words of the reasons, for lists (whitespace folded). */
      excerpt: sql<string>`left(regexp_replace(${complaints.reasons}, '[[:space:]]+', ' ', 'g'), 121)`,
      nextDue: complaints.nextDue,
      /** When the holder must answer (its running review, extension or forward clock): what the applicant waits for. */
      answerDue: sql<
        string | null
      >`(select max(d.due)::text from ${deadlines} d where d.complaint_id = ${complaintId} and d.organization_id = ${holderId} and d.closed_on is null and d.kind in ('forward', 'review', 'extension'))`,
    })
    .from(complaints)
    .where(condition)
    .orderBy(desc(complaints.receivedAt), desc(complaints.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [total] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(complaints)
    .where(condition);
  const holderNames = await organizationNames(
    db,
    rows.map((r) => r.holderId),
  );
  return {
    total: total?.n ?? 0,
    page: f.page,
    pageSize: f.pageSize,
    items: rows.map((r) => ({
      ...r,
      excerpt: [...r.excerpt].length > 120 ? `${[...r.excerpt].slice(0, 120).join("")}…` : r.excerpt,
      receivedAt: r.receivedAt.toISOString(),
      holderName: holderNames.get(r.holderId)!,
    })),
  };
}
