import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { signatureChallenges } from "../db/schema.ts";
import { audit } from "./audit.ts";
import { refused } from "./check-sms-code.ts";

/**
 * Spends a checked code in the filing's transaction (a second filing with the same code is
 * refused, `sms_code_used`) and audits the signing.
 */
export async function spendSmsCode(
  tx: Tx,
  r: { actorId: string; challengeId: string; sha256: string; now: Date; requestId?: string | null },
): Promise<void> {
  const spent = await tx
    .update(signatureChallenges)
    .set({ usedAt: r.now })
    .where(
      and(
        eq(signatureChallenges.id, r.challengeId),
        eq(signatureChallenges.userId, r.actorId),
        eq(signatureChallenges.sha256, r.sha256),
        isNull(signatureChallenges.usedAt),
      ),
    )
    .returning({ id: signatureChallenges.id });
  if (!spent.length) throw refused("sms_code_used");
  await audit(tx, {
    actorId: r.actorId,
    action: "signature.sms_signed",
    entityType: "signature_challenge",
    entityId: r.challengeId,
    data: { sha256: r.sha256 },
    requestId: r.requestId ?? null,
    at: r.now,
  });
}
