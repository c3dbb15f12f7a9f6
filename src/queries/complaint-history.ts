import { asc, eq } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { complaintEvents } from "../db/schema.ts";
import { type FieldPolicy, presentEventData, showsEvent } from "../domain/visibility.ts";
import { organizationNames } from "./organization-names.ts";

/**
 * The log of a complaint for staff: every event with its actor, time, organization and what
 * changed (its data) — internal comments and the executor's name only as the viewer's field
 * policy allows (`ComplaintView.visibility`). Call only after the access check (`history`).
 */
export async function complaintHistory(
  db: Executor,
  complaintId: string,
  viewer: { policy: FieldPolicy; organizationId: string | null },
) {
  const events = (
    await db
      .select()
      .from(complaintEvents)
      .where(eq(complaintEvents.complaintId, complaintId))
      .orderBy(asc(complaintEvents.id))
  ).filter((e) => showsEvent(e, viewer.policy, viewer.organizationId));
  const names = await organizationNames(
    db,
    events.map((e) => e.organizationId),
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
    data: presentEventData(e.data, viewer.policy),
  }));
}

export type HistoryEntry = Awaited<ReturnType<typeof complaintHistory>>[number];
