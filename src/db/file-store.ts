import { randomUUID } from "node:crypto";
import { constants } from "node:fs";
import { access, type FileHandle, mkdir, open, readFile, rename, rm, unlink } from "node:fs/promises";
import { join } from "node:path";

/**
 * Attachment bytes outside the database, named by their SHA-256 as the caller computed it while
 * reading them (the same file stored twice is kept once; the store does not hash 10 MB again on
 * the event loop). Writes are asynchronous (the event loop stays free, unlike a `bytea` written by
 * the embedded database on the main thread) and reach the disk (fsync) before `put` or `keep`
 * resolves, so the row that names them can commit after.
 */
export type FileStore = {
  put(sha256: string, bytes: Uint8Array | readonly Uint8Array[]): Promise<void>;
  get(sha256: string): Promise<Uint8Array>;
  /** A file written chunk by chunk as it arrives, under a temporary name until it is kept. */
  stage(): Promise<StagedFile>;
  /** Removes what staging left behind (a process that died mid-upload); at start-up only. */
  clearStaging(): Promise<void>;
};

export type StagedFile = {
  write(chunk: Uint8Array): Promise<void>;
  /** Synced and named by its SHA-256 (dropped when that file is already stored). */
  keep(sha256: string): Promise<void>;
  /** Removed (a no-op once kept). */
  discard(): Promise<void>;
};

const SHA256 = /^[0-9a-f]{64}$/;

/** The store's folder inside the embedded database's directory (`DATA_DIR/db`). */
export const FILES_DIR = "shagym-files";

/** Staged files, inside the store so that `rename` never crosses a file system. */
const STAGING = "incoming";

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
  /** Moves a synced temporary file to its name, and syncs the folder so the name survives too. */
  const settle = async (temporary: string, sha256: string) => {
    const path = pathOf(sha256);
    if (await exists(path)) return unlink(temporary);
    const dir = join(root, sha256.slice(0, 2));
    await mkdir(dir, { recursive: true });
    await rename(temporary, path);
    await syncDir(dir);
  };
  return {
    async put(sha256, bytes) {
      if (await exists(pathOf(sha256))) return;
      const staged = await this.stage();
      try {
        for (const chunk of bytes instanceof Uint8Array ? [bytes] : bytes) await staged.write(chunk);
        await staged.keep(sha256);
      } finally {
        await staged.discard();
      }
    },
    async get(sha256) {
      return new Uint8Array(await readFile(pathOf(sha256)));
    },
    async stage() {
      const dir = join(root, STAGING);
      await mkdir(dir, { recursive: true });
      const temporary = join(dir, randomUUID());
      let file: FileHandle | null = await open(temporary, "w");
      let settled = false;
      const close = async () => {
        const f = file;
        file = null;
        await f?.close();
      };
      return {
        async write(chunk) {
          if (!file) throw new Error("the staged file is closed");
          await file.write(chunk);
        },
        async keep(sha256) {
          if (!file) throw new Error("the staged file is closed");
          await file.sync();
          await close();
          await settle(temporary, sha256);
          settled = true;
        },
        async discard() {
          if (settled) return;
          settled = true;
          await close();
          await rm(temporary, { force: true });
        },
      };
    },
    async clearStaging() {
      await rm(join(root, STAGING), { recursive: true, force: true });
    },
  };
}

async function syncDir(dir: string) {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
