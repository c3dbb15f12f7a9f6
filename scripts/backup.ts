// npm run backup -- FILE: a consistent copy of the embedded database in DATA_DIR. While the app
// runs it takes the snapshot itself and sends it over its backup socket (DATA_DIR/run/backup.sock);
// when nobody holds DATA_DIR the database is opened here. For PostgreSQL use pg_dump (README).
import { ConfigError, loadConfig } from "../src/config/env.ts";
import { backup } from "../src/db/backup.ts";

const file = process.argv[2];
try {
  const config = loadConfig();
  if (!file) throw new Error("usage: npm run backup -- FILE");
  if (config.databaseUrl) {
    throw new Error(
      "DATABASE_URL is set: back PostgreSQL up with pg_dump (see README), not with this command",
    );
  }
  const result = await backup(config.dataDir, file);
  console.log(
    `backup written: ${result.file} (${result.bytes} bytes, sha256 ${result.sha256}; ${result.online ? "taken by the running app" : "offline"})`,
  );
} catch (error) {
  console.error(`backup failed: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
  process.exit(1);
}
