import { and, eq, inArray, isNull, notInArray } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { complaints, deadlines, registrations, users } from "../db/schema.ts";
import { CLOSED_STATUSES, shortReference } from "../domain/complaint.ts";
import { deadlineAlerts, digest, type OpenDeadline } from "../domain/notices.ts";
import { localDate, localHour } from "../domain/time.ts";
import { formatDate, type Lang, t } from "../i18n/index.ts";
import { enqueue, type OutboxEntry } from "../operations/enqueue-notices.ts";
import { currentCalendar } from "../queries/calendar.ts";

/**
 * Staff alerts for the working day: to the executor and the heads of the body whose term has one
 * working day left or was missed (for the registration clock, to its registrars too), and each head's daily digest. Sent on working days only, from
 * the office hour (Asia/Almaty) on; dedupe keys make a second run the same day a no-op.
 */
export async function runDeadlineMonitor(db: Db, o: { now: Date; officeHour: number }): Promise<number> {
  if (localHour(o.now) < o.officeHour) return 0;
  const today = localDate(o.now);
  const calendar = await currentCalendar(db);
  if (!calendar.isWorking(today)) return 0;
  const rows = await db
    .select({
      id: deadlines.id,
      complaintId: deadlines.complaintId,
      organizationId: deadlines.organizationId,
      kind: deadlines.kind,
      due: deadlines.due,
      executorId: complaints.executorId,
    })
    .from(deadlines)
    .innerJoin(complaints, eq(complaints.id, deadlines.complaintId))
    .where(and(isNull(deadlines.closedOn), notInArray(complaints.status, [...CLOSED_STATUSES])));
  if (!rows.length) return 0;
  const open: (OpenDeadline & { executorId: string | null })[] = rows;
  const orgs = [...new Set(open.map((d) => d.organizationId))];
  const staff = await db
    .select({
      id: users.id,
      role: users.role,
      email: users.email,
      organizationId: users.organizationId,
      language: users.language,
    })
    .from(users)
    .where(and(eq(users.kind, "staff"), inArray(users.organizationId, orgs)));
  const numbers = new Map(
    (
      await db
        .select({ complaintId: registrations.complaintId, number: registrations.number })
        .from(registrations)
        .where(inArray(registrations.complaintId, [...new Set(open.map((d) => d.complaintId))]))
    ).map((r) => [r.complaintId, r.number]),
  );
  const entries: OutboxEntry[] = [];
  const mail = (
    u: (typeof staff)[number],
    dedupeKey: string,
    template: string,
    params: Record<string, string | number>,
    complaintId: string | null,
  ) => {
    if (!u.email) return;
    entries.push({
      dedupeKey,
      channel: "email",
      recipient: u.email,
      userId: u.id,
      complaintId,
      template,
      language: u.language as Lang,
      params,
      at: o.now,
    });
  };
  for (const { deadline: d, kind } of deadlineAlerts(calendar, today, open)) {
    const executorId = open.find((x) => x.id === d.id)?.executorId;
    for (const u of staff.filter(
      (s) =>
        s.organizationId === d.organizationId &&
        (s.role === "head" || s.id === executorId || (d.kind === "registration" && s.role === "registrar")),
    )) {
      const lang = u.language as Lang;
      mail(
        u,
        `alert:${d.id}:${kind}:${u.id}`,
        `alert.${kind}`,
        {
          number: numbers.get(d.complaintId) ?? shortReference(d.complaintId),
          kind: t(lang, `deadlineKind.${d.kind}`),
          due: formatDate(lang, d.due),
          path: `/${lang}/staff/complaints/${d.complaintId}`,
        },
        d.complaintId,
      );
    }
  }
  for (const head of staff.filter((s) => s.role === "head")) {
    const d = digest(
      calendar,
      today,
      open.filter((x) => x.organizationId === head.organizationId),
    );
    if (!d || d.today.length + d.tomorrow.length + d.overdue.length === 0) continue;
    mail(
      head,
      `digest:${today}:${head.id}`,
      "alert.digest",
      {
        today: d.today.length,
        tomorrow: d.tomorrow.length,
        overdue: d.overdue.length,
        path: `/${head.language}/staff`,
      },
      null,
    );
  }
  await enqueue(db, entries);
  return entries.length;
}
