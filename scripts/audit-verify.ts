// npm run audit:verify: checks every hash chain of the record (complaint events and audit rows,
// issue 10 item 7). Exit 0 with a one-line summary, or 1 naming the first broken link. Reads the
// database named by DATABASE_URL, or the embedded one in DATA_DIR (then the app must be stopped:
// the DATA_DIR lock refuses while it runs). Read-only.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, loadConfig } from "../src/config/env.ts";
import { type Database, openDatabase } from "../src/db/connection.ts";
import { describeBreak, verifyAllChains } from "../src/queries/audit-chain.ts";

let database: Database | undefined;
let code = 0;
try {
  const config = loadConfig();
  if (!config.databaseUrl && !existsSync(join(config.dataDir, "db")))
    throw new Error(`there is no embedded database in ${config.dataDir} (set DATABASE_URL or DATA_DIR)`);
  database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl, max: 2 } : { dataDir: config.dataDir },
  );
  const report = await verifyAllChains(database.db).catch((error: Error) => {
    throw new Error(
      /audit_chain_heads|column .*(chain|hash)/.test(error.message)
        ? "the database has no audit chains yet (migration 0022): start the application once to upgrade it"
        : error.message,
    );
  });
  if (report.ok) {
    console.log(`audit chains verified: ${report.chains} chains, ${report.links} links, no break`);
  } else {
    console.error(`audit chain broken: ${describeBreak(report.broken)}`);
    code = 1;
  }
} catch (error) {
  console.error(
    `audit:verify failed: ${error instanceof ConfigError ? error.message : (error as Error).message}`,
  );
  code = 1;
} finally {
  await database?.close().catch(() => {});
}
process.exit(code);
