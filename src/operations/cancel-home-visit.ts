import { eq } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { homeVisits } from "../db/schema.ts";
import { nextVisitStatus, type VisitActor } from "../domain/home-visits.ts";
import { logVisitStep, visitForAction } from "./home-visit-log.ts";

/** The branch cancels a visit, with the reason the person is told. */
export async function cancelHomeVisit(
  tx: Tx,
  r: { actor: VisitActor; id: string; reason: string; now: Date; requestId?: string | null },
): Promise<void> {
  const v = await visitForAction(tx, r.id, r.actor, "cancel");
  const [visit] = await tx
    .update(homeVisits)
    .set({ status: nextVisitStatus(v.status, "cancel"), cancelReason: r.reason })
    .where(eq(homeVisits.id, v.id))
    .returning();
  await logVisitStep(tx, {
    visit: visit!,
    kind: "cancelled",
    actorId: r.actor.id,
    at: r.now,
    data: { reason: r.reason },
    requestId: r.requestId ?? null,
  });
}
