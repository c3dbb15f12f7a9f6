import { eq, or, type SQL, sql } from "drizzle-orm";
import { complaints } from "../db/schema.ts";
import type { SessionUser } from "./session-user.ts";

/**
 * The complaints a user may see (the access table's `view`, src/domain/access.ts, as SQL over the
 * `complaints` row): a citizen's own, an operator's filings, an organization's (held, appealed,
 * addressed or once registered there, and what is overdue at the bodies it reviews), everything in
 * a quality authority's region, everything for an administrator (`undefined`: no condition).
 * Columns are spelled out ("complaints"."…") so that it holds inside joins and subqueries.
 */
export function visibleTo(user: SessionUser, today: string): SQL | undefined {
  if (user.role === "citizen") return eq(complaints.applicantId, user.id);
  if (user.role === "operator") return eq(complaints.filedBy, user.id);
  if (user.role === "admin") return undefined;
  const org = user.organizationId ?? "";
  const mine = sql`("complaints"."holder_id" = ${org} or "complaints"."respondent_id" = ${org}
    or "complaints"."addressee_id" = ${org}
    or exists (select 1 from registrations r where r.complaint_id = "complaints"."id" and r.organization_id = ${org}))`;
  // The reviewing body also sees what is overdue at the bodies below it.
  const overdueBelow = sql`("complaints"."next_due" < ${today} and exists (select 1 from organizations o
    where o.id = "complaints"."holder_id" and o.reviewing_body_id = ${org}))`;
  if (user.organizationKind === "quality_authority" && user.regionCode) {
    const inRegion = sql`exists (select 1 from organizations o
      where o.id in ("complaints"."holder_id", "complaints"."respondent_id") and o.region_code like ${`${user.regionCode}%`})`;
    return or(mine, inRegion, overdueBelow);
  }
  return or(mine, overdueBelow);
}
