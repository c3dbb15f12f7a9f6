import { asc, eq } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { organizations, users } from "../db/schema.ts";
import type { Role } from "../domain/roles.ts";

export type DemoAccount = {
  login: string;
  role: Role;
  fullName: string;
  organization: { kk: string; ru: string; en: string } | null;
};

/** The demo accounts to list on the sign-in page (demo mode only). */
export async function listDemoAccounts(db: Executor): Promise<DemoAccount[]> {
  const rows = await db
    .select({ user: users, org: organizations })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.isDemo, true))
    .orderBy(asc(users.kind), asc(users.organizationId), asc(users.login));
  return rows.map(({ user: u, org }) => ({
    login: u.login,
    role: u.role,
    fullName: [u.surname, u.name, u.patronymic].filter(Boolean).join(" "),
    organization: org ? { kk: org.nameKk, ru: org.nameRu, en: org.nameEn } : null,
  }));
}
