import { inArray } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { organizations } from "../db/schema.ts";

export type Names = { kk: string; ru: string; en: string };

/** The kk/ru/en names of these organizations (nulls and repeats ignored), by id. */
export async function organizationNames(
  db: Executor,
  ids: readonly (string | null | undefined)[],
): Promise<Map<string, Names>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const rows = await db
    .select({
      id: organizations.id,
      kk: organizations.nameKk,
      ru: organizations.nameRu,
      en: organizations.nameEn,
    })
    .from(organizations)
    .where(inArray(organizations.id, wanted));
  return new Map(rows.map((o) => [o.id, { kk: o.kk, ru: o.ru, en: o.en }]));
}
