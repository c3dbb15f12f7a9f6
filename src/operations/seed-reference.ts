import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../db/connection.ts";
import { organizations, type Phone, services } from "../db/schema.ts";
import type { OrganizationKind } from "../domain/roles.ts";

type Names = { kk: string; ru: string; en: string };
type OrganizationData = {
  id: string;
  kind: OrganizationKind;
  parentId: string | null;
  reviewingBodyId: string | null;
  regionCode: string | null;
  name: Names;
  address: Names | null;
  phones: Phone[];
  source: string;
};

type ServiceData = {
  id: string;
  code: string | null;
  name: Names;
  providerKind: string | null;
  /** The bodies of this catalogue that provide the service (they are offered only their own). */
  providerIds?: string[];
  source: string;
};

/** `ON CONFLICT … DO UPDATE SET col = excluded.col` for these columns: the file's values win. */
function excluded<T extends object>(table: T, keys: (keyof T & string)[]) {
  return Object.fromEntries(keys.map((k) => [k, sql.raw(`excluded."${(table[k] as PgColumn).name}"`)]));
}

const file = new URL("../../data/organizations.json", import.meta.url);
const servicesFile = new URL("../../data/services.json", import.meta.url);

/** Upserts the organizations and public services shipped in `data/` (reference data, every mode). */
export async function seedReference(db: Db): Promise<number> {
  const { organizations: list } = JSON.parse(readFileSync(file, "utf8")) as {
    organizations: OrganizationData[];
  };
  await db.transaction(async (tx) => {
    const rows = list.map((o) => ({
      id: o.id,
      kind: o.kind,
      nameKk: o.name.kk,
      nameRu: o.name.ru,
      nameEn: o.name.en,
      addressKk: o.address?.kk ?? null,
      addressRu: o.address?.ru ?? null,
      addressEn: o.address?.en ?? null,
      phones: o.phones,
      regionCode: o.regionCode,
      source: o.source,
    }));
    await tx
      .insert(organizations)
      .values(rows)
      .onConflictDoUpdate({
        target: organizations.id,
        set: excluded(organizations, [
          "kind",
          "nameKk",
          "nameRu",
          "nameEn",
          "addressKk",
          "addressRu",
          "addressEn",
          "phones",
          "regionCode",
          "source",
        ]),
      });
    // Links second, once every organization exists.
    for (const o of list) {
      await tx
        .update(organizations)
        .set({ parentId: o.parentId, reviewingBodyId: o.reviewingBodyId })
        .where(sql`${organizations.id} = ${o.id}`);
    }
    const { services: catalogue } = JSON.parse(readFileSync(servicesFile, "utf8")) as {
      services: ServiceData[];
    };
    await tx
      .insert(services)
      .values(
        catalogue.map((s) => ({
          id: s.id,
          code: s.code,
          nameKk: s.name.kk,
          nameRu: s.name.ru,
          nameEn: s.name.en,
          providerKind: s.providerKind,
          providerIds: s.providerIds ?? [],
          source: s.source,
        })),
      )
      .onConflictDoUpdate({
        target: services.id,
        set: excluded(services, [
          "code",
          "nameKk",
          "nameRu",
          "nameEn",
          "providerKind",
          "providerIds",
          "source",
        ]),
      });
  });
  return list.length;
}
