import { hostname } from "node:os";
import type { Logger } from "pino";
import type { Config } from "../config/env.ts";
import type { Db } from "../db/connection.ts";
import { runDeadlineMonitor } from "./deadline-monitor.ts";
import { dispatchOnce } from "./dispatcher.ts";
import { createTransports } from "./transports.ts";

/**
 * Runs the background jobs on timers: the outbox dispatcher every few seconds, the deadline
 * monitor every few minutes. Used inside the web process and by `npm run worker`. Returns a
 * stop function that waits for the running round to finish.
 */
export function startJobs(db: Db, config: Config, log: Logger, now: () => Date = () => new Date()) {
  const transports = createTransports(config);
  const worker = `${hostname()}:${process.pid}`;
  const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const every = (ms: number, job: () => Promise<unknown>) =>
    setInterval(() => {
      if (stopped) return;
      running = running.then(job).catch((err: unknown) => log.error({ err }, "background job failed"));
    }, ms);
  const timers = [
    every(3_000, () => dispatchOnce(db, { transports, now, publicUrl, worker })),
    every(5 * 60_000, () => runDeadlineMonitor(db, { now: now(), officeHour: config.officeHour })),
  ];
  return async () => {
    stopped = true;
    for (const t of timers) clearInterval(t);
    await running;
  };
}
