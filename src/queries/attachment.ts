import { and, eq } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { attachments } from "../db/schema.ts";

/** The stored file of a complaint's attachment (call it once the complaint is known to be visible). */
export async function attachmentOf(db: Executor, complaintId: string, attachmentId: string) {
  const [file] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.complaintId, complaintId)));
  return file ?? null;
}
