import { and, count, eq, gt, min } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { attachments, complaintDrafts, complaints } from "../db/schema.ts";
import { DomainError } from "../domain/errors.ts";

export const HOUR_MS = 3_600_000;

/** What is counted per person and hour, and the rows that count it. */
const COUNTED = {
  uploads: { table: attachments, who: attachments.ownerId, at: attachments.createdAt, code: "upload_quota" },
  drafts: {
    table: complaintDrafts,
    who: complaintDrafts.userId,
    at: complaintDrafts.createdAt,
    code: "draft_quota",
  },
  filings: { table: complaints, who: complaints.filedBy, at: complaints.createdAt, code: "filing_quota" },
} as const;

export type QuotaKind = keyof typeof COUNTED;

/**
 * Refuses one more of `kind` by `actorId` when `limit` were done in the hour before `now`: 429
 * (`upload_quota`, `draft_quota`, `filing_quota`) with `retryAfter`, the seconds until the oldest of them leaves the hour. A soft
 * limit: requests racing each other may pass it by a few.
 */
export async function checkQuota(
  db: Executor,
  kind: QuotaKind,
  actorId: string,
  now: Date,
  limit: number,
): Promise<void> {
  const c = COUNTED[kind];
  const [row] = await db
    .select({ n: count(), oldest: min(c.at) })
    .from(c.table)
    .where(and(eq(c.who, actorId), gt(c.at, new Date(now.getTime() - HOUR_MS))));
  if (row) quotaReached(kind, row, now, limit);
}

/** Throws `rate_limited` when `row.n` (done in the hour before `now`, the oldest at `row.oldest`) reached `limit`. */
export function quotaReached(
  kind: QuotaKind,
  row: { n: number; oldest: Date | string | null },
  now: Date,
  limit: number,
): void {
  const c = COUNTED[kind];
  if (row.n < limit) return;
  const oldest = row.oldest ? new Date(row.oldest).getTime() : now.getTime();
  const retryAfter = Math.max(1, Math.ceil((oldest + HOUR_MS - now.getTime()) / 1000));
  throw new DomainError("rate_limited", c.code, [], {
    max: limit,
    retryAfter,
    minutes: Math.ceil(retryAfter / 60),
  });
}
