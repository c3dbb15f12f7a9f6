// The background jobs as a separate process (scale-out with DATABASE_URL): `npm run worker`.
import { boot, createLogger } from "./boot.ts";
import { ConfigError, loadConfig } from "./config/env.ts";
import { describeFailure } from "./db/availability.ts";
import { startJobs } from "./jobs/scheduler.ts";

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Refusing to start: ${error.message}`);
      process.exit(78);
    }
    throw error;
  }
})();
if (!config.databaseUrl) {
  console.error(
    "Refusing to start: DATABASE_URL is required for a separate worker (the embedded database serves one process)",
  );
  process.exit(78);
}
const log = createLogger(config);
const { database } = await boot(config, { log }).catch((error: unknown) => {
  log.fatal({ reason: describeFailure(error) }, `start failed: ${describeFailure(error).message}`);
  process.exit(error instanceof ConfigError ? 78 : 1);
});
const stop = startJobs(database, config, log);
log.info("worker started: outbox dispatcher and deadline monitor");
const shutdown = async () => {
  await stop();
  await database.close();
  process.exit(0);
};
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
