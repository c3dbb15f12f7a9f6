import { createHash, randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import type { FileStore } from "../db/file-store.ts";
import { attachments } from "../db/schema.ts";
import { DomainError } from "../domain/errors.ts";
import { cleanFilename, MAX_ATTACHMENT_BYTES, sniffType } from "../domain/file-type.ts";
import { audit } from "./audit.ts";

/** Uploads one person may make in an hour (a complaint takes at most 20 files). */
export const MAX_UPLOADS_PER_HOUR = 60;

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
 * MAX_UPLOADS_PER_HOUR per person (429). The name
 * is cleaned (NFC, no control or bidi characters) and carries the extension of that type. With a
 * file store the bytes are written (and synced) there before the row commits; else into the row.
 */
export async function uploadAttachment(
  db: Db,
  file: { name: string; bytes: Uint8Array },
  ownerId: string,
  requestId?: string | null,
  files?: FileStore | null,
): Promise<StoredAttachment> {
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new DomainError(
      "payload_too_large",
      "attachment_too_large",
      [{ field: "file", code: "attachment_too_large", params: { max: 10 } }],
      { max: 10 },
    );
  }
  if (file.bytes.byteLength === 0)
    throw new DomainError("validation", "validation", [{ field: "file", code: "required" }]);
  const contentType = sniffType(file.bytes.subarray(0, 16));
  if (!contentType) {
    throw new DomainError("unsupported_media_type", "attachment_type", [
      { field: "file", code: "attachment_type" },
    ]);
  }
  // A per-person quota (soft: concurrent uploads may pass it by a few), counted on the database clock.
  const [recent] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(attachments)
    .where(and(eq(attachments.ownerId, ownerId), sql`${attachments.createdAt} > now() - interval '1 hour'`));
  if ((recent?.n ?? 0) >= MAX_UPLOADS_PER_HOUR) {
    throw new DomainError("rate_limited", "upload_quota", [], { max: MAX_UPLOADS_PER_HOUR });
  }
  const stored: StoredAttachment = {
    id: randomUUID(),
    filename: cleanFilename(file.name, contentType),
    size: file.bytes.byteLength,
    contentType,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
  };
  if (files) await files.put(stored.sha256, file.bytes);
  await db.transaction(async (tx) => {
    await tx
      .insert(attachments)
      .values({ ...stored, contentType, ownerId, content: files ? null : Buffer.from(file.bytes) });
    await audit(tx, {
      actorId: ownerId,
      action: "attachment.uploaded",
      entityType: "attachment",
      entityId: stored.id,
      data: { size: stored.size, contentType, sha256: stored.sha256 },
      requestId,
    });
  });
  return stored;
}
