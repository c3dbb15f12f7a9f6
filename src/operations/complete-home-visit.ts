import { eq } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { homeVisits } from "../db/schema.ts";
import { nextVisitStatus, type VisitActor } from "../domain/home-visits.ts";
import { logVisitStep, visitForAction } from "./home-visit-log.ts";

/**
 * "Documents accepted" with the list of documents: the moment the public service's own
 * application counts as filed (the event's time is that moment).
 */
export async function completeHomeVisit(
  tx: Tx,
  r: { actor: VisitActor; id: string; documents: string[]; now: Date; requestId?: string | null },
): Promise<void> {
  const v = await visitForAction(tx, r.id, r.actor, "complete");
  const [visit] = await tx
    .update(homeVisits)
    .set({ status: nextVisitStatus(v.status, "complete"), documents: r.documents })
    .where(eq(homeVisits.id, v.id))
    .returning();
  await logVisitStep(tx, {
    visit: visit!,
    kind: "documents_accepted",
    actorId: r.actor.id,
    at: r.now,
    data: { documents: r.documents, date: v.scheduledOn ?? "" },
    requestId: r.requestId ?? null,
  });
}
