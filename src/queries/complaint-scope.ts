import { inArray } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { type complaints, organizations } from "../db/schema.ts";
import type { ComplaintScope } from "../domain/access.ts";

type ComplaintRow = typeof complaints.$inferSelect;

/**
 * The facts that decide who may see and act on a complaint: its parties, the organizations that
 * registered it, the regions of holder and respondent, the holder's reviewing body and — when
 * `today` is given — whether it is overdue (for the bodies that supervise the holder).
 */
export async function complaintScope(
  db: Executor,
  c: ComplaintRow,
  registeredAt: readonly string[],
  today?: string,
): Promise<ComplaintScope> {
  const orgs = await db
    .select({
      id: organizations.id,
      regionCode: organizations.regionCode,
      reviewingBodyId: organizations.reviewingBodyId,
    })
    .from(organizations)
    .where(inArray(organizations.id, [c.holderId, c.respondentId]));
  return {
    status: c.status,
    applicantId: c.applicantId,
    filedBy: c.filedBy,
    holderId: c.holderId,
    respondentId: c.respondentId,
    addresseeId: c.addresseeId,
    registeredAt,
    regions: orgs.map((o) => o.regionCode).filter((r): r is string => Boolean(r)),
    executorId: c.executorId,
    supervisorIds: orgs
      .filter((o) => o.id === c.holderId && o.reviewingBodyId)
      .map((o) => o.reviewingBodyId as string),
    overdue: today !== undefined && c.nextDue !== null && c.nextDue < today,
  };
}
