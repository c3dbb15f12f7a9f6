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

const stopJobs = config.inAppJobs ? startJobs(database, config, log) : async () => {};

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
