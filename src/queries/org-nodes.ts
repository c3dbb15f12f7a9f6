import type { Executor } from "../db/connection.ts";
import { organizations } from "../db/schema.ts";
import type { OrgNode } from "../domain/reviewing-body.ts";
import type { OrganizationKind } from "../domain/roles.ts";

type Texts = { kk: string; ru: string; en: string };

/** Every organization as the routing rules see it, with its names and addresses. */
export async function orgNodes(db: Executor): Promise<(OrgNode & { names: Texts; addresses: Texts })[]> {
  const rows = await db.select().from(organizations);
  return rows.map(orgNode);
}

/** One organization row as the routing rules see it. */
export function orgNode(o: typeof organizations.$inferSelect): OrgNode & { names: Texts; addresses: Texts } {
  return {
    id: o.id,
    kind: o.kind as OrganizationKind,
    reviewingBodyId: o.reviewingBodyId,
    regionCode: o.regionCode,
    names: { kk: o.nameKk, ru: o.nameRu, en: o.nameEn },
    addresses: { kk: o.addressKk ?? "", ru: o.addressRu ?? "", en: o.addressEn ?? "" },
  };
}
