import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/** The contrib extensions the migrations create (PostgreSQL ships them; PGlite loads them). */
export const EXTENSIONS = { pg_trgm };

// The package exports no package.json: read it next to the resolved entry (dist/…).
const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
export const { version: PGLITE_VERSION } = JSON.parse(
  readFileSync(join(dirname(entry), "..", "package.json"), "utf8"),
) as {
  version: string;
};
const imageFile = join(tmpdir(), `shagym-pglite-${PGLITE_VERSION}-cluster.tar`);

/**
 * An empty, initialised PGlite cluster (what `initdb` makes, before any migration), kept in the
 * temporary directory per PGlite version: an in-memory database loads it in ~0.3 s instead of
 * running `initdb` (~1.5–4 s), which is most of a test file's start-up. Made on first use, written
 * atomically; a missing or unreadable image is simply made again.
 */
export async function freshCluster(): Promise<PGlite> {
  try {
    const image = new Blob([readFileSync(imageFile)]);
    const client = new PGlite({ loadDataDir: image, extensions: EXTENSIONS });
    await client.waitReady;
    return client;
  } catch {
    const client = new PGlite({ extensions: EXTENSIONS });
    await client.waitReady;
    const image = await client.dumpDataDir("none");
    const partial = `${imageFile}.${randomBytes(6).toString("hex")}`;
    writeFileSync(partial, new Uint8Array(await image.arrayBuffer()));
    renameSync(partial, imageFile);
    return client;
  }
}
