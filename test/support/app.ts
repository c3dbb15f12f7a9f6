import { randomBytes } from "node:crypto";
import pino from "pino";
import { boot } from "../../src/boot.ts";
import { type Config, loadConfig } from "../../src/config/env.ts";
import { type Database, openDatabase } from "../../src/db/connection.ts";
import type { FileStore } from "../../src/db/file-store.ts";
import { seededImage } from "./seeded-image.ts";

/**
 * A fresh database for one test file: PGlite in memory by default, or its own schema on the
 * PostgreSQL server named by TEST_DATABASE_URL (set by `npm run test:pg`).
 */
export async function testDatabase(
  options: { seeded?: boolean } = {},
): Promise<Database & { another(): Promise<Database> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    // `seeded`: start from a copy of a migrated database with the demo world (seeded-image.ts).
    const memory = await openDatabase(
      options.seeded ? { memory: true, image: await seededImage() } : { memory: true },
    );
    // One embedded database serves one process: "another connection" is the same one.
    return { ...memory, another: async () => ({ ...memory, close: async () => {} }) };
  }
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = await openDatabase({ url, max: 1 });
  await admin.exec(`CREATE SCHEMA ${schema}`);
  await admin.close();
  // The pool's connect timeout also bounds the wait for a free client: tests that race fifty
  // requests on a loaded machine would see 503s that say nothing about what they test. So does
  // the statement timeout: fifty office filings of one organization queue on its registration
  // counter row, and the last one's INSERT waits for all the others' transactions (57014 → 503).
  const database = await openDatabase({
    url,
    searchPath: schema,
    max: 20,
    connectTimeoutMs: 60_000,
    statementTimeoutMs: 120_000,
  });
  return {
    ...database,
    /** A second, independent pool on the same schema, as a second process would have. */
    another: () => openDatabase({ url, searchPath: schema, max: 5, connectTimeoutMs: 60_000 }),
    close: async () => {
      await database.exec(`DROP SCHEMA ${schema} CASCADE`);
      await database.close();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;

/** The real application on a fresh database with the demo world, and a settable clock. */
export async function testApp(env: Record<string, string> = {}, options: { files?: FileStore } = {}) {
  // Tests file many complaints as the same demo citizen in one test hour: the drafts and filings
  // quotas are lifted unless a test sets them (quotas.test.ts).
  const config: Config = loadConfig({
    NODE_ENV: "test",
    DEMO_DATA: "1",
    LOG_LEVEL: "silent",
    DRAFTS_PER_HOUR: "10000",
    FILINGS_PER_HOUR: "10000",
    ...env,
  });
  const database = await testDatabase({ seeded: config.demo });
  let clock = new Date("2026-11-20T05:00:00Z");
  const booted = await boot(config, {
    database,
    log: pino({ level: "silent" }),
    now: () => clock,
    files: options.files,
  });
  return {
    ...booted,
    config,
    db: database.db,
    another: () => database.another(),
    setNow(at: Date | string) {
      clock = new Date(at);
    },
    close: () => database.close(),
  };
}
