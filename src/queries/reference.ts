import { eq, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { organizations, referenceRevision, services } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { loadCalendar } from "./calendar.ts";

export type OrganizationRow = typeof organizations.$inferSelect;

/** The reference data a request needs, as of one revision (organizations, service ids, the calendar). */
export type Reference = {
  revision: number;
  organizations: ReadonlyMap<string, OrganizationRow>;
  serviceIds: ReadonlySet<string>;
  /** The services with their names, as the inbox's filter lists them. */
  services: readonly { id: string; kk: string; ru: string; en: string }[];
  calendar: Calendar;
};

const cache = new WeakMap<Executor, Reference>();

/**
 * The reference data's revision as one more column of another read (no round trip of its own):
 * null when the database keeps none.
 */
export const revisionColumn =
  sql`(SELECT ${referenceRevision.revision} FROM ${referenceRevision} WHERE ${referenceRevision.id} = 1)`.mapWith(
    (v): number | null => Number(v),
  );

/** The revision the database keeps for the reference data (bumped by a trigger on every change, 0033). */
export async function readReferenceRevision(db: Executor): Promise<number> {
  const [row] = await db
    .select({ revision: referenceRevision.revision })
    .from(referenceRevision)
    .where(eq(referenceRevision.id, 1));
  return Number(row?.revision ?? 0);
}

/**
 * Organizations, services and the calendar, from this process's memory while the database's
 * reference revision has not moved; rebuilt when it has, so every process sees a change on its
 * next request. `revision` is the one a request already read (the session look-up carries it);
 * without it one small query reads it. Pass the database rather than a transaction.
 */
export async function referenceData(db: Executor, revision?: number): Promise<Reference> {
  const current = revision ?? (await readReferenceRevision(db));
  const cached = cache.get(db);
  if (cached && cached.revision === current) return cached;
  // Loaded after the revision was read: at least as new as it (a later bump reloads again).
  const orgs = await db.select().from(organizations);
  const serviceRows = await db
    .select({ id: services.id, kk: services.nameKk, ru: services.nameRu, en: services.nameEn })
    .from(services);
  const calendar = await loadCalendar(db);
  const fresh: Reference = {
    revision: current,
    organizations: new Map(orgs.map((o) => [o.id, o])),
    serviceIds: new Set(serviceRows.map((s) => s.id)),
    services: serviceRows,
    calendar,
  };
  cache.set(db, fresh);
  return fresh;
}

/** The kk/ru/en names of these organizations (nulls and repeats ignored), by id, from memory. */
export function namesFrom(
  reference: Reference,
  ids: readonly (string | null | undefined)[],
): Map<string, { kk: string; ru: string; en: string }> {
  const names = new Map<string, { kk: string; ru: string; en: string }>();
  for (const id of ids) {
    const o = id ? reference.organizations.get(id) : undefined;
    if (o) names.set(o.id, { kk: o.nameKk, ru: o.nameRu, en: o.nameEn });
  }
  return names;
}
