import { hostname } from "node:os";
import type { Logger } from "pino";
import type { Config } from "../config/env.ts";
import { describeFailure, isConnectionFailure } from "../db/availability.ts";
import type { Database } from "../db/connection.ts";
import { advanceRecompute } from "../operations/advance-recompute.ts";
import { refreshReportAggregates } from "../operations/refresh-report-aggregates.ts";
import { currentCalendar } from "../queries/calendar.ts";
import { runDeadlineMonitor } from "./deadline-monitor.ts";
import { dispatchOnce } from "./dispatcher.ts";
import { runMonthlyReports } from "./monthly-reports.ts";
import { createTransports } from "./transports.ts";

/**
 * Runs the background jobs on timers: the outbox dispatcher every few seconds, a calendar
 * edit's recompute of the running deadlines until it is done, the deadline
 * monitor every few minutes, the report sums every minute, the heads' monthly reports on the first working day of a month. Used inside the web process and by `npm run worker`. Returns a
 * stop function that waits for the running round to finish. While the database is away a round
 * is skipped (one warning, not one error per round) and the jobs resume when it is back.
 */
export function startJobs(
  database: Pick<Database, "db" | "availability">,
  config: Config,
  log: Logger,
  now: () => Date = () => new Date(),
) {
  const { db, availability } = database;
  const transports = createTransports(config);
  const worker = `${hostname()}:${process.pid}`;
  const { publicUrl } = config;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const every = (ms: number, job: () => Promise<unknown>) =>
    setInterval(() => {
      if (stopped || availability.down) return;
      running = running.then(job).catch((err: unknown) => {
        if (!isConnectionFailure(err)) return log.error({ err }, "background job failed");
        availability.report(err);
        log.warn({ reason: describeFailure(err) }, "background job postponed: database unavailable");
      });
    }, ms);
  const timers = [
    every(3_000, () => dispatchOnce(db, { transports, now, publicUrl, worker })),
    // A calendar edit's recompute, in short batches, for a few seconds a round.
    every(2_000, () => advanceRecompute(db, { now: now(), budgetMs: 5_000 })),
    every(5 * 60_000, () => runDeadlineMonitor(db, { now: now(), officeHour: config.officeHour })),
    // The report sums: only the days and bodies of the complaints changed since the last run.
    every(60_000, async () => refreshReportAggregates(db, await currentCalendar(db), { now: now() })),
    every(15 * 60_000, () => runMonthlyReports(db, { now: now(), officeHour: config.officeHour })),
  ];
  return async () => {
    stopped = true;
    for (const t of timers) clearInterval(t);
    await running;
  };
}
