import { desc } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { recomputeRuns } from "../db/schema.ts";

/** A calendar edit's recompute of the running deadlines, with its progress. */
export type RecomputeProgress = typeof recomputeRuns.$inferSelect;

/** The latest run, running or not (the admin page's progress), or null when there never was one. */
export async function latestRecompute(db: Executor): Promise<RecomputeProgress | null> {
  const [run] = await db.select().from(recomputeRuns).orderBy(desc(recomputeRuns.id)).limit(1);
  return run ?? null;
}
