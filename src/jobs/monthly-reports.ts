import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { users } from "../db/schema.ts";
import { percent } from "../domain/measures.ts";
import { periodDays, previousMonth } from "../domain/period.ts";
import { localDate, localHour } from "../domain/time.ts";
import type { Lang } from "../i18n/index.ts";
import { enqueue, type OutboxEntry } from "../operations/enqueue-notices.ts";
import { refreshReportAggregates } from "../operations/refresh-report-aggregates.ts";
import { currentCalendar } from "../queries/calendar.ts";
import { organizationNames } from "../queries/organization-names.ts";
import { reportMeasures } from "../queries/report-cases.ts";

/**
 * Each head's monthly report of their own body for the previous month (from the daily sums), e-mailed through the
 * outbox on the first working day of the month from the office hour (Asia/Almaty) on; the dedupe
 * key (month and head) makes any later run that month a no-op.
 */
export async function runMonthlyReports(db: Db, o: { now: Date; officeHour: number }): Promise<number> {
  if (localHour(o.now) < o.officeHour) return 0;
  const today = localDate(o.now);
  const month = today.slice(0, 7);
  const calendar = await currentCalendar(db);
  if (calendar.nextWorkingDay(`${month}-01`) !== today) return 0;
  const reported = previousMonth(month);
  const heads = await db
    .select({
      id: users.id,
      email: users.email,
      organizationId: users.organizationId,
      language: users.language,
    })
    .from(users)
    .where(
      and(
        eq(users.kind, "staff"),
        eq(users.role, "head"),
        isNotNull(users.email),
        isNotNull(users.organizationId),
      ),
    );
  const names = await organizationNames(
    db,
    heads.map((h) => h.organizationId),
  );
  const entries: OutboxEntry[] = [];
  // The figures come from the daily sums, caught up first (docs/reports.md, "Reads that scale").
  if (heads.length) await refreshReportAggregates(db, calendar);
  for (const head of heads) {
    const body = head.organizationId!;
    const m = await reportMeasures(
      db,
      { ...periodDays(reported, reported), scope: { bodyIds: [body] } },
      today,
    );
    const lang = head.language as Lang;
    entries.push({
      dedupeKey: `monthly-report:${month}:${head.id}`,
      channel: "email",
      recipient: head.email!,
      userId: head.id,
      complaintId: null,
      template: "report.monthly",
      language: lang,
      params: {
        month: reported,
        body: names.get(body)?.[lang] ?? body,
        received: m.received,
        onTime: percent(m.onTimeShare.share),
        overdue: m.overdueNow,
        median: m.medianDays ?? "—",
        path: `/${lang}/reports?from=${reported}&to=${reported}`,
      },
      at: o.now,
    });
  }
  await enqueue(db, entries);
  return entries.length;
}
