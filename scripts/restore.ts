// npm run restore -- FILE: replaces the embedded database in DATA_DIR by a backup (the app must be
// stopped). The previous database is kept beside it as db.before-restore-<time>.
import { ConfigError, loadConfig } from "../src/config/env.ts";
import { restoreEmbedded } from "../src/db/backup.ts";

const file = process.argv[2];
try {
  const config = loadConfig();
  if (!file) throw new Error("usage: npm run restore -- FILE");
  if (config.databaseUrl) {
    throw new Error("DATABASE_URL is set: restore PostgreSQL with pg_restore or psql (see README)");
  }
  const { previous } = await restoreEmbedded(file, config.dataDir);
  console.log(
    `restored ${file} into ${config.dataDir}${previous ? `; the previous database is kept in ${previous}` : ""}`,
  );
} catch (error) {
  console.error(`restore failed: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
  process.exit(1);
}
