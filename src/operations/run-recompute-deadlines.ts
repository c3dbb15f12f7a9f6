import type { Db } from "../db/connection.ts";
import { loadCalendar } from "../queries/calendar.ts";
import type { RecomputeProgress } from "../queries/recompute-runs.ts";
import { advanceRecompute } from "./advance-recompute.ts";
import { startRecompute } from "./start-recompute.ts";

/**
 * The job form: brings every running deadline to the calendar as stored now (after reference
 * data were reloaded or a restore, or as a safety net), through a run of batches like an
 * administrator's edit, to the end.
 */
export async function runRecomputeDeadlines(db: Db, now: Date): Promise<RecomputeProgress> {
  await db.transaction(async (tx) =>
    startRecompute(tx, (await loadCalendar(tx)).version, { actorId: null, now }),
  );
  const run = await advanceRecompute(db, { now, budgetMs: Number.POSITIVE_INFINITY });
  return run!;
}
