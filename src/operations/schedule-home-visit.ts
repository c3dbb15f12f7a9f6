import { and, eq } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { homeVisits, users } from "../db/schema.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { type FieldIssue, invalid } from "../domain/errors.ts";
import { nextVisitStatus, type VisitActor, type VisitWindow, visitEvent } from "../domain/home-visits.ts";
import { localDate } from "../domain/time.ts";
import { logVisitStep, visitForAction } from "./home-visit-log.ts";

/** The checks a visit day shares with "not at home, next attempt": today or later, a working day. */
export function visitDayIssues(field: string, date: string, today: string, calendar: Calendar): FieldIssue[] {
  if (date < today) return [{ field, code: "home_visit_date_past" }];
  if (!calendar.isWorking(date)) return [{ field, code: "home_visit_day_off" }];
  return [];
}

/** The branch books (or rebooks) a visit: a working day from today on, a time window, one of its field employees. */
export async function scheduleHomeVisit(
  tx: Tx,
  r: {
    actor: VisitActor;
    id: string;
    date: string;
    window: VisitWindow;
    employeeId: string;
    now: Date;
    calendar: Calendar;
    requestId?: string | null;
  },
): Promise<void> {
  const v = await visitForAction(tx, r.id, r.actor, "schedule");
  const issues = visitDayIssues("date", r.date, localDate(r.now), r.calendar);
  const [employee] = /^[0-9a-f-]{36}$/i.test(r.employeeId)
    ? await tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(eq(users.id, r.employeeId), eq(users.organizationId, v.branchId), eq(users.role, "executor")),
        )
    : [];
  if (!employee) issues.push({ field: "employeeId", code: "home_visit_employee" });
  if (issues.length) throw invalid(issues);
  const [visit] = await tx
    .update(homeVisits)
    .set({
      status: nextVisitStatus(v.status, "schedule"),
      scheduledOn: r.date,
      timeWindow: r.window,
      employeeId: r.employeeId,
    })
    .where(eq(homeVisits.id, v.id))
    .returning();
  await logVisitStep(tx, {
    visit: visit!,
    kind: visitEvent(v.status, "schedule"),
    actorId: r.actor.id,
    at: r.now,
    data: { date: r.date, window: r.window, employeeId: r.employeeId },
    requestId: r.requestId ?? null,
  });
}
