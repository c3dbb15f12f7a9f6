import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { deadlines } from "../db/schema.ts";
import type { DeadlineKind } from "../domain/deadlines/index.ts";

/**
 * Stops the open clocks of the listed kinds on `today`. Those in `completes` are closed by the
 * act they measure (met, or missed when late); the others are only stopped (closed, or missed
 * when already past due) — derived, never stored. Returns what was closed.
 */
export async function closeDeadlines(
  tx: Tx,
  complaintId: string,
  today: string,
  kinds: readonly DeadlineKind[],
  completes: readonly DeadlineKind[] = [],
) {
  if (!kinds.length) return [];
  const where = (of: readonly DeadlineKind[]) =>
    and(eq(deadlines.complaintId, complaintId), isNull(deadlines.closedOn), inArray(deadlines.kind, [...of]));
  const done = kinds.filter((k) => completes.includes(k));
  const stopped = kinds.filter((k) => !completes.includes(k));
  const returning = {
    id: deadlines.id,
    kind: deadlines.kind,
    due: deadlines.due,
    completed: deadlines.completed,
  };
  return [
    ...(done.length
      ? await tx
          .update(deadlines)
          .set({ closedOn: today, completed: true })
          .where(where(done))
          .returning(returning)
      : []),
    ...(stopped.length
      ? await tx.update(deadlines).set({ closedOn: today }).where(where(stopped)).returning(returning)
      : []),
  ];
}
