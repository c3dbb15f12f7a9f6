import type { Executor } from "../db/connection.ts";
import { auditEvents } from "../db/schema.ts";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
  requestId?: string | null;
};

/** Appends one audit event; call it inside the transaction that makes the change. */
export async function audit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    data: entry.data ?? {},
    requestId: entry.requestId ?? null,
  });
}
