import { join } from "node:path";
import type { Logger } from "pino";
import { type Config, ConfigError } from "./config/env.ts";
import { type Database, openDatabase } from "./db/connection.ts";
import { createFileStore, FILES_DIR, type FileStore } from "./db/file-store.ts";
import { migrate } from "./db/migrate.ts";
import { createLogger } from "./logger.ts";
import { chainUnchained } from "./operations/audit-chain.ts";
import { seedCalendar } from "./operations/seed-calendar.ts";
import { hasDemoAccounts, seedDemo } from "./operations/seed-demo.ts";
import { seedReference } from "./operations/seed-reference.ts";
import type { Deps } from "./web/context.ts";
import { createApp } from "./web/create-app.tsx";

export type Booted = { app: ReturnType<typeof createApp>; database: Database; deps: Deps };

export { createLogger } from "./logger.ts";

/**
 * Opens the database (a server when DATABASE_URL is set, else PGlite in DATA_DIR), applies the
 * migrations, loads reference data, seeds the demo world in demo mode, and refuses production
 * with demo accounts present.
 */
export async function boot(
  config: Config,
  options: { database?: Database; files?: FileStore | null; log?: Logger; now?: () => Date } = {},
): Promise<Booted> {
  const log = options.log ?? createLogger(config);
  const database =
    options.database ??
    (await openDatabase(
      config.databaseUrl
        ? {
            url: config.databaseUrl,
            connectTimeoutMs: config.dbConnectTimeoutMs,
            statementTimeoutMs: config.dbStatementTimeoutMs,
            probeTimeoutMs: config.healthTimeoutMs,
            log,
          }
        : { dataDir: join(config.dataDir) },
    ));
  try {
    const applied = await migrate(database);
    if (applied.length) log.info({ applied }, "migrations applied");
    const chained = await chainUnchained(database.db);
    if (chained) log.info({ rows: chained }, "audit chains: older rows chained");
    await seedReference(database.db);
    const years = await seedCalendar(database.db);
    if (years.length) log.info({ years }, "calendar years loaded");
    if (config.demo && (await seedDemo(database.db))) log.info("demo world seeded");
    if (config.production && (await hasDemoAccounts(database.db))) {
      throw new ConfigError(
        "DEMO_DATA",
        "demo accounts are present in the database; production refuses to start",
      );
    }
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
  // The embedded database keeps attachment bytes as files inside its own directory (so that one
  // backup carries both); PostgreSQL keeps them in its rows (shared by every app process).
  const files =
    options.files !== undefined
      ? options.files
      : options.database || config.databaseUrl
        ? null
        : createFileStore(join(config.dataDir, "db", FILES_DIR));
  // This process holds the data directory: uploads staged by one that died are garbage.
  if (files && options.files === undefined) await files.clearStaging();
  const deps: Deps = {
    db: database.db,
    availability: database.availability,
    config,
    files,
    log,
    now: options.now ?? (() => new Date()),
  };
  return { app: createApp(deps), database, deps };
}
