import { createHash } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { attachments, complaints } from "../db/schema.ts";
import { signedText } from "../domain/complaint-rules.ts";
import { escalationDepartment } from "../domain/reviewing-body.ts";
import { orgNodes } from "./org-nodes.ts";

type Row = typeof complaints.$inferSelect;

/**
 * The exact text an escalation of this complaint signs, and its SHA-256, built as
 * `escalateComplaint` builds it: the new complaint's statement (addressed to the region's
 * quality authority, the applicant's reasons and demands), the applicant and the files that
 * travel with it. Null when the complaint is unknown or no quality authority serves it.
 */
export async function escalationContent(
  db: Executor,
  complaint: string | Row,
  r: { reasons: string; demands: string },
): Promise<{
  text: string;
  sha256: string;
  qualityId: string;
  files: (typeof attachments.$inferSelect)[];
} | null> {
  const row =
    typeof complaint === "string"
      ? (await db.select().from(complaints).where(eq(complaints.id, complaint)))[0]
      : complaint;
  if (!row) return null;
  const nodes = await orgNodes(db);
  const holder = nodes.find((o) => o.id === row.holderId);
  const respondent = nodes.find((o) => o.id === row.respondentId);
  const quality = escalationDepartment(respondent, holder, nodes);
  if (!quality) return null;
  const files = await db
    .select()
    .from(attachments)
    .where(eq(attachments.complaintId, row.id))
    .orderBy(asc(attachments.createdAt));
  const text = signedText(
    {
      ...row,
      addressee: { kind: "quality_authority", organizationId: quality.id },
      respondent: { organizationId: row.respondentId, officials: row.respondentOfficials },
      reasons: r.reasons,
      demands: r.demands,
      lateReason: null,
    },
    row.applicant,
    files,
  );
  return { text, sha256: createHash("sha256").update(text).digest("hex"), qualityId: quality.id, files };
}
