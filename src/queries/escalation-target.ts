import type { Executor } from "../db/connection.ts";
import { escalationDepartment } from "../domain/reviewing-body.ts";
import { listOrganizations, type OrganizationItem } from "./catalogue.ts";

/**
 * The department of the authorized body for quality an escalation goes to, chosen as
 * `escalateComplaint` chooses it: the quality authority of the region where the appealed body
 * (respondent) sits, else of the holder's region. Null when there is none.
 */
export async function escalationTarget(
  db: Executor,
  complaint: { respondentId: string; holderId: string },
): Promise<OrganizationItem | null> {
  const orgs = await listOrganizations(db);
  const respondent = orgs.find((o) => o.id === complaint.respondentId);
  const holder = orgs.find((o) => o.id === complaint.holderId);
  return escalationDepartment(respondent, holder, orgs);
}
