import { eq, inArray } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { complaints, deadlines, organizations } from "../db/schema.ts";
import type { ComplaintScope } from "../domain/access.ts";
import { isOverdue } from "../domain/deadlines/index.ts";
import { procedureFacts } from "../domain/procedure.ts";
import type { OrganizationKind } from "../domain/roles.ts";

type ComplaintRow = typeof complaints.$inferSelect;

/**
 * The facts that decide who may see and act on a complaint on `today`: its parties, the
 * organizations that registered it, the regions of holder and respondent, the holder's reviewing
 * body, whether it is overdue (for the bodies that supervise the holder) and what the procedure
 * allows now (its clocks, the holder's kind, an escalation already made).
 */
export async function complaintScope(
  db: Executor,
  c: ComplaintRow,
  registeredAt: readonly string[],
  today: string,
  /** The complaints escalated from this one, when the caller has read them already. */
  escalations?: readonly string[],
): Promise<ComplaintScope> {
  // One query after another: this may run on a transaction's single connection.
  const orgs = await db
    .select({
      id: organizations.id,
      kind: organizations.kind,
      regionCode: organizations.regionCode,
      reviewingBodyId: organizations.reviewingBodyId,
    })
    .from(organizations)
    .where(inArray(organizations.id, [c.holderId, c.respondentId]));
  const clocks = await db
    .select({
      kind: deadlines.kind,
      organizationId: deadlines.organizationId,
      due: deadlines.due,
      closedOn: deadlines.closedOn,
      workingDays: deadlines.workingDays,
    })
    .from(deadlines)
    .where(eq(deadlines.complaintId, c.id));
  const escalated =
    escalations !== undefined
      ? escalations.length > 0
      : (
          await db
            .select({ id: complaints.id })
            .from(complaints)
            .where(eq(complaints.escalatedFrom, c.id))
            .limit(1)
        ).length > 0;
  return scopeOf(c, registeredAt, today, orgs, clocks, escalated);
}

export type ScopeOrganization = {
  id: string;
  kind: string;
  regionCode: string | null;
  reviewingBodyId: string | null;
};
export type ScopeClock = Pick<
  typeof deadlines.$inferSelect,
  "kind" | "organizationId" | "due" | "closedOn" | "workingDays"
>;

/** The scope from rows already at hand: holder and respondent (`orgs`, others ignored), the clocks. */
export function scopeOf(
  c: ComplaintRow,
  registeredAt: readonly string[],
  today: string,
  allOrgs: readonly ScopeOrganization[],
  clocks: readonly ScopeClock[],
  escalated: boolean,
): ComplaintScope {
  const orgs = allOrgs.filter((o) => o.id === c.holderId || o.id === c.respondentId);
  const holder = orgs.find((o) => o.id === c.holderId);
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
    supervisorIds: holder?.reviewingBodyId ? [holder.reviewingBodyId] : [],
    overdue: isOverdue(c.nextDue, today),
    procedure: procedureFacts(
      c,
      (holder?.kind ?? "provider") as OrganizationKind,
      [...clocks],
      escalated,
      today,
    ),
  };
}
