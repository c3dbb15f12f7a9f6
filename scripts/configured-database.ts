// The maintenance scripts' frame: the database named by DATABASE_URL or the embedded one in
// DATA_DIR (the app must then be stopped: the DATA_DIR lock refuses while it runs), the work,
// one line on failure, the database closed, and the exit code.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, loadConfig } from "../src/config/env.ts";
import { type Database, openDatabase } from "../src/db/connection.ts";

/** Runs `work` on the configured database and exits: 0, or 1 when it failed or answered false. */
export async function onConfiguredDatabase(
  name: string,
  work: (database: Database) => Promise<unknown>,
): Promise<never> {
  let database: Database | undefined;
  let code = 0;
  try {
    const config = loadConfig();
    if (!config.databaseUrl && !existsSync(join(config.dataDir, "db")))
      throw new Error(`there is no embedded database in ${config.dataDir} (set DATABASE_URL or DATA_DIR)`);
    database = await openDatabase(
      config.databaseUrl ? { url: config.databaseUrl, max: 2 } : { dataDir: config.dataDir },
    );
    if ((await work(database)) === false) code = 1;
  } catch (error) {
    console.error(
      `${name} failed: ${error instanceof ConfigError ? error.message : (error as Error).message}`,
    );
    code = 1;
  } finally {
    await database?.close().catch(() => {});
  }
  process.exit(code);
}
