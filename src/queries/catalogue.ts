import { and, asc, eq, inArray, like, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { organizations, type Phone, services } from "../db/schema.ts";
import { type OrgNode, type ProposedAddressee, proposeAddressees } from "../domain/addressees.ts";
import type { OrganizationKind } from "../domain/roles.ts";

export type Names = { kk: string; ru: string; en: string };

export type OrganizationItem = {
  id: string;
  kind: OrganizationKind;
  name: Names;
  parentId: string | null;
  regionCode: string | null;
  address: Names | null;
  phones: Phone[];
  reviewingBodyId: string | null;
};

export type ServiceItem = { id: string; code: string | null; name: Names };

/** The kinds of body a citizen can appeal: providers, akims' offices, the State Corporation and its branches. */
export const RESPONDENT_KINDS: readonly OrganizationKind[] = ["provider", "akimat", "state_corporation"];

const toItem = (o: typeof organizations.$inferSelect): OrganizationItem => ({
  id: o.id,
  kind: o.kind as OrganizationKind,
  name: { kk: o.nameKk, ru: o.nameRu, en: o.nameEn },
  parentId: o.parentId,
  regionCode: o.regionCode,
  address:
    o.addressKk && o.addressRu && o.addressEn ? { kk: o.addressKk, ru: o.addressRu, en: o.addressEn } : null,
  phones: o.phones,
  reviewingBodyId: o.reviewingBodyId,
});

/** Organizations, optionally of some kinds and within a region (a KATO prefix), by id. */
export async function listOrganizations(
  db: Executor,
  filter: { kinds?: readonly string[]; region?: string } = {},
): Promise<OrganizationItem[]> {
  const where: SQL[] = [];
  if (filter.kinds?.length) where.push(inArray(organizations.kind, [...filter.kinds]));
  if (filter.region) where.push(like(organizations.regionCode, `${filter.region.replace(/[%_\\]/g, "")}%`));
  const rows = await db
    .select()
    .from(organizations)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(organizations.id));
  return rows.map(toItem);
}

export async function findOrganization(db: Executor, id: string): Promise<OrganizationItem | null> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row ? toItem(row) : null;
}

/** Which catalogue provider kinds a body of each kind provides (the State Corporation accepts for all). */
const PROVIDED_KINDS: Partial<Record<OrganizationKind, string[]>> = {
  provider: ["local_executive_body", "education_organization"],
  akimat: ["local_executive_body"],
};

/**
 * The public services a body provides: those linked to it in the catalogue (an education
 * department is offered education, never marriage registration), else those of the provider
 * kinds it covers; every service for the State Corporation. Unknown body → [].
 */
export async function servicesOf(db: Executor, providerId: string): Promise<ServiceItem[]> {
  const org = await findOrganization(db, providerId);
  if (!org) return [];
  const ordered = (condition?: SQL) => db.select().from(services).where(condition).orderBy(asc(services.id));
  if (org.kind === "state_corporation") return (await ordered()).map(toService);
  const linked = await ordered(sql`${services.providerIds} @> ${JSON.stringify([providerId])}::jsonb`);
  const kinds = PROVIDED_KINDS[org.kind];
  const rows = linked.length || !kinds ? linked : await ordered(inArray(services.providerKind, kinds));
  return rows.map(toService);
}

const toService = (s: typeof services.$inferSelect): ServiceItem => ({
  id: s.id,
  code: s.code,
  name: { kk: s.nameKk, ru: s.nameRu, en: s.nameEn },
});

/** The whole public-service catalogue. */
export async function listServices(db: Executor): Promise<ServiceItem[]> {
  return (await db.select().from(services).orderBy(asc(services.id))).map(toService);
}

export async function findService(db: Executor, id: string): Promise<ServiceItem | null> {
  const [s] = await db.select().from(services).where(eq(services.id, id));
  return s ? toService(s) : null;
}

/** The addressees proposed for a respondent, with their names. */
export async function addresseesFor(
  db: Executor,
  respondentId: string,
): Promise<(ProposedAddressee & { name: Names })[]> {
  const all = await listOrganizations(db);
  const nodes: OrgNode[] = all.map((o) => ({
    id: o.id,
    kind: o.kind,
    parentId: o.parentId,
    regionCode: o.regionCode,
  }));
  const names = new Map(all.map((o) => [o.id, o.name]));
  return proposeAddressees(respondentId, nodes).map((p) => ({ ...p, name: names.get(p.organizationId)! }));
}
