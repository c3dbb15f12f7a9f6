import { AsyncLocalStorage } from "node:async_hooks";
import { and, eq, lt } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { idempotencyKeys } from "../db/schema.ts";
import { DomainError } from "../domain/errors.ts";

export type StoredResponse = { status: number; body: unknown };
const TTL_MS = 24 * 60 * 60 * 1000;

/** The client's `Idempotency-Key` and a fingerprint of its request, set by the web edge. */
export const keyedRequest = new AsyncLocalStorage<{ key: string; fingerprint: string }>();

/**
 * Runs `create` once per (user, key) within 24 h, inside the caller's transaction: the key row
 * is inserted first, so a concurrent duplicate waits for the first to commit and then gets the
 * stored response instead of creating anything. A client's key (`keyedRequest`) also records its
 * request: the same key with another method, path or body is refused (422), not answered with
 * the first request's result.
 */
export async function idempotent(
  tx: Tx,
  userId: string,
  key: string | undefined,
  now: Date,
  create: () => Promise<StoredResponse>,
): Promise<StoredResponse> {
  if (!key) return create();
  const request = keyedRequest.getStore();
  const requestHash = request?.key === key ? request.fingerprint : null;
  const same = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
  await tx
    .delete(idempotencyKeys)
    .where(and(same, lt(idempotencyKeys.createdAt, new Date(now.getTime() - TTL_MS))));
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ userId, key, createdAt: now, requestHash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length === 0) {
    const [stored] = await tx.select().from(idempotencyKeys).where(same);
    if (requestHash && stored?.requestHash && stored.requestHash !== requestHash) {
      throw new DomainError("validation", "idempotency_key_reused");
    }
    if (stored?.status) return { status: stored.status, body: stored.response };
  }
  const response = await create();
  await tx.update(idempotencyKeys).set({ status: response.status, response: response.body }).where(same);
  return response;
}
