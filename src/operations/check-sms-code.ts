import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { signatureChallenges } from "../db/schema.ts";
import type { Signature } from "../domain/complaint.ts";
import { DomainError, type FieldCode } from "../domain/errors.ts";
import { countsAsAttempt, normalizeCode, smsCodeProblem } from "../domain/signatures.ts";
import { audit } from "./audit.ts";
import { codeHash } from "./request-sms-code.ts";

export type SmsCodeCheck = {
  actorId: string;
  challengeId: string;
  code: string;
  /** The SHA-256 of the text about to be filed. */
  sha256: string;
  now: Date;
  requestId?: string | null;
};

export const refused = (code: FieldCode, field = "signature.code") =>
  new DomainError("validation", "validation", [{ field, code }]);

/**
 * Checks a typed code against its challenge in a transaction of its own, so that a wrong try is
 * counted (and audited) although nothing is filed: 422 with `sms_code_wrong`, `sms_code_expired`,
 * `sms_code_exhausted`, `sms_code_used`, `signature_text_changed` or `sms_code_unknown` (another
 * person's challenge is unknown too). On success it returns the signature to file; the code is
 * spent by `spendSmsCode` in the filing's transaction.
 */
export async function checkSmsCode(db: Db, r: SmsCodeCheck): Promise<Signature> {
  const outcome = await db.transaction(async (tx) => {
    const [ch] = /^[0-9a-f-]{36}$/i.test(r.challengeId)
      ? await tx
          .select()
          .from(signatureChallenges)
          .where(and(eq(signatureChallenges.id, r.challengeId), eq(signatureChallenges.userId, r.actorId)))
          .for("update")
      : [];
    if (!ch) return { problem: "sms_code_unknown" as const, phone: null };
    const code = normalizeCode(r.code);
    const problem = smsCodeProblem(ch, {
      sha256: r.sha256,
      codeMatches: code !== null && codeHash(ch.id, code) === ch.codeHash,
      now: r.now,
    });
    if (problem) {
      if (countsAsAttempt(problem))
        await tx
          .update(signatureChallenges)
          .set({ attempts: sql`${signatureChallenges.attempts} + 1` })
          .where(eq(signatureChallenges.id, ch.id));
      await audit(tx, {
        actorId: r.actorId,
        action: "signature.sms_refused",
        entityType: "signature_challenge",
        entityId: ch.id,
        data: {
          reason: problem,
          sha256: r.sha256,
          attempt: ch.attempts + (countsAsAttempt(problem) ? 1 : 0),
        },
        requestId: r.requestId ?? null,
        at: r.now,
      });
    }
    return { problem, phone: ch.phoneMasked };
  });
  if (outcome.problem) throw refused(outcome.problem);
  return { method: "sms_otp", signedAt: r.now.toISOString(), sha256: r.sha256, phone: outcome.phone! };
}
