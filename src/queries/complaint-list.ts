import { and, desc, eq, lt, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { complaints, deadlines, organizations, registrations } from "../db/schema.ts";
import type { ComplaintStatus } from "../domain/complaint.ts";
import { organizationNames } from "./organization-names.ts";
import type { SessionUser } from "./session-user.ts";
import { matchesText } from "./text-search.ts";

// Drizzle leaves columns unqualified in a single-table query; inside a subquery that would name
// the subquery's own column, so the outer columns are spelled out.
const complaintId = sql.raw(`"complaints"."id"`);
const holderId = sql.raw(`"complaints"."holder_id"`);
const respondentId = sql.raw(`"complaints"."respondent_id"`);

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
  if (user.role === "citizen") where.push(eq(complaints.applicantId, user.id));
  else if (user.role === "operator") where.push(eq(complaints.filedBy, user.id));
  else if (user.role !== "admin") {
    const org = user.organizationId ?? "";
    const mine = or(
      eq(complaints.holderId, org),
      eq(complaints.respondentId, org),
      eq(complaints.addresseeId, org),
      sql`exists (select 1 from ${registrations} r where r.complaint_id = ${complaintId} and r.organization_id = ${org})`,
    )!;
    // The reviewing body also sees what is overdue at the bodies below it.
    const overdueBelow = sql`(${complaints.nextDue} < ${f.today} and exists (select 1 from ${organizations} o where o.id = ${holderId} and o.reviewing_body_id = ${org}))`;
    if (user.organizationKind === "quality_authority" && user.regionCode) {
      const inRegion = sql`exists (select 1 from ${organizations} o where o.id in (${holderId}, ${respondentId}) and o.region_code like ${`${user.regionCode}%`})`;
      where.push(or(mine, inRegion, overdueBelow)!);
    } else where.push(or(mine, overdueBelow)!);
  }
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
