import { and, asc, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { attachments, organizations, services } from "../db/schema.ts";
import type { OrganizationKind } from "../domain/roles.ts";

type Names = { kk: string; ru: string; en: string };
export type IntakeChoices = {
  organizations: { id: string; kind: OrganizationKind; name: Names }[];
  services: { id: string; name: Names }[];
};

/** The organizations (all but the contact centre) and public services an intake form offers. */
export async function intakeChoices(db: Executor): Promise<IntakeChoices> {
  const [orgs, svc] = await Promise.all([
    db
      .select()
      .from(organizations)
      .where(ne(organizations.kind, "contact_centre"))
      .orderBy(asc(organizations.id)),
    db.select().from(services).orderBy(asc(services.id)),
  ]);
  return {
    organizations: orgs.map((o) => ({
      id: o.id,
      kind: o.kind as OrganizationKind,
      name: { kk: o.nameKk, ru: o.nameRu, en: o.nameEn },
    })),
    services: svc.map((s) => ({ id: s.id, name: { kk: s.nameKk, ru: s.nameRu, en: s.nameEn } })),
  };
}

/** Files an intake form uploaded earlier that are still the user's and not yet on a complaint. */
export async function pendingAttachments(db: Executor, ownerId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: attachments.id, filename: attachments.filename })
    .from(attachments)
    .where(
      and(inArray(attachments.id, ids), eq(attachments.ownerId, ownerId), isNull(attachments.complaintId)),
    )
    .orderBy(asc(attachments.createdAt));
}
