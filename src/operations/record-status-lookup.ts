import { sql } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { DomainError } from "../domain/errors.ts";

export const STATUS_LOOKUP_WINDOW_MS = 10 * 60 * 1000;
/** Lookups per client address in the window (the public status page and API). */
export const STATUS_LOOKUPS_PER_ADDRESS = 20;
/** Lookups per contact-centre operator in the window (one operator answers many callers). */
export const STATUS_LOOKUPS_PER_OPERATOR = 200;

/**
 * Counts one status lookup for `client` (stored in the database, so the limit holds across app
 * processes) or refuses it with 429 when the client already made `limit` in the window. One
 * statement (`count_status_lookup`, migration 0040): the client's lookups are counted under a
 * lock, so concurrent requests cannot all slip under the limit; a refused lookup is not kept, so
 * the window slides.
 */
export async function recordStatusLookup(
  db: Db,
  r: { client: string; now: Date; limit?: number; windowMs?: number },
): Promise<void> {
  const windowMs = r.windowMs ?? STATUS_LOOKUP_WINDOW_MS;
  const since = new Date(r.now.getTime() - windowMs);
  const limit = r.limit ?? STATUS_LOOKUPS_PER_ADDRESS;
  const result = (await db.execute(
    sql`SELECT count_status_lookup(${r.client}, ${r.now.toISOString()}, ${since.toISOString()}, ${limit}) AS counted`,
  )) as unknown as { rows: { counted: boolean }[] };
  if (!result.rows[0]?.counted) {
    throw new DomainError("rate_limited", "status_rate_limited", [], {
      minutes: Math.round(windowMs / 60000),
    });
  }
}
