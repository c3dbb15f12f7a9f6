import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { recomputeRuns } from "../db/schema.ts";
import { loadCalendar } from "../queries/calendar.ts";
import { latestRecompute, type RecomputeProgress } from "../queries/recompute-runs.ts";
import { audit } from "./audit.ts";
import { recomputeDeadlines } from "./recompute-deadlines.ts";
import { startRecompute } from "./start-recompute.ts";

/**
 * Open clocks per batch: one batch is one short transaction, so a request that needs a clock
 * waits for one batch at most (measured in bench/recompute.ts and docs/performance.md).
 */
export const RECOMPUTE_BATCH = 2_000;

/**
 * Works on the running recompute (if any) until it is finished or `budgetMs` has passed, one
 * batch per transaction: the run row is taken with SKIP LOCKED (two processes never do the same
 * batch; the second simply returns), the batch recomputes the next `batch` open clocks after the
 * cursor on the calendar as stored, and the run's counts and cursor move in the same
 * transaction — a crash loses nothing and repeats nothing. The last batch finishes the run and
 * writes its audit event with the counts. Returns the run as it is after the work (the latest
 * run when none is running), or null when there never was one.
 */
export async function advanceRecompute(
  db: Db,
  opts: { now: Date; budgetMs: number; batch?: number },
): Promise<RecomputeProgress | null> {
  const started = performance.now();
  const limit = opts.batch ?? RECOMPUTE_BATCH;
  for (;;) {
    const step = await db.transaction(async (tx) => {
      const [run] = await tx
        .select()
        .from(recomputeRuns)
        .where(eq(recomputeRuns.status, "running"))
        .for("update", { skipLocked: true });
      if (!run) return { run: null, more: false };
      const calendar = await loadCalendar(tx);
      if (calendar.version !== run.calendarVersion) {
        // Changed since without a run of its own (a restore, a seed): start over on it.
        const id = await startRecompute(tx, calendar.version, { actorId: null, now: opts.now });
        const [fresh] = await tx.select().from(recomputeRuns).where(eq(recomputeRuns.id, id));
        return { run: fresh!, more: true };
      }
      const r = await recomputeDeadlines(tx, calendar, opts.now, { after: run.cursor, limit });
      const finished = r.checked < limit;
      const failures = [...run.failures, ...r.failed].slice(0, 100);
      const [updated] = await tx
        .update(recomputeRuns)
        .set({
          done: sql`${recomputeRuns.done} + ${r.checked}`,
          changed: sql`${recomputeRuns.changed} + ${r.changed}`,
          failed: sql`${recomputeRuns.failed} + ${r.failed.length}`,
          failures,
          cursor: r.last ?? run.cursor,
          ...(finished && { status: "finished" as const, finishedAt: opts.now }),
        })
        .where(eq(recomputeRuns.id, run.id))
        .returning();
      if (finished) {
        await audit(tx, {
          actorId: run.actorId,
          action: "calendar.recompute_finished",
          entityType: "recompute_run",
          entityId: String(run.id),
          data: {
            calendarVersion: run.calendarVersion,
            checked: updated!.done,
            changed: updated!.changed,
            failed: updated!.failures,
          },
          at: opts.now,
        });
      }
      return { run: updated!, more: !finished };
    });
    if (!step.more || performance.now() - started >= opts.budgetMs) {
      return step.run ?? (await latestRecompute(db));
    }
  }
}
