import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { attachments, complaints, deadlines, registrations } from "../db/schema.ts";

const EXCERPT = 120;

export type CabinetDetails = { excerpt: string; number: string | null; nextDue: string | null };

/**
 * For the applicant's own complaints listed in the cabinet: the opening words of the reasons,
 * the current registration number and the earliest due date of a running deadline, by id.
 */
export async function cabinetDetails(
  db: Executor,
  applicantId: string,
  ids: readonly string[],
): Promise<Map<string, CabinetDetails>> {
  if (!ids.length) return new Map();
  const [rows, regs, clocks] = await Promise.all([
    db
      .select({ id: complaints.id, reasons: complaints.reasons })
      .from(complaints)
      .where(and(eq(complaints.applicantId, applicantId), inArray(complaints.id, [...ids]))),
    db
      .select({ complaintId: registrations.complaintId, number: registrations.number })
      .from(registrations)
      .where(inArray(registrations.complaintId, [...ids]))
      .orderBy(desc(registrations.registeredAt)),
    db
      .select({ complaintId: deadlines.complaintId, due: deadlines.due })
      .from(deadlines)
      .where(and(inArray(deadlines.complaintId, [...ids]), isNull(deadlines.closedOn)))
      .orderBy(asc(deadlines.due)),
  ]);
  const out = new Map<string, CabinetDetails>();
  for (const r of rows) {
    const flat = r.reasons.replace(/\s+/g, " ").trim();
    const chars = [...flat];
    out.set(r.id, {
      excerpt: chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join("")}…` : flat,
      number: regs.find((g) => g.complaintId === r.id)?.number ?? null,
      nextDue: clocks.find((d) => d.complaintId === r.id)?.due ?? null,
    });
  }
  return out;
}

/** The stored file of a complaint's attachment (call it once the complaint is known to be visible). */
export async function attachmentOf(db: Executor, complaintId: string, attachmentId: string) {
  const [file] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.complaintId, complaintId)));
  return file ?? null;
}
