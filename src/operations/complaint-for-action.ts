import { asc, eq } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { complaints, registrations } from "../db/schema.ts";
import { authorize, type Capability, type ComplaintScope } from "../domain/access.ts";
import { notFound } from "../domain/errors.ts";
import { localDate } from "../domain/time.ts";
import { complaintScope } from "../queries/complaint-scope.ts";
import { viewerOf } from "../queries/complaint-view.ts";
import type { SessionUser } from "../queries/session-user.ts";

export type ComplaintRow = typeof complaints.$inferSelect;

/**
 * Loads a complaint for a change — locking its row until the transaction ends, so two people
 * acting at once are serialized and the second sees the first one's result — and checks the
 * access table and the procedure on the day of `now`: 404 when the actor may not see it, 403
 * when not theirs to do, 409 (with the reason's code) when not lawful in this state.
 */
export async function complaintForAction(
  tx: Executor,
  id: string,
  actor: SessionUser,
  capability: Capability,
  now: Date,
  { lock = true } = {},
): Promise<{ complaint: ComplaintRow; scope: ComplaintScope }> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const query = tx.select().from(complaints).where(eq(complaints.id, id));
  const [complaint] = lock ? await query.for("update") : await query;
  if (!complaint) throw notFound();
  const regs = await tx
    .select({ organizationId: registrations.organizationId })
    .from(registrations)
    .where(eq(registrations.complaintId, id))
    .orderBy(asc(registrations.registeredAt));
  const scope = await complaintScope(
    tx,
    complaint,
    regs.map((r) => r.organizationId),
    localDate(now),
  );
  authorize(viewerOf(actor), scope, capability);
  return { complaint, scope };
}
