import { and, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { complaints, deadlines } from "../db/schema.ts";
import { DomainError, notFound } from "../domain/errors.ts";
import { transition } from "../domain/lifecycle.ts";
import { localDate } from "../domain/time.ts";
import { complaintView } from "../queries/complaint-view.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { recordEvent } from "./complaint-events.ts";

export type WithdrawRequest = {
  complaintId: string;
  actor: SessionUser;
  now: Date;
  language: "kk" | "ru" | "en";
  requestId?: string | null;
};

/**
 * The applicant withdraws the complaint (until it is decided): status `withdrawn`, mark
 * `withdrawn`, the running deadlines closed today. 404 when the caller may not see it, 403 for
 * anyone but the applicant, 409 when the lifecycle no longer allows it.
 */
export async function withdrawComplaint(tx: Tx, r: WithdrawRequest): Promise<void> {
  const view = await complaintView(tx, r.complaintId, r.actor, r.now);
  if (!view) throw notFound();
  const [row] = await tx.select().from(complaints).where(eq(complaints.id, r.complaintId)).for("update");
  if (!row) throw notFound();
  if (row.applicantId !== r.actor.id) throw new DomainError("forbidden", "forbidden");
  const { to, mark } = transition(row.status, "withdraw");
  await tx
    .update(complaints)
    .set({ status: to, updatedAt: r.now, version: sql`${complaints.version} + 1` })
    .where(eq(complaints.id, r.complaintId));
  const today = localDate(r.now);
  await tx
    .update(deadlines)
    .set({ closedOn: today })
    .where(and(eq(deadlines.complaintId, r.complaintId), isNull(deadlines.closedOn)));
  await recordEvent(
    tx,
    {
      complaintId: r.complaintId,
      kind: "withdrawn",
      mark,
      organizationId: row.holderId,
      actor: r.actor,
      at: r.now,
      data: { from: row.status },
      requestId: r.requestId,
    },
    r.language,
  );
}
