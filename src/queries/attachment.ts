import { and, eq } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import type { FileStore } from "../db/file-store.ts";
import { attachments } from "../db/schema.ts";

/**
 * The stored file of a complaint's attachment with its bytes, from the row or the file store
 * (call it once the complaint is known to be visible).
 */
export async function attachmentOf(
  db: Executor,
  complaintId: string,
  attachmentId: string,
  files: FileStore | null,
) {
  const [file] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.complaintId, complaintId)));
  if (!file) return null;
  const content = file.content ?? (files ? await files.get(file.sha256) : null);
  if (!content)
    throw new Error(`attachment ${file.id}: its bytes are neither in the row nor in a file store`);
  return { ...file, content };
}
