import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { complaintEvents, users } from "../db/schema.ts";
import type { Lang } from "../i18n/index.ts";

export type Positions = Record<Lang, string | null>;

/** One staff event of a complaint with its actor's position in the three languages. */
export type EventPosition = {
  at: string;
  kind: string;
  mark: string | null;
  organizationId: string | null;
  position: Positions;
};

/**
 * The positions, in kk, ru and en, of the staff who made a complaint's events. A stamp keeps the
 * position in the complaint's language at the time of the event; these let a page print it in
 * the reader's language (the account's position today, which may differ from the stamp's).
 */
export async function eventPositions(db: Executor, complaintId: string): Promise<EventPosition[]> {
  const rows = await db
    .select({
      at: complaintEvents.at,
      kind: complaintEvents.kind,
      mark: complaintEvents.mark,
      organizationId: complaintEvents.organizationId,
      kk: users.positionKk,
      ru: users.positionRu,
      en: users.positionEn,
    })
    .from(complaintEvents)
    .innerJoin(users, and(eq(users.id, complaintEvents.actorId), eq(users.kind, "staff")))
    .where(eq(complaintEvents.complaintId, complaintId))
    .orderBy(asc(complaintEvents.id));
  return rows.map((r) => ({
    at: r.at.toISOString(),
    kind: r.kind,
    mark: r.mark,
    organizationId: r.organizationId,
    position: { kk: r.kk, ru: r.ru, en: r.en },
  }));
}

/** The positions of whoever registered the complaint at `organizationId` (the last time). */
export const registrarPositions = (events: readonly EventPosition[], organizationId: string) =>
  events.findLast((e) => e.kind === "registered" && e.organizationId === organizationId)?.position ?? null;

/** The positions of whoever made the mark `mark` at `at`. */
export const markPositions = (events: readonly EventPosition[], mark: string, at: string) =>
  events.find((e) => e.mark === mark && e.at === at)?.position ?? null;

/**
 * The position to print for a reader: the stamp itself in the complaint's language (what was
 * true at the time), else the position in the reader's language when the account has one.
 */
export function positionFor(
  lang: Lang,
  complaintLanguage: string,
  stamped: string,
  positions: Positions | null,
): string {
  if (lang === complaintLanguage) return stamped;
  return positions?.[lang] || stamped;
}
