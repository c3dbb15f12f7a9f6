import cluster from "node:cluster";
import { serve } from "@hono/node-server";
import { boot, createLogger } from "./boot.ts";
import { ConfigError, loadConfig } from "./config/env.ts";
import { describeFailure } from "./db/availability.ts";
import { type BackupChannel, serveBackups } from "./db/backup.ts";
import { startJobs } from "./jobs/scheduler.ts";

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Refusing to start: ${error.message}`);
    process.exit(78);
  }
  throw error;
}

// WEB_CONCURRENCY=N (PostgreSQL): this process only keeps N web processes alive on one port.
if (cluster.isPrimary && config.webConcurrency > 1) {
  runPrimary(config.webConcurrency);
} else {
  await serveApp();
}

/** Forks the web processes, replaces one that dies, and passes SIGTERM/SIGINT on to all of them. */
function runPrimary(n: number) {
  const log = createLogger(config);
  let stopping = false;
  const fork = (index: number) => {
    const worker = cluster.fork({ WEB_WORKER_INDEX: String(index) });
    worker.on("exit", (code) => {
      if (stopping) return;
      log.error({ index, code }, "web process died: starting another");
      fork(index);
    });
  };
  // The first boots alone (migrations, reference data, demo world), then the others join it.
  fork(0);
  cluster.once("listening", () => {
    for (let i = 1; i < n; i++) fork(i);
    log.info({ processes: n }, "web processes started");
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    cluster.on("exit", () => {
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
    });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

async function serveApp() {
  const log = createLogger(config);
  const { app, database } = await boot(config, { log }).catch((error: unknown) => {
    // One line that says why (the database away, DATA_DIR locked by a running process …).
    log.fatal(
      { reason: describeFailure(error) },
      error instanceof ConfigError
        ? `Refusing to start: ${error.message}`
        : `start failed: ${describeFailure(error).message}`,
    );
    process.exit(error instanceof ConfigError ? 78 : 1);
  });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    log.info(
      { port: info.port, database: database.kind, demo: config.demo },
      `Shagym is listening on http://localhost:${info.port}`,
    );
  });
  // EADDRINUSE, EACCES …: one line, the database closed (and DATA_DIR unlocked), a non-zero exit.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (server.listening) {
      // A failure while serving (EMFILE on accept …) is logged; the server keeps running.
      log.error({ reason: describeFailure(error) }, "server error");
      return;
    }
    const reason =
      error.code === "EADDRINUSE"
        ? `port ${config.port} on ${config.host} is already in use`
        : describeFailure(error).message;
    log.fatal({ reason: describeFailure(error) }, `start failed: ${reason}`);
    void database.close().finally(() => process.exit(1));
  });

  // The embedded database opens in this process only: `npm run backup` asks it over a private socket.
  let backups: BackupChannel | null = null;
  if (database.snapshot && !config.databaseUrl) {
    backups = await serveBackups(config.dataDir, database.snapshot, log).catch((error: Error) => {
      log.warn({ reason: error.message }, "online backup is off");
      return null;
    });
  }

  // With several web processes, the first runs the in-app jobs (they are safe twice, but once is enough).
  const runsJobs = config.inAppJobs && (process.env.WEB_WORKER_INDEX ?? "0") === "0";
  const stopJobs = runsJobs ? startJobs(database, config, log) : async () => {};

  let stopping = false;
  async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down: finishing requests");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(async () => {
      await stopJobs();
      await backups?.close();
      await database.close();
      log.info("stopped");
      process.exit(0);
    });
  }
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}
