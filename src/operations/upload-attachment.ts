import { randomUUID } from "node:crypto";
import type { Db } from "../db/connection.ts";
import type { FileStore, StagedFile } from "../db/file-store.ts";
import { attachments } from "../db/schema.ts";
import { DomainError } from "../domain/errors.ts";
import { cleanFilename, MAX_ATTACHMENT_BYTES, sniffType } from "../domain/file-type.ts";
import { audit } from "./audit.ts";
import { checkQuota } from "./check-quota.ts";

/** Where a posted file's bytes are: staged in the file store as they arrived, or its chunks. */
export type UploadContent = { staged: StagedFile } | { chunks: readonly Uint8Array[] };

/**
 * A file as posted, hashed by the web edge while it was read: its size, SHA-256 and first bytes,
 * and its content. `size` may exceed the limit, and then nothing of it was kept.
 */
export type Upload = {
  name: string;
  size: number;
  sha256: string;
  head: Uint8Array;
  content: UploadContent;
};

export type StoredAttachment = {
  id: string;
  filename: string;
  size: number;
  contentType: string;
  sha256: string;
};

/**
 * Stores an uploaded file for its owner (linked to a complaint when the complaint is filed).
 * The type is decided by content: PDF, JPEG or PNG, ≤ 10 MB; anything else is refused; at most
 * `perHour` per person (429). The name
 * is cleaned (NFC, no control or bidi characters) and carries the extension of that type. With a
 * file store the bytes are written (and synced) there before the row commits; else into the row.
 */
export async function uploadAttachment(
  db: Db,
  file: Upload,
  o: {
    ownerId: string;
    now: Date;
    /** Uploads one person may make in an hour (`UPLOADS_PER_HOUR`). */
    perHour: number;
    files: FileStore | null;
    requestId?: string | null;
  },
): Promise<StoredAttachment> {
  const { ownerId, files } = o;
  const { size } = file;
  if (size > MAX_ATTACHMENT_BYTES) {
    throw new DomainError(
      "payload_too_large",
      "attachment_too_large",
      [{ field: "file", code: "attachment_too_large", params: { max: 10 } }],
      { max: 10 },
    );
  }
  if (size === 0) throw new DomainError("validation", "validation", [{ field: "file", code: "required" }]);
  const contentType = sniffType(file.head);
  if (!contentType) {
    throw new DomainError("unsupported_media_type", "attachment_type", [
      { field: "file", code: "attachment_type" },
    ]);
  }
  await checkQuota(db, "uploads", ownerId, o.now, o.perHour);
  const stored: StoredAttachment = {
    id: randomUUID(),
    filename: cleanFilename(file.name, contentType),
    size,
    contentType,
    sha256: file.sha256,
  };
  const { content } = file;
  if ("staged" in content) await content.staged.keep(stored.sha256);
  else if (files) await files.put(stored.sha256, content.chunks);
  await db.transaction(async (tx) => {
    await tx.insert(attachments).values({
      ...stored,
      contentType,
      ownerId,
      content: "chunks" in content && !files ? Buffer.concat(content.chunks) : null,
    });
    await audit(tx, {
      actorId: ownerId,
      action: "attachment.uploaded",
      entityType: "attachment",
      entityId: stored.id,
      data: { size: stored.size, contentType, sha256: stored.sha256 },
      requestId: o.requestId,
    });
  });
  return stored;
}
