import { createHash, timingSafeEqual } from "node:crypto";
import { and, asc, desc, eq, isNull, or } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { complaintEvents, complaints, deadlines, registrations } from "../db/schema.ts";
import { type ComplaintStatus, isClosed, type Mark } from "../domain/complaint.ts";
import { organizationNames } from "./organization-names.ts";

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
  const [reg] =
    n.length > 0 && n.length <= 100
      ? await db.select().from(registrations).where(eq(registrations.number, n)).limit(1)
      : [];
  const matches = sameCode(reg?.checkCode ?? "\u0000no-registration", k);
  if (!reg || !matches || k.length === 0) return null;

  const [c] = await db
    .select({ id: complaints.id, status: complaints.status, holderId: complaints.holderId })
    .from(complaints)
    .where(eq(complaints.id, reg.complaintId));
  if (!c) return null;
  const [events, latest, clock] = await Promise.all([
    db
      .select({
        mark: complaintEvents.mark,
        at: complaintEvents.at,
        organizationId: complaintEvents.organizationId,
      })
      .from(complaintEvents)
      .where(and(eq(complaintEvents.complaintId, c.id), eq(complaintEvents.internal, false)))
      .orderBy(asc(complaintEvents.id)),
    db
      .select({ answerBy: registrations.answerBy })
      .from(registrations)
      .where(eq(registrations.complaintId, c.id))
      .orderBy(desc(registrations.registeredAt))
      .limit(1),
    db
      .select({ due: deadlines.due })
      .from(deadlines)
      .where(
        and(
          eq(deadlines.complaintId, c.id),
          eq(deadlines.organizationId, c.holderId),
          or(eq(deadlines.kind, "review"), eq(deadlines.kind, "extension")),
          isNull(deadlines.closedOn),
        ),
      )
      .orderBy(desc(deadlines.createdAt))
      .limit(1),
  ]);
  const marks = events.filter((e): e is typeof e & { mark: Mark } => e.mark !== null);
  const orgIds = [
    ...new Set([c.holderId, ...marks.map((m) => m.organizationId).filter((o): o is string => !!o)]),
  ];
  const names = await organizationNames(db, orgIds);
  const nameOf = (id: string | null) => (id && names.get(id) ? { name: names.get(id)! } : null);
  return {
    number: reg.number,
    registeredOn: reg.registeredOn,
    status: c.status,
    answerBy: isClosed(c.status) ? null : (clock[0]?.due ?? latest[0]?.answerBy ?? reg.answerBy),
    holder: { name: names.get(c.holderId) ?? { kk: "", ru: "", en: "" } },
    marks: marks.map((m) => ({
      kind: m.mark,
      at: m.at.toISOString(),
      organization: nameOf(m.organizationId),
    })),
  };
}
