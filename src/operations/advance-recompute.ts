import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { recomputeRuns } from "../db/schema.ts";
import { currentCalendar, loadCalendar } from "../queries/calendar.ts";
import { latestRecompute, type RecomputeProgress } from "../queries/recompute-runs.ts";
import { audit } from "./audit.ts";
import { recomputeDeadlines } from "./recompute-deadlines.ts";
import { startRecompute } from "./start-recompute.ts";

/**
 * One batch is one transaction holding its clocks: it should last about `BATCH_MS`, so that a
 * request that needs a clock waits that long at most. A batch costs little per clock when only
 * dates change and much more per clock whose announced answer moves later (an event, an audit
 * row and the applicant's notices each), so the size adapts from batch to batch — doubling at
 * most, never above `RECOMPUTE_BATCH` nor below `MIN_BATCH` — and is kept with the run
 * (measured in bench/recompute.ts, docs/performance.md).
 */
export const RECOMPUTE_BATCH = 5_000;
const MIN_BATCH = 10;
const BATCH_MS = 80;

const nextBatch = (size: number, ms: number) =>
  Math.max(MIN_BATCH, Math.min(RECOMPUTE_BATCH, size * 2, Math.round((size * BATCH_MS) / Math.max(ms, 1))));

/**
 * Works on the running recompute (if any) until it is finished or `budgetMs` has passed, one
 * batch per transaction: the run row is taken with SKIP LOCKED (two processes never do the same
 * batch; the second simply returns), the batch recomputes the next open clocks after the cursor
 * on the calendar as stored, and the run's counts and cursor move in the same
 * transaction — a crash loses nothing and repeats nothing. The last batch finishes the run and
 * writes its audit event with the counts. Returns the run as it is after the work (the latest
 * run when none is running), or null when there never was one.
 */
export async function advanceRecompute(
  db: Db,
  opts: { now: Date; budgetMs: number /** A fixed batch size instead of the adapted one. */; batch?: number },
): Promise<RecomputeProgress | null> {
  const started = performance.now();
  for (;;) {
    // The cached calendar (rebuilt only when the reference revision moved), not one per batch.
    const cached = await currentCalendar(db);
    const step = await db.transaction(async (tx) => {
      const [run] = await tx
        .select()
        .from(recomputeRuns)
        .where(eq(recomputeRuns.status, "running"))
        .for("update", { skipLocked: true });
      if (!run) return { run: null, more: false };
      const calendar = cached.version === run.calendarVersion ? cached : await loadCalendar(tx);
      if (calendar.version !== run.calendarVersion) {
        // Changed since without a run of its own (a restore, a seed): start over on it.
        const id = await startRecompute(tx, calendar.version, { actorId: null, now: opts.now });
        const [fresh] = await tx.select().from(recomputeRuns).where(eq(recomputeRuns.id, id));
        return { run: fresh!, more: true };
      }
      const limit = opts.batch ?? run.batch;
      const batchStarted = performance.now();
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
          batch: nextBatch(limit, performance.now() - batchStarted),
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
