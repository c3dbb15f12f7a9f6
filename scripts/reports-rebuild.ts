// npm run reports:rebuild: counts the report sums (report_daily, report_pairs) again from every
// complaint, for the database named by DATABASE_URL or the embedded one in DATA_DIR (then the
// app must be stopped). The job runner keeps them current by itself (only what changed); this is
// for after a bulk import or a restore. Prints what it did and how long it took.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, loadConfig } from "../src/config/env.ts";
import { type Database, openDatabase } from "../src/db/connection.ts";
import { migrate } from "../src/db/migrate.ts";
import { refreshReportAggregates } from "../src/operations/refresh-report-aggregates.ts";
import { currentCalendar } from "../src/queries/calendar.ts";

let database: Database | undefined;
let code = 0;
try {
  const config = loadConfig();
  if (!config.databaseUrl && !existsSync(join(config.dataDir, "db")))
    throw new Error(`there is no embedded database in ${config.dataDir} (set DATABASE_URL or DATA_DIR)`);
  database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl, max: 2 } : { dataDir: config.dataDir },
  );
  await migrate(database);
  const started = performance.now();
  const done = await refreshReportAggregates(database.db, await currentCalendar(database.db), { full: true });
  console.log(
    `report sums rebuilt: ${done?.days ?? 0} days in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(
    `reports:rebuild failed: ${error instanceof ConfigError ? error.message : (error as Error).message}`,
  );
  code = 1;
} finally {
  await database?.close().catch(() => {});
}
process.exit(code);
