import { sql } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { letterCounters } from "../db/schema.ts";
import type { Letter } from "../domain/complaint.ts";

/**
 * The next outgoing letter number of an organization for the year of `date` (gap-free: the
 * counter row stays locked until the transaction ends, and a rollback gives the number back).
 */
export async function nextLetter(tx: Tx, organizationId: string, date: string): Promise<Letter> {
  const year = Number(date.slice(0, 4));
  const [counter] = await tx
    .insert(letterCounters)
    .values({ organizationId, year, last: 1 })
    .onConflictDoUpdate({
      target: [letterCounters.organizationId, letterCounters.year],
      set: { last: sql`${letterCounters.last} + 1` },
    })
    .returning({ last: letterCounters.last });
  return {
    number: `${organizationId.toUpperCase()}-${year}-L${String(counter!.last).padStart(5, "0")}`,
    date,
  };
}
