import { and, asc, count, eq, gt, inArray, isNull, like, lte, min, ne, or, sql } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { deliveryLedger, outbox } from "../db/schema.ts";
import { renderNotice } from "../documents/render-notice.ts";
import {
  APPLICANT_NOTICE_PREFIX,
  isApplicantNotice,
  MAX_ATTEMPTS,
  NOTICES_PER_RECIPIENT_PER_HOUR,
  nextAttemptDelayMs,
} from "../domain/notices.ts";
import type { Transports } from "./transports.ts";

export type DispatchOptions = {
  transports: Transports;
  now: () => Date;
  publicUrl: string;
  /** Names this dispatcher in the ledger. */
  worker: string;
  batch?: number;
  /** How long a claim keeps other dispatchers away while the message is being sent. */
  leaseMs?: number;
};

/**
 * Sends what is due once: claims a batch with FOR UPDATE SKIP LOCKED and a lease (a short
 * transaction, so the embedded database is never held during network I/O), sends each message,
 * then records the outcome — sent, a retry with backoff, or failed after the last attempt — and
 * every attempt in the delivery ledger. Two dispatchers never claim the same row.
 */
export async function dispatchOnce(db: Db, o: DispatchOptions): Promise<number> {
  const now = o.now();
  const leaseUntil = new Date(now.getTime() + (o.leaseMs ?? 120_000));
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        and(
          inArray(outbox.status, ["pending", "sending"]),
          ne(outbox.channel, "cabinet"),
          lte(outbox.nextAttemptAt, now),
          or(isNull(outbox.claimedUntil), lte(outbox.claimedUntil, now)),
        ),
      )
      .orderBy(asc(outbox.id))
      .limit(o.batch ?? 20)
      .for("update", { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(outbox)
      .set({ status: "sending", claimedUntil: leaseUntil, attempts: sql`${outbox.attempts} + 1` })
      .where(
        inArray(
          outbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
  for (const n of claimed) {
    const later = isApplicantNotice(n.template) ? await pacedUntil(db, n.recipient, now) : null;
    if (later) {
      // Not an attempt: it waits until the recipient's hour has room.
      await db
        .update(outbox)
        .set({
          status: "pending",
          claimedUntil: null,
          attempts: sql`${outbox.attempts} - 1`,
          nextAttemptAt: later,
        })
        .where(and(eq(outbox.id, n.id), eq(outbox.status, "sending")));
      continue;
    }
    const { subject, text } = renderNotice(n, o.publicUrl);
    const channel = n.channel as "email" | "sms";
    let outcome: { status: "sent" | "retry" | "failed"; response: string };
    try {
      const response = await o.transports[channel]({ id: n.id, channel, to: n.recipient, subject, text });
      outcome = { status: "sent", response };
    } catch (error) {
      outcome = {
        status: n.attempts >= MAX_ATTEMPTS ? "failed" : "retry",
        response: String((error as Error).message ?? error).slice(0, 1000),
      };
    }
    const at = o.now();
    await db.transaction(async (tx) => {
      await tx
        .update(outbox)
        .set(
          outcome.status === "sent"
            ? { status: "sent", sentAt: at, claimedUntil: null }
            : outcome.status === "failed"
              ? { status: "failed", claimedUntil: null }
              : {
                  status: "pending",
                  claimedUntil: null,
                  nextAttemptAt: new Date(at.getTime() + nextAttemptDelayMs(n.attempts)),
                },
        )
        .where(and(eq(outbox.id, n.id), eq(outbox.status, "sending")));
      await tx.insert(deliveryLedger).values({
        outboxId: n.id,
        at,
        channel: n.channel,
        recipient: n.recipient,
        template: n.template,
        status: outcome.status,
        providerResponse: outcome.response,
        worker: o.worker,
      });
    });
  }
  return claimed.length;
}

const HOUR_MS = 3_600_000;

/**
 * When a recipient already got NOTICES_PER_RECIPIENT_PER_HOUR applicant notices in the hour
 * before `now`: the moment the oldest of them leaves that hour. Else null.
 */
async function pacedUntil(db: Db, recipient: string, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ n: count(), oldest: min(deliveryLedger.at) })
    .from(deliveryLedger)
    .where(
      and(
        eq(deliveryLedger.recipient, recipient),
        eq(deliveryLedger.status, "sent"),
        like(deliveryLedger.template, `${APPLICANT_NOTICE_PREFIX}%`),
        gt(deliveryLedger.at, new Date(now.getTime() - HOUR_MS)),
      ),
    );
  if (!row || row.n < NOTICES_PER_RECIPIENT_PER_HOUR || !row.oldest) return null;
  return new Date(new Date(row.oldest).getTime() + HOUR_MS);
}
