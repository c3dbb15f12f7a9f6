// npm run export -- --to postgres://…: moves the embedded installation in DATA_DIR (database and
// attachment files) to an empty PostgreSQL database, then verifies it. The app must be stopped.
import { ConfigError, loadConfig } from "../src/config/env.ts";
import { exportToPostgres } from "../src/db/export.ts";

const args = process.argv.slice(2);
const at = args.indexOf("--to");
const url = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith("--to="))?.slice(5);
try {
  const config = loadConfig();
  if (!url || !/^postgres(ql)?:\/\//.test(url))
    throw new Error("usage: npm run export -- --to postgres://user@host:5432/database");
  if (config.databaseUrl) {
    throw new Error(
      "DATABASE_URL is set: export moves the embedded database in DATA_DIR; unset DATABASE_URL",
    );
  }
  const report = await exportToPostgres(config.dataDir, url, (line) => console.log(line));
  const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `exported ${config.dataDir} to ${new URL(url).pathname.slice(1)}: ${report.tables.length} tables, ${rows} rows, ${report.sequences.length} sequences, ${report.files} attachment files; verified (row counts and contents, sequences, SHA-256 of every file)`,
  );
  console.log(
    "next: start the app with DATABASE_URL set to the target; keep DATA_DIR until you have checked it",
  );
} catch (error) {
  console.error(`export failed: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
  process.exit(1);
}
