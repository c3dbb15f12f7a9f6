import { eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { deadlines, recomputeRuns } from "../db/schema.ts";

/**
 * Starts the recompute of the running deadlines on the calendar of `calendarVersion`, in the
 * caller's transaction (the calendar edit's): a running run of an earlier calendar is
 * superseded — its batches would be redone on the new calendar anyway — and the new run starts
 * from the first open clock. Returns the run's id; `advanceRecompute` does the work.
 */
export async function startRecompute(
  tx: Executor,
  calendarVersion: string,
  ctx: { actorId: string | null; now: Date },
): Promise<number> {
  await tx
    .update(recomputeRuns)
    .set({ status: "superseded", finishedAt: ctx.now })
    .where(eq(recomputeRuns.status, "running"));
  const [{ total } = { total: 0 }] = await tx
    .select({ total: sql<number>`count(*)::integer` })
    .from(deadlines)
    .where(isNull(deadlines.closedOn));
  const [run] = await tx
    .insert(recomputeRuns)
    .values({ calendarVersion, startedAt: ctx.now, total: Number(total), actorId: ctx.actorId })
    .returning({ id: recomputeRuns.id });
  return run!.id;
}
