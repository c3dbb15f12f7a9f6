import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { access, mkdir, open, readFile, rename } from "node:fs/promises";
import { join } from "node:path";

/**
 * Attachment bytes outside the database, named by their SHA-256 (the same file stored twice is
 * kept once). Writes are asynchronous (the event loop stays free, unlike a `bytea` written by the
 * embedded database on the main thread) and reach the disk (fsync) before `put` resolves, so the
 * row that names them can commit after.
 */
export type FileStore = {
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  get(sha256: string): Promise<Uint8Array>;
};

const SHA256 = /^[0-9a-f]{64}$/;

/** The store's folder inside the embedded database's directory (`DATA_DIR/db`). */
export const FILES_DIR = "shagym-files";

export function createFileStore(root: string): FileStore {
  const pathOf = (sha256: string) => {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(root, sha256.slice(0, 2), sha256);
  };
  const exists = (path: string) =>
    access(path, constants.F_OK).then(
      () => true,
      () => false,
    );
  return {
    async put(sha256, bytes) {
      if (createHash("sha256").update(bytes).digest("hex") !== sha256)
        throw new Error("content does not match its SHA-256");
      const path = pathOf(sha256);
      if (await exists(path)) return;
      const dir = join(root, sha256.slice(0, 2));
      await mkdir(dir, { recursive: true });
      const temporary = `${path}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`;
      const file = await open(temporary, "w");
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, path);
      const directory = await open(dir, "r");
      try {
        await directory.sync();
      } finally {
        await directory.close();
      }
    },
    async get(sha256) {
      return new Uint8Array(await readFile(pathOf(sha256)));
    },
  };
}
