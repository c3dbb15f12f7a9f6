import { createHash, timingSafeEqual } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { preparedPer, rowsFromJson } from "../db/prepared.ts";
import { complaintEvents, complaints, registrations } from "../db/schema.ts";
import { type ComplaintStatus, isClosed, type Mark } from "../domain/complaint.ts";
import { namesFrom, referenceData, revisionColumn } from "./reference.ts";

type Names = { kk: string; ru: string; en: string };

/** What anyone holding the talon may learn: no names, no IIN, no address, no texts. */
export type StatusCheck = {
  number: string;
  registeredOn: string;
  status: ComplaintStatus;
  /** The current term of the answer; null once the complaint is closed. */
  answerBy: string | null;
  holder: { name: Names };
  marks: { kind: Mark; at: string; organization: { name: Names } | null }[];
};

/** Registration numbers as printed (`AKMOLA-EDU-2026-00001`): upper case, no spaces. */
export const normalizeNumber = (v: string) => v.trim().toUpperCase().replace(/\s+/g, "");
/** Check codes as printed, tolerant of spaces, dashes and lower case. */
export const normalizeCode = (v: string) =>
  v
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "");

const digest = (v: string) => createHash("sha256").update(v).digest();
/** Compares in constant time whatever the lengths (both sides are hashed first). */
const sameCode = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

/**
 * The status and marks of the complaint registered under `number` whose talon carries `code`,
 * or null — the same null for an unknown number and for a wrong code, and the code is compared
 * in constant time either way, so a guess reveals nothing.
 */
export async function statusCheck(db: Executor, number: string, code: string): Promise<StatusCheck | null> {
  const n = normalizeNumber(number);
  const k = normalizeCode(code);
  const [reg] = n.length > 0 && n.length <= 100 ? await registrationRead(db).execute({ number: n }) : [];
  const matches = sameCode(reg?.checkCode ?? "\u0000no-registration", k);
  if (!reg || !matches || k.length === 0) return null;

  const [c] = await statusRead(db).execute({ id: reg.complaintId });
  if (!c) return null;
  const reference = await referenceData(db, c.referenceRevision ?? undefined);
  const names = namesFrom(reference, [c.holderId, ...c.marks.map((m) => m.organizationId)]);
  const nameOf = (id: string | null) => (id && names.get(id) ? { name: names.get(id)! } : null);
  return {
    number: reg.number,
    registeredOn: reg.registeredOn,
    status: c.status,
    answerBy: isClosed(c.status) ? null : (c.clockDue ?? c.latestAnswerBy ?? reg.answerBy),
    holder: { name: names.get(c.holderId) ?? { kk: "", ru: "", en: "" } },
    marks: c.marks.map((m) => ({
      kind: m.mark,
      at: m.at.toISOString(),
      organization: nameOf(m.organizationId),
    })),
  };
}

/** The registration under a number: its check code is compared before anything else is read. */
export const registrationRead = preparedPer((db) =>
  db
    .select({
      number: registrations.number,
      registeredOn: registrations.registeredOn,
      answerBy: registrations.answerBy,
      checkCode: registrations.checkCode,
      complaintId: registrations.complaintId,
    })
    .from(registrations)
    .where(eq(registrations.number, sql.placeholder("number")))
    .limit(1)
    .prepare("status_registration"),
);

/**
 * What the status shows, in one statement: the status, the holder's running answer clock, the
 * latest registration's term, the public marks in order, and the reference data's revision (the
 * organizations' names come from memory).
 */
export const statusRead = preparedPer((db) =>
  db
    .select({
      status: complaints.status,
      holderId: complaints.holderId,
      clockDue: sql<string | null>`(SELECT d.due FROM deadlines d WHERE d.complaint_id = complaints.id
        AND d.organization_id = complaints.holder_id AND d.kind IN ('review', 'extension')
        AND d.closed_on IS NULL ORDER BY d.created_at DESC LIMIT 1)`,
      latestAnswerBy: sql<string | null>`(SELECT r.answer_by FROM registrations r
        WHERE r.complaint_id = complaints.id ORDER BY r.registered_at DESC LIMIT 1)`,
      marks: sql`(SELECT coalesce(json_agg(json_build_object('mark', e.mark, 'at', e.at,
        'organization_id', e.organization_id) ORDER BY e.id), '[]') FROM complaint_events e
        WHERE e.complaint_id = complaints.id AND NOT e.internal AND e.mark IS NOT NULL)`.mapWith(
        rowsFromJson<typeof complaintEvents, { mark: Mark; at: Date; organizationId: string | null }>(
          complaintEvents,
        ),
      ),
      referenceRevision: revisionColumn,
    })
    .from(complaints)
    .where(eq(complaints.id, sql.placeholder("id")))
    .prepare("status_read"),
);
