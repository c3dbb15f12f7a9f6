import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import pino from "pino";
import { boot } from "../../src/boot.ts";
import { loadConfig } from "../../src/config/env.ts";
import { PGLITE_VERSION } from "../../src/db/cluster-image.ts";
import { openDatabase } from "../../src/db/connection.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * What the seeded image depends on: the PGlite version and every file of src/ and data/ (the
 * migrations, the seeds and everything they call). Any change there makes a new image, so a
 * stale one is never used; reading ~2 MB of sources takes a few milliseconds.
 */
function sourceKey(): string {
  const hash = createHash("sha256").update(PGLITE_VERSION);
  for (const file of [...files(join(root, "src")), ...files(join(root, "data"))]) {
    hash.update(relative(root, file)).update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * An in-memory PGlite data directory with the migrations applied, the reference data, the
 * calendar and the demo world loaded — what `boot()` makes of an empty database — kept in the
 * temporary directory per source key. A test file starts from a copy of it instead of migrating
 * and seeding again (boot() still runs, and finds nothing to do). Made by the first test process
 * that needs it, written atomically; an unreadable image is made again.
 */
export async function seededImage(): Promise<Blob> {
  const file = join(tmpdir(), `shagym-test-seeded-${sourceKey()}.tar`);
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    const database = await openDatabase({ memory: true });
    try {
      await boot(loadConfig({ NODE_ENV: "test", DEMO_DATA: "1", LOG_LEVEL: "silent" }), {
        database,
        log: pino({ level: "silent" }),
      });
      const tar = gunzipSync(await database.snapshot!());
      const partial = `${file}.${randomBytes(6).toString("hex")}`;
      writeFileSync(partial, tar);
      renameSync(partial, file);
      return new Blob([tar]);
    } finally {
      await database.close();
    }
  }
}
