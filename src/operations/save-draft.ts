import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { complaintDrafts } from "../db/schema.ts";
import { conflict, notFound } from "../domain/errors.ts";
import type { DraftData } from "../queries/drafts.ts";
import { audit } from "./audit.ts";
import { checkQuota } from "./check-quota.ts";

export type SaveDraftRequest = {
  /** null starts a new draft. */
  draftId: string | null;
  userId: string;
  /** The answers of one step; a key set to `undefined` removes that answer. */
  patch: Partial<DraftData>;
  now: Date;
  requestId?: string | null;
  /** New drafts one person may start in an hour (`DRAFTS_PER_HOUR`), checked when one is started. */
  draftsPerHour?: number;
};

/**
 * Keeps the answers of the portal form on the server between steps: creates the user's draft or
 * merges a step's answers into it (only the owner's, only before it is submitted). Returns its id.
 */
export async function saveDraft(db: Db, r: SaveDraftRequest): Promise<string> {
  return db.transaction(async (tx) => {
    const id = r.draftId ?? randomUUID();
    if (r.draftId === null) {
      if (r.draftsPerHour !== undefined) await checkQuota(tx, "drafts", r.userId, r.now, r.draftsPerHour);
      await tx.insert(complaintDrafts).values({
        id,
        userId: r.userId,
        data: clean(r.patch),
        createdAt: r.now,
        updatedAt: r.now,
      });
    } else {
      const [row] = await tx
        .select()
        .from(complaintDrafts)
        .where(and(eq(complaintDrafts.id, id), eq(complaintDrafts.userId, r.userId)))
        .for("update");
      if (!row) throw notFound();
      if (row.submittedComplaintId) throw conflict("draft_submitted");
      await tx
        .update(complaintDrafts)
        .set({ data: clean({ ...(row.data as DraftData), ...r.patch }), updatedAt: r.now })
        .where(and(eq(complaintDrafts.id, id), isNull(complaintDrafts.submittedComplaintId)));
    }
    await audit(tx, {
      actorId: r.userId,
      action: r.draftId === null ? "draft.created" : "draft.saved",
      entityType: "complaint_draft",
      entityId: id,
      data: { answered: Object.keys(r.patch) },
      requestId: r.requestId,
    });
    return id;
  });
}

/** Drops the answers set to `undefined`. */
function clean(data: Partial<DraftData>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}
