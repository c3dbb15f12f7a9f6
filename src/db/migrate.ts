import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "./connection.ts";

const dir = fileURLToPath(new URL("./migrations/", import.meta.url));

/** Applies the versioned SQL files in `migrations/` not yet applied, each in its own transaction. */
export async function migrate(database: Database): Promise<string[]> {
  await database.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
  );
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    const version = file.replace(/\.sql$/, "");
    const sql = readFileSync(dir + file, "utf8");
    // The advisory lock makes concurrent starts against one server apply each file once.
    await database
      .exec(`BEGIN;
      SELECT pg_advisory_xact_lock(4242001);
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM schema_migrations WHERE version = '${version}') THEN
          RAISE EXCEPTION 'already-applied';
        END IF;
      END $$;
      ${sql}
      INSERT INTO schema_migrations (version) VALUES ('${version}');
      COMMIT;`)
      .then(
        () => applied.push(version),
        (error: Error) => {
          if (!String(error.message).includes("already-applied")) throw error;
        },
      );
  }
  return applied;
}
