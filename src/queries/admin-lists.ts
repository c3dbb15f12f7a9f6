import { asc, count, eq } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { organizations, services, users } from "../db/schema.ts";

type Texts = { kk: string; ru: string; en: string };

/**
 * The staff accounts, for the administrator: login, name, role, organization and position. No
 * password hash, no contact: an administrator runs the system, not cases. Citizens are counted,
 * never listed.
 */
export async function staffAccounts(db: Executor) {
  const staff = await db
    .select({
      login: users.login,
      surname: users.surname,
      name: users.name,
      role: users.role,
      organizationId: users.organizationId,
      position: { kk: users.positionKk, ru: users.positionRu, en: users.positionEn },
      demo: users.isDemo,
    })
    .from(users)
    .where(eq(users.kind, "staff"))
    .orderBy(asc(users.organizationId), asc(users.role), asc(users.login));
  const [citizens] = await db.select({ n: count() }).from(users).where(eq(users.kind, "citizen"));
  return { staff, citizens: citizens?.n ?? 0 };
}

/** The reference data the system routes by: organizations and public services, with their sources. */
export async function referenceData(db: Executor) {
  const orgs = await db.select().from(organizations).orderBy(asc(organizations.id));
  const catalogue = await db.select().from(services).orderBy(asc(services.id));
  const names = new Map<string, Texts>(orgs.map((o) => [o.id, { kk: o.nameKk, ru: o.nameRu, en: o.nameEn }]));
  return {
    names,
    organizations: orgs.map((o) => ({
      id: o.id,
      kind: o.kind,
      name: names.get(o.id)!,
      regionCode: o.regionCode,
      reviewingBodyId: o.reviewingBodyId,
      source: o.source,
    })),
    services: catalogue.map((s) => ({
      id: s.id,
      name: { kk: s.nameKk, ru: s.nameRu, en: s.nameEn },
      providerIds: s.providerIds,
      source: s.source,
    })),
  };
}
