import { and, between, eq, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { complaints, users } from "../db/schema.ts";
import {
  type ComplaintStatus,
  type Ground,
  OPEN_STATUSES,
  STATUSES,
  UNREGISTERED_STATUSES,
} from "../domain/complaint.ts";
import { type DeadlineKind, isOverdue } from "../domain/deadlines/index.ts";
import type { Reference } from "./reference.ts";
import { matchesText } from "./text-search.ts";

/** Matching complaints are counted exactly up to this many ("more than 1 000" beyond). */
export const COUNT_CAP = 1_000;

export type InboxFilter = {
  organizationId: string;
  /** A status, "open" (default) or "all". */
  status?: ComplaintStatus | "open" | "all";
  overdue?: boolean;
  /** Only complaints with an open clock due from today to this date (today + N working days). */
  dueBy?: string;
  executorId?: string;
  ground?: Ground;
  serviceId?: string;
  q?: string;
  /** Count matching complaints up to this many (default `COUNT_CAP`). */
  countCap?: number;
  today: string;
  page: number;
  pageSize: number;
};

/**
 * The staff inbox of one organization: what it holds, unregistered first, then by the nearest
 * open due date, then oldest first. The nearest due date is kept on the complaint by a trigger
 * on its deadlines; whether it is overdue is derived from `today` (never stored). Also the counts per status and of overdue
 * complaints for the whole organization.
 */
export async function staffInbox(db: Executor, f: InboxFilter) {
  const where: SQL[] = [eq(complaints.holderId, f.organizationId)];
  const status = f.status ?? "open";
  if (status === "open") where.push(inArray(complaints.status, [...OPEN_STATUSES]));
  else if (status !== "all") where.push(eq(complaints.status, status));
  // Overdue: the nearest open due date is past. Due soon: it falls from today to `dueBy`. Both
  // read the stored nearest due date alone (kept by a trigger, indexed).
  if (f.overdue) where.push(lt(complaints.nextDue, f.today));
  // The filters the counts per status do not answer.
  const narrower: SQL[] = [];
  if (f.dueBy) narrower.push(between(complaints.nextDue, f.today, f.dueBy));
  if (f.executorId) narrower.push(eq(complaints.executorId, f.executorId));
  if (f.ground) narrower.push(sql`${complaints.grounds} @> ${JSON.stringify([f.ground])}::jsonb`);
  if (f.serviceId) narrower.push(eq(complaints.serviceId, f.serviceId));
  if (f.q) narrower.push(matchesText(f.q));
  const condition = and(...where, ...narrower);
  const rows = await db
    .select({
      id: complaints.id,
      status: complaints.status,
      channel: complaints.channel,
      grounds: complaints.grounds,
      serviceId: complaints.serviceId,
      executorId: complaints.executorId,
      receivedAt: complaints.receivedAt,
      filedLate: complaints.filedLate,
      escalatedFrom: complaints.escalatedFrom,
      surname: sql<string>`${complaints.applicant}->>'surname'`,
      name: sql<string>`${complaints.applicant}->>'name'`,
      reasons: sql<string>`left(${complaints.reasons}, 160)`,
      number: complaints.currentNumber,
      nextDue: complaints.nextDue,
      // Which clock that date is (registration, forwarding, review…): the inbox says so.
      nextDueKind: sql<DeadlineKind | null>`(SELECT d.kind FROM deadlines d
        WHERE d.complaint_id = complaints.id AND d.closed_on IS NULL ORDER BY d.due, d.kind LIMIT 1)`,
    })
    .from(complaints)
    .where(condition)
    // Matches complaints_inbox_idx: still to register first, then the nearest open due date.
    .orderBy(complaints.inboxRank, complaints.nextDue, complaints.receivedAt, complaints.id)
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);

  // Filtered by status (and overdue) alone, the total is one of the counts read anyway;
  // otherwise matching rows are counted up to the cap and one more (an exact count of 100 000
  // rows would cost more than the page itself).
  const cap = f.countCap ?? COUNT_CAP;
  const derived = !narrower.length && (!f.overdue || status === "open");
  const [byStatus, [overdue], counted] = await Promise.all([
    db
      .select({ status: complaints.status, n: sql<number>`count(*)`.mapWith(Number) })
      .from(complaints)
      .where(eq(complaints.holderId, f.organizationId))
      .groupBy(complaints.status),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(complaints)
      .where(
        and(
          eq(complaints.holderId, f.organizationId),
          inArray(complaints.status, [...OPEN_STATUSES]),
          lt(complaints.nextDue, f.today),
        ),
      ),
    derived
      ? null
      : db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(
          db
            .select({ one: sql`1` })
            .from(complaints)
            .where(condition)
            .limit(cap + 1)
            .as("capped"),
        ),
  ]);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ComplaintStatus, number>;
  for (const row of byStatus) counts[row.status] = row.n;
  const matched = counted ? (counted[0]?.n ?? 0) : f.overdue ? (overdue?.n ?? 0) : sumOf(counts, status);
  return {
    total: counted ? Math.min(matched, cap) : matched,
    /** False when more complaints match than were counted: `total` is then the cap. */
    totalExact: !counted || matched <= cap,
    page: f.page,
    pageSize: f.pageSize,
    counts,
    overdue: overdue?.n ?? 0,
    items: rows.map((r) => ({
      ...r,
      receivedAt: r.receivedAt.toISOString(),
      unregistered: (UNREGISTERED_STATUSES as readonly string[]).includes(r.status),
      overdue: isOverdue(r.nextDue, f.today),
    })),
  };
}

/** The complaints of a status filter ("open", "all" or one status) from the counts per status. */
function sumOf(counts: Record<ComplaintStatus, number>, status: ComplaintStatus | "open" | "all"): number {
  const list = status === "open" ? OPEN_STATUSES : status === "all" ? STATUSES : [status];
  return list.reduce((n, s) => n + counts[s], 0);
}

export type Inbox = Awaited<ReturnType<typeof staffInbox>>;

/** The choices of the inbox filters: the organization's executors and services. */
export async function inboxChoices(db: Executor, reference: Reference, organizationId: string) {
  const staff = await db
    .select({ id: users.id, surname: users.surname, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), inArray(users.role, ["executor", "head"])));
  return { executors: staff, services: reference.services };
}
