import { AsyncLocalStorage } from "node:async_hooks";
import { and, eq, lt, type SQLWrapper } from "drizzle-orm";
import type { Executor, Tx } from "../db/connection.ts";
import { idempotencyKeys } from "../db/schema.ts";
import { DomainError } from "../domain/errors.ts";

export type StoredResponse = { status: number; body: unknown };
const TTL_MS = 24 * 60 * 60 * 1000;

/** The client's `Idempotency-Key` and a fingerprint of its request, set by the web edge. */
export const keyedRequest = new AsyncLocalStorage<{ key: string; fingerprint: string }>();

/**
 * Runs `create` once per (user, key) within 24 h, inside the caller's transaction: the key row
 * is inserted first (an expired one taken over in the same statement), so a concurrent duplicate waits for the first to commit and then gets the
 * stored response instead of creating anything. A client's key (`keyedRequest`) also records its
 * request: the same key with another method, path or body is refused (422), not answered with
 * the first request's result.
 */
export async function idempotent(
  tx: Tx,
  userId: string,
  key: string | undefined,
  now: Date,
  create: (keeper: Keeper | null) => Promise<StoredResponse>,
): Promise<StoredResponse> {
  if (!key) return create(null);
  const request = keyedRequest.getStore();
  const requestHash = request?.key === key ? request.fingerprint : null;
  const same = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
  // One statement: a new key is inserted, an expired one taken over, a live one left alone.
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ userId, key, createdAt: now, requestHash })
    .onConflictDoUpdate({
      target: [idempotencyKeys.userId, idempotencyKeys.key],
      set: { createdAt: now, requestHash, status: null, response: null },
      where: lt(idempotencyKeys.createdAt, new Date(now.getTime() - TTL_MS)),
    })
    .returning({ key: idempotencyKeys.key });
  if (claimed.length === 0) {
    const [stored] = await tx.select().from(idempotencyKeys).where(same);
    if (requestHash && stored?.requestHash && stored.requestHash !== requestHash) {
      throw new DomainError("validation", "idempotency_key_reused");
    }
    if (stored?.status) return { status: stored.status, body: stored.response };
  }
  const keeper: Keeper = {
    recorded: false,
    record(response) {
      keeper.recorded = true;
      return tx.update(idempotencyKeys).set({ status: response.status, response: response.body }).where(same);
    },
  };
  const response = await create(keeper);
  if (!keeper.recorded) await keeper.record(response);
  return response;
}

/**
 * The stored answer of a keyed request already made (null when the key is new, expired or still
 * in flight), read before a route's own checks: a replay gets the first answer, not the refusal
 * that its effect would cause now (an escalation already made cannot be made again); the same
 * key with another request is refused (422) here too. `idempotent` still guards the write.
 */
export async function replayed(
  db: Executor,
  userId: string,
  key: string | undefined,
  now: Date,
): Promise<StoredResponse | null> {
  if (!key) return null;
  const [stored] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  if (!stored || stored.createdAt.getTime() < now.getTime() - TTL_MS) return null;
  const request = keyedRequest.getStore();
  const requestHash = request?.key === key ? request.fingerprint : null;
  if (requestHash && stored.requestHash && stored.requestHash !== requestHash) {
    throw new DomainError("validation", "idempotency_key_reused");
  }
  return stored.status ? { status: stored.status, body: stored.response } : null;
}

/**
 * Records the answer of a keyed request: `record` gives the statement, for the creator to send
 * with its own writes (one round trip fewer); when it does not, `idempotent` sends it after.
 */
export type Keeper = {
  recorded: boolean;
  record(response: StoredResponse): SQLWrapper & PromiseLike<unknown>;
};
