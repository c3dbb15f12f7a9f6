import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { deadlines } from "../db/schema.ts";

/**
 * Stops the open clocks of a complaint on `today` (met when on or before the due date, missed
 * after — derived, never stored). `kinds` limits which clocks; returns what was closed.
 */
export async function closeDeadlines(
  tx: Tx,
  complaintId: string,
  today: string,
  kinds: readonly ("forward" | "review" | "extension")[] = ["forward", "review", "extension"],
) {
  return tx
    .update(deadlines)
    .set({ closedOn: today })
    .where(
      and(
        eq(deadlines.complaintId, complaintId),
        isNull(deadlines.closedOn),
        inArray(deadlines.kind, [...kinds]),
      ),
    )
    .returning({ id: deadlines.id, kind: deadlines.kind, due: deadlines.due });
}
