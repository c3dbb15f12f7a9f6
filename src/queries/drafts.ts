import { createHash } from "node:crypto";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { attachments, complaintDrafts } from "../db/schema.ts";
import type {
  AddresseeKind,
  Appealed,
  ApplicantData,
  ComplaintInput,
  Ground,
  Official,
} from "../domain/complaint.ts";
import { signedText } from "../domain/complaint-rules.ts";
import type { AcceptedType } from "../domain/file-type.ts";

/** The answers of the portal form so far; every field is absent until its step is answered. */
export type DraftData = {
  respondentId?: string;
  /** What is appealed: the body's own decision, act or inaction, or an employee's conduct. */
  appealed?: Appealed;
  /** The service step was answered (a null `serviceId` means "no particular service"). */
  serviceAnswered?: boolean;
  serviceId?: string | null;
  addressee?: { kind: AddresseeKind; organizationId: string };
  officials?: Official[];
  grounds?: Ground[];
  reasons?: string;
  demands?: string;
  learnedOn?: string;
  /** Why the complaint comes after the 3-month term (a request to restore it). */
  lateReason?: string | null;
  postalAddress?: string;
  phones?: string[];
  email?: string | null;
  attachmentIds?: string[];
};

export type Draft = {
  id: string;
  userId: string;
  data: DraftData;
  updatedAt: Date;
  submittedComplaintId: string | null;
};

/** The user's draft, or null when it does not exist or belongs to someone else (both 404). */
export async function findDraft(db: Executor, id: string, userId: string): Promise<Draft | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db
    .select()
    .from(complaintDrafts)
    .where(and(eq(complaintDrafts.id, id), eq(complaintDrafts.userId, userId)));
  return row
    ? {
        id: row.id,
        userId: row.userId,
        data: row.data as DraftData,
        updatedAt: row.updatedAt,
        submittedComplaintId: row.submittedComplaintId,
      }
    : null;
}

/** The user's drafts not yet submitted, most recently changed first. */
export async function openDrafts(db: Executor, userId: string) {
  return db
    .select({ id: complaintDrafts.id, updatedAt: complaintDrafts.updatedAt })
    .from(complaintDrafts)
    .where(and(eq(complaintDrafts.userId, userId), isNull(complaintDrafts.submittedComplaintId)))
    .orderBy(desc(complaintDrafts.updatedAt))
    .limit(10);
}

export type DraftFile = {
  id: string;
  filename: string;
  size: number;
  contentType: AcceptedType;
  sha256: string;
};

/** The files a draft lists that the user uploaded and that no complaint has taken yet, in the draft's order. */
export async function draftFiles(db: Executor, ids: readonly string[], userId: string): Promise<DraftFile[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({
      id: attachments.id,
      filename: attachments.filename,
      size: attachments.size,
      contentType: attachments.contentType,
      sha256: attachments.sha256,
    })
    .from(attachments)
    .where(
      and(
        inArray(attachments.id, [...ids]),
        eq(attachments.ownerId, userId),
        isNull(attachments.complaintId),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((f): f is DraftFile => Boolean(f));
}

/**
 * The exact text the applicant signs for this input — built as `submitComplaint` builds it — and
 * its SHA-256, so the declaration page can show what is signed and the submission can check it.
 */
export function signedContent(
  input: ComplaintInput,
  identity: Pick<ApplicantData, "surname" | "name" | "patronymic" | "iin">,
  files: readonly { filename: string; sha256: string }[],
): { text: string; sha256: string } {
  const text = signedText(
    input,
    { ...identity, postalAddress: input.postalAddress, phones: input.phones, email: input.email },
    files,
  );
  return { text, sha256: createHash("sha256").update(text).digest("hex") };
}
