import type { Executor } from "../db/connection.ts";
import { auditEvents } from "../db/schema.ts";
import { auditChainOf, auditContent } from "../domain/audit-chain.ts";
import { inTransaction, nextLink } from "./audit-chain.ts";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
  requestId?: string | null;
  /** When it happened (default: now). Stored at millisecond precision, as hashed. */
  at?: Date;
};

/**
 * Appends one audit event to its hash chain (its complaint's, or the global one); call it inside
 * the transaction that makes the change (given the database, it opens its own).
 */
export async function audit(db: Executor, entry: AuditEntry): Promise<void> {
  const row = {
    at: entry.at ?? new Date(),
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    data: entry.data ?? {},
    requestId: entry.requestId ?? null,
  };
  await inTransaction(db, async (tx) => {
    const link = await nextLink(
      tx,
      auditChainOf(row.entityType, row.entityId),
      "audit_events",
      auditContent(row),
    );
    await tx.insert(auditEvents).values({ ...row, ...link });
  });
}
