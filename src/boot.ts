import { join } from "node:path";
import pino, { type DestinationStream, type Logger } from "pino";
import { type Config, ConfigError } from "./config/env.ts";
import { type Database, openDatabase } from "./db/connection.ts";
import { migrate } from "./db/migrate.ts";
import { maskIinsIn } from "./domain/mask.ts";
import { seedCalendar } from "./operations/seed-calendar.ts";
import { hasDemoAccounts, seedDemo } from "./operations/seed-demo.ts";
import { seedReference } from "./operations/seed-reference.ts";
import type { Deps } from "./web/context.ts";
import { createApp } from "./web/create-app.tsx";

export type Booted = { app: ReturnType<typeof createApp>; database: Database; deps: Deps };

/** Every string in a log record with its IINs masked (errors can quote a query's parameters). */
function maskDeep(value: unknown): unknown {
  if (typeof value === "string") return maskIinsIn(value);
  if (value instanceof Error) return maskDeep({ ...pino.stdSerializers.err(value) });
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v)]));
  }
  return value;
}

export function createLogger(config: Pick<Config, "logLevel">, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      redact: {
        paths: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.iin"],
        censor: "[masked]",
      },
      // Errors are serialized (and masked) by the formatter below; pino's own pass would retype them.
      serializers: { err: (err: unknown) => err },
      formatters: { log: (record) => maskDeep(record) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === "string" ? maskIinsIn(a) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    destination,
  );
}

/**
 * Opens the database (a server when DATABASE_URL is set, else PGlite in DATA_DIR), applies the
 * migrations, loads reference data, seeds the demo world in demo mode, and refuses production
 * with demo accounts present.
 */
export async function boot(
  config: Config,
  options: { database?: Database; log?: Logger; now?: () => Date } = {},
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
  const deps: Deps = {
    db: database.db,
    availability: database.availability,
    config,
    log,
    now: options.now ?? (() => new Date()),
  };
  return { app: createApp(deps), database, deps };
}
