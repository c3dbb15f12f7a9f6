import { and, count, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { statusLookups } from "../db/schema.ts";
import { DomainError } from "../domain/errors.ts";

export const STATUS_LOOKUP_WINDOW_MS = 10 * 60 * 1000;
/** Lookups per client address in the window (the public status page and API). */
export const STATUS_LOOKUPS_PER_ADDRESS = 20;
/** Lookups per contact-centre operator in the window (one operator answers many callers). */
export const STATUS_LOOKUPS_PER_OPERATOR = 200;

/**
 * Counts one status lookup for `client` (stored in the database, so the limit holds across app
 * processes) or refuses it with 429 when the client already made `limit` in the window. The row
 * is inserted before counting, so concurrent requests cannot all slip under the limit; a
 * refused lookup is not kept, so the window slides.
 */
export async function recordStatusLookup(
  db: Db,
  r: { client: string; now: Date; limit?: number; windowMs?: number },
): Promise<void> {
  const limit = r.limit ?? STATUS_LOOKUPS_PER_ADDRESS;
  const since = new Date(r.now.getTime() - (r.windowMs ?? STATUS_LOOKUP_WINDOW_MS));
  await db.delete(statusLookups).where(lt(statusLookups.at, since));
  const [mine] = await db
    .insert(statusLookups)
    .values({ client: r.client, at: r.now })
    .returning({ id: statusLookups.id });
  const [recent] = await db
    .select({ n: count() })
    .from(statusLookups)
    .where(and(eq(statusLookups.client, r.client), gt(statusLookups.at, since)));
  if ((recent?.n ?? 0) > limit) {
    await db.delete(statusLookups).where(eq(statusLookups.id, mine!.id));
    throw new DomainError("rate_limited", "status_rate_limited", [], {
      minutes: Math.round((r.windowMs ?? STATUS_LOOKUP_WINDOW_MS) / 60000),
    });
  }
}
