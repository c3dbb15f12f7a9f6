// Runs a command against a fresh PostgreSQL database created for this run and dropped after it.
// Fails loudly when the server is not reachable: the PostgreSQL suite never skips silently.
import { spawnSync } from "node:child_process";
import pg from "pg";

const adminUrl = process.env.PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `shagym_test_${process.pid}_${Date.now()}`;
const admin = new pg.Client({ connectionString: adminUrl });
try {
  await admin.connect();
} catch (error) {
  console.error(`PostgreSQL is not reachable at ${adminUrl} (set PG_ADMIN_URL): ${(error as Error).message}`);
  process.exit(2);
}
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const [command = "", ...args] = process.argv.slice(2);
const run = spawnSync(command, args, {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE_URL: url.toString() },
});
await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await admin.end();
process.exit(run.status ?? 1);
