import { asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { complaintEvents, organizations } from "../db/schema.ts";

/**
 * The full log of a complaint for staff: every event with its actor, time, organization and what
 * changed (its data), internal comments included. Call only after the access check (`history`).
 */
export async function complaintHistory(db: Executor, complaintId: string) {
  const events = await db
    .select()
    .from(complaintEvents)
    .where(eq(complaintEvents.complaintId, complaintId))
    .orderBy(asc(complaintEvents.id));
  const orgIds = [...new Set(events.map((e) => e.organizationId).filter((o): o is string => Boolean(o)))];
  const names = new Map(
    orgIds.length
      ? (await db.select().from(organizations).where(inArray(organizations.id, orgIds))).map((o) => [
          o.id,
          { kk: o.nameKk, ru: o.nameRu, en: o.nameEn },
        ])
      : [],
  );
  return events.map((e) => ({
    id: e.id,
    kind: e.kind,
    mark: e.mark,
    at: e.at.toISOString(),
    organizationId: e.organizationId,
    organizationName: e.organizationId ? (names.get(e.organizationId) ?? null) : null,
    actorId: e.actorId,
    actor: e.actor,
    note: e.note,
    internal: e.internal,
    data: e.data,
  }));
}

export type HistoryEntry = Awaited<ReturnType<typeof complaintHistory>>[number];
