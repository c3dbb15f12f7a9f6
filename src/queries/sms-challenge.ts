import { and, eq } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { signatureChallenges } from "../db/schema.ts";

export type SmsChallengeView = { id: string; phone: string; sha256: string; expiresAt: Date; open: boolean };

/**
 * The user's SMS code challenge as the declaration page shows it (where the code went, until
 * when), or null when it is not theirs; `open` while unspent, not exhausted and not expired.
 */
export async function smsChallengeOf(
  db: Executor,
  id: string,
  userId: string,
  now: Date,
): Promise<SmsChallengeView | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db
    .select()
    .from(signatureChallenges)
    .where(and(eq(signatureChallenges.id, id), eq(signatureChallenges.userId, userId)));
  if (!row) return null;
  return {
    id: row.id,
    phone: row.phoneMasked,
    sha256: row.sha256,
    expiresAt: row.expiresAt,
    open: !row.usedAt && row.attempts < 3 && row.expiresAt.getTime() > now.getTime(),
  };
}
