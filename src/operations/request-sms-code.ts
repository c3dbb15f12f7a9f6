import { createHash, randomInt, randomUUID } from "node:crypto";
import { and, count, desc, eq, gt } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { signatureChallenges } from "../db/schema.ts";
import { DomainError } from "../domain/errors.ts";
import { maskPhone, resendWaitSeconds, SMS_CODE_TTL_MS, SMS_CODES_PER_HOUR } from "../domain/signatures.ts";
import type { Lang } from "../i18n/index.ts";
import { audit } from "./audit.ts";
import { enqueue } from "./enqueue-notices.ts";

/** The stored hash of a code: bound to its challenge, so equal codes never hash alike. */
export const codeHash = (challengeId: string, code: string) =>
  createHash("sha256").update(`${challengeId}:${code}`).digest("hex");

export type SmsCodeRequest = {
  /** The citizen signing, or the operator taking a caller's complaint. */
  actorId: string;
  /** The phone the code goes to (the account's, or the caller's); null: none known (422). */
  phone: string | null;
  /** The SHA-256 of the exact text the code will sign. */
  sha256: string;
  language: Lang;
  now: Date;
  requestId?: string | null;
};

/**
 * Sends a 6-digit code by SMS (the outbox, so the gateway's retries and the demo mailbox apply)
 * that signs the text with this SHA-256 for 5 minutes. Only the code's hash is stored. A person
 * gets a new code a minute after the last at the soonest and five in an hour at most (429 with
 * `retryAfter`). Returns the challenge.
 */
export async function requestSmsCode(db: Db, r: SmsCodeRequest) {
  if (!r.phone) throw new DomainError("validation", "validation", [{ field: "phone", code: "sms_no_phone" }]);
  const phone = r.phone;
  return db.transaction(async (tx) => {
    const hourAgo = new Date(r.now.getTime() - 3_600_000);
    const [last] = await tx
      .select({ createdAt: signatureChallenges.createdAt })
      .from(signatureChallenges)
      .where(eq(signatureChallenges.userId, r.actorId))
      .orderBy(desc(signatureChallenges.createdAt))
      .limit(1);
    const wait = resendWaitSeconds(last?.createdAt ?? null, r.now);
    if (wait > 0)
      throw new DomainError("rate_limited", "sms_resend_wait", [], { retryAfter: wait, seconds: wait });
    const [hour] = await tx
      .select({ n: count() })
      .from(signatureChallenges)
      .where(and(eq(signatureChallenges.userId, r.actorId), gt(signatureChallenges.createdAt, hourAgo)));
    if ((hour?.n ?? 0) >= SMS_CODES_PER_HOUR)
      throw new DomainError("rate_limited", "sms_code_quota", [], {
        retryAfter: 3600,
        max: SMS_CODES_PER_HOUR,
      });
    const id = randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    const expiresAt = new Date(r.now.getTime() + SMS_CODE_TTL_MS);
    const phoneMasked = maskPhone(phone);
    await tx.insert(signatureChallenges).values({
      id,
      userId: r.actorId,
      phoneMasked,
      sha256: r.sha256,
      codeHash: codeHash(id, code),
      createdAt: r.now,
      expiresAt,
    });
    // The code travels in the SMS only; the outbox keeps it until sent, like any message body.
    await enqueue(tx, [
      {
        dedupeKey: `sign-code:${id}`,
        channel: "sms",
        recipient: phone,
        userId: r.actorId,
        complaintId: null,
        template: "sms.signCode",
        language: r.language,
        params: { code, text: r.sha256.slice(0, 8), minutes: SMS_CODE_TTL_MS / 60_000 },
        at: r.now,
      },
    ]);
    await audit(tx, {
      actorId: r.actorId,
      action: "signature.sms_sent",
      entityType: "signature_challenge",
      entityId: id,
      data: { phone: phoneMasked, sha256: r.sha256 },
      requestId: r.requestId ?? null,
      at: r.now,
    });
    return { challengeId: id, sha256: r.sha256, expiresAt, phone: phoneMasked };
  });
}
