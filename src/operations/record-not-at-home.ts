import { eq } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { homeVisits } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { invalid } from "../domain/errors.ts";
import { nextVisitStatus, type VisitActor, type VisitWindow } from "../domain/home-visits.ts";
import { localDate } from "../domain/time.ts";
import { logVisitStep, visitForAction } from "./home-visit-log.ts";
import { visitDayIssues } from "./schedule-home-visit.ts";

/**
 * The employee came and nobody was at home. With a next attempt (date and window) the visit is
 * booked again for it, with the same employee; without one it waits for the branch to rebook.
 */
export async function recordNotAtHome(
  tx: Tx,
  r: {
    actor: VisitActor;
    id: string;
    nextAttempt: { date: string; window: VisitWindow } | null;
    note: string | null;
    now: Date;
    calendar: Calendar;
    requestId?: string | null;
  },
): Promise<void> {
  const v = await visitForAction(tx, r.id, r.actor, "not_at_home");
  if (r.nextAttempt) {
    const issues = visitDayIssues("nextAttempt", r.nextAttempt.date, localDate(r.now), r.calendar);
    if (r.nextAttempt.date <= (v.scheduledOn ?? ""))
      issues.push({ field: "nextAttempt", code: "home_visit_date_past" });
    if (issues.length) throw invalid(issues.slice(0, 1));
  }
  const [visit] = await tx
    .update(homeVisits)
    .set(
      r.nextAttempt
        ? { status: "scheduled", scheduledOn: r.nextAttempt.date, timeWindow: r.nextAttempt.window }
        : { status: nextVisitStatus(v.status, "not_at_home") },
    )
    .where(eq(homeVisits.id, v.id))
    .returning();
  await logVisitStep(tx, {
    visit: visit!,
    kind: "not_at_home",
    actorId: r.actor.id,
    at: r.now,
    data: {
      visitedOn: v.scheduledOn ?? localDate(r.now),
      ...(r.nextAttempt ? { nextAttempt: r.nextAttempt.date, window: r.nextAttempt.window } : {}),
      ...(r.note ? { note: r.note } : {}),
    },
    requestId: r.requestId ?? null,
  });
}
