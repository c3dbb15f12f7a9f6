import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { deadlines } from "../db/schema.ts";
import type { DeadlineKind } from "../domain/deadlines/index.ts";

/**
 * The statement that stops the open clocks of the listed kinds on `today`, as a part of a larger
 * one (`cd`, returning what it closed), or null when there is nothing to stop. Those in
 * `completes` are closed by the act they measure (met, or missed when late); the others are only
 * stopped (closed, or missed when already past due) — derived, never stored.
 */
export function closeDeadlines(
  tx: Tx,
  complaintId: string,
  today: string,
  kinds: readonly DeadlineKind[],
  completes: readonly DeadlineKind[] = [],
) {
  if (!kinds.length) return null;
  const done = kinds.filter((k) => completes.includes(k));
  return tx.$with("cd", {}).as(
    tx
      .update(deadlines)
      .set({
        closedOn: today,
        completed: done.length ? sql`${deadlines.completed} OR ${inArray(deadlines.kind, done)}` : undefined,
      })
      .where(
        and(
          eq(deadlines.complaintId, complaintId),
          isNull(deadlines.closedOn),
          inArray(deadlines.kind, [...kinds]),
        ),
      )
      .returning({
        id: deadlines.id,
        kind: deadlines.kind,
        due: deadlines.due,
        completed: deadlines.completed,
      })
      .getSQL(),
  );
}
