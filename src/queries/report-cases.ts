import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { complaints, deadlines, organizations, services } from "../db/schema.ts";
import type { Ground } from "../domain/complaint.ts";
import { emptyTally, measuresOfTally } from "../domain/measure-tally.ts";
import type { Answer, CaseClock, CaseRow } from "../domain/measures.ts";
import type { Names } from "./organization-names.ts";
import { aggregateMeasures, overdueCases } from "./report-aggregates.ts";
import type { SessionUser } from "./session-user.ts";

/** Which bodies a reader may report on: `null` = all of them. */
export type ReportScope = { bodyIds: string[] | null };

const orgId = sql.raw(`"organizations"."id"`);

/**
 * The bodies a user may report on, reusing the organization tree: an administrator and the
 * national office of the quality authority all; a regional department of the quality authority
 * the bodies of its region; an akimat itself and the bodies below it (by parent or reviewing
 * body, at any depth); any other head their own body. Others may not (null).
 */
export async function reportScope(db: Executor, user: SessionUser): Promise<ReportScope | null> {
  if (user.role === "admin") return { bodyIds: null };
  if (user.role !== "head" || !user.organizationId) return null;
  if (user.organizationKind === "quality_authority") {
    if (!user.regionCode) return { bodyIds: null };
    const rows = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(sql`${organizations.regionCode} like ${`${user.regionCode}%`}`);
    return { bodyIds: rows.map((r) => r.id) };
  }
  if (user.organizationKind === "akimat") {
    // The organization tree is small: walk it here rather than in recursive SQL.
    const all = await db
      .select({
        id: organizations.id,
        parentId: organizations.parentId,
        reviewingBodyId: organizations.reviewingBodyId,
      })
      .from(organizations);
    const below = new Set([user.organizationId]);
    for (let grown = true; grown; ) {
      grown = false;
      for (const o of all) {
        if (
          !below.has(o.id) &&
          ((o.parentId && below.has(o.parentId)) || (o.reviewingBodyId && below.has(o.reviewingBodyId)))
        ) {
          below.add(o.id);
          grown = true;
        }
      }
    }
    return { bodyIds: [...below] };
  }
  return { bodyIds: [user.organizationId] };
}

/**
 * The bodies whose complaints a report reader may list behind the numbers (`null`: all): an
 * administrator all; a head their own body, and a regional department of the quality authority
 * also every body of its region (the access table lets them see those complaints). An akimat or
 * the national office reports on bodies whose complaints it may not open: their numbers are not
 * linked there (docs/reports.md, "Every number links to its complaints").
 */
export async function reportLinkScope(db: Executor, user: SessionUser): Promise<ReportScope | null> {
  if (user.role === "admin") return { bodyIds: null };
  if (user.role !== "head" || !user.organizationId) return null;
  const own = [user.organizationId];
  if (user.organizationKind === "quality_authority" && user.regionCode) {
    const region = await reportScope(db, user);
    return { bodyIds: [...new Set([...own, ...(region?.bodyIds ?? [])])] };
  }
  return { bodyIds: own };
}

/** Whether every body of `bodies` is one of `scope`'s. */
export function withinScope(bodies: readonly string[], scope: ReportScope | null): boolean {
  if (!scope) return false;
  const allowed = scope.bodyIds;
  if (!allowed) return true;
  return bodies.every((b) => allowed.includes(b));
}

export type CaseFilter = {
  /** Received at the body from / to (ISO dates, inclusive). */
  from: string;
  to: string;
  scope: ReportScope;
  /** A KATO prefix: bodies of that region. */
  region?: string | undefined;
  bodyId?: string | undefined;
  serviceId?: string | undefined;
  /** Complaints stating this ground. */
  ground?: Ground | undefined;
};

/** A case with what a report's lists show besides the measures. */
export type ReportCase = CaseRow & { number: string | null; region: string | null };

/**
 * The cases of a period and scope: one row per complaint and body that received it (its
 * registration clock starts there on receipt), with that body's clocks and how it ended there.
 */
export async function loadCases(db: Executor, f: CaseFilter): Promise<ReportCase[]> {
  const where: SQL[] = [
    eq(deadlines.kind, "registration"),
    sql`${deadlines.startsOn} between ${f.from} and ${f.to}`,
  ];
  if (f.scope.bodyIds) where.push(inArray(deadlines.organizationId, f.scope.bodyIds));
  if (f.bodyId) where.push(eq(deadlines.organizationId, f.bodyId));
  if (f.region) where.push(sql`${organizations.regionCode} like ${`${f.region}%`}`);
  if (f.serviceId) where.push(eq(complaints.serviceId, f.serviceId));
  if (f.ground) where.push(sql`${complaints.grounds} @> ${JSON.stringify([f.ground])}::jsonb`);
  const body = deadlines.organizationId;
  const rows = await db
    .select({
      complaintId: complaints.id,
      bodyId: body,
      region: organizations.regionCode,
      serviceId: complaints.serviceId,
      grounds: complaints.grounds,
      receivedOn: deadlines.startsOn,
      number: complaints.currentNumber,
      status: complaints.status,
      outcome: complaints.outcome,
      holderId: complaints.holderId,
      decidedBy: sql<string | null>`${complaints.decision}->>'organizationId'`,
      refusedBy: sql<string | null>`${complaints.refusal}->>'organizationId'`,
      refusalGround: sql<string | null>`${complaints.refusal}->>'ground'`,
      escalation: sql<boolean>`${complaints.escalatedFrom} is not null`,
      escalated: sql<boolean>`exists (select 1 from ${complaints} e where e.escalated_from = "complaints"."id")`,
      // The body's clocks of the complaint (dates come out of JSON as ISO strings).
      clocks: sql<
        CaseClock[]
      >`(select json_agg(json_build_object('kind', k.kind, 'startsOn', k.starts_on, 'due', k.due, 'closedOn', k.closed_on, 'completed', k.completed) order by k.created_at) from ${deadlines} k where k.complaint_id = "complaints"."id" and k.organization_id = "deadlines"."organization_id")`,
    })
    .from(deadlines)
    .innerJoin(complaints, eq(complaints.id, deadlines.complaintId))
    .innerJoin(organizations, eq(orgId, body))
    .where(and(...where))
    .orderBy(asc(deadlines.startsOn), asc(complaints.id));
  return rows.map((r) => ({
    complaintId: r.complaintId,
    bodyId: r.bodyId,
    region: r.region,
    serviceId: r.serviceId,
    grounds: r.grounds,
    receivedOn: r.receivedOn,
    number: r.number,
    clocks: r.clocks ?? [],
    answer: answerAt(r, r.bodyId),
    refusalGround: r.refusedBy === r.bodyId ? r.refusalGround : null,
    escalated: r.escalated,
    escalation: r.escalation,
  }));
}

/** How the complaint ended at `body`: decided or refused there, or withdrawn while it held it. */
function answerAt(
  r: {
    status: string;
    outcome: string | null;
    holderId: string;
    decidedBy: string | null;
    refusedBy: string | null;
  },
  body: string,
): Answer | null {
  if (r.outcome && (r.decidedBy ?? r.holderId) === body) return r.outcome as Answer;
  if (r.status === "left_without_consideration" && r.refusedBy === body) return "left_without_consideration";
  if (r.status === "withdrawn" && r.holderId === body) return "withdrawn";
  return null;
}

/** The bodies and services a report's filters offer, with their names, and the regions. */
export async function reportChoices(db: Executor, scope: ReportScope) {
  const bodies = await db
    .select({
      id: organizations.id,
      regionCode: organizations.regionCode,
      kk: organizations.nameKk,
      ru: organizations.nameRu,
      en: organizations.nameEn,
    })
    .from(organizations)
    .where(scope.bodyIds ? inArray(organizations.id, scope.bodyIds) : undefined)
    .orderBy(asc(organizations.id));
  const serviceRows = await db
    .select({ id: services.id, kk: services.nameKk, ru: services.nameRu, en: services.nameEn })
    .from(services)
    .orderBy(asc(services.id));
  const names = (rows: (Names & { id: string })[]) =>
    new Map(rows.map((r) => [r.id, { kk: r.kk, ru: r.ru, en: r.en } satisfies Names]));
  return {
    bodies: names(bodies),
    /** Each body's KATO code ("" when it has none). */
    regionOf: new Map(bodies.map((b) => [b.id, b.regionCode ?? ""])),
    services: names(serviceRows),
    regions: [
      ...new Set(bodies.map((b) => b.regionCode?.slice(0, 2)).filter((r): r is string => Boolean(r))),
    ].sort(),
  };
}
export type ReportChoices = Awaited<ReturnType<typeof reportChoices>>;

/** Every measure of the cases a filter selects, from the daily sums (which must be current). */
export async function reportMeasures(db: Executor, f: CaseFilter, today: string) {
  const [total] = await aggregateMeasures(db, f, [[]], today);
  return (
    total![0]?.measures ??
    measuresOfTally(emptyTally(), { received: 0, grounds: {}, overdueNow: 0, regOpenLate: 0 })
  );
}

/** How many overdue cases the report lists. */
const OVERDUE_LISTED = 20;

/**
 * The report of a period and scope: every measure in total and by body, service and month (from
 * the daily sums, see report-aggregates.ts), and the most recently overdue cases (those whose
 * last day passed latest first). The sums must be current: the caller refreshes them first.
 */
export async function performanceReport(db: Executor, f: CaseFilter, today: string) {
  const [total, body, service, month] = await aggregateMeasures(
    db,
    f,
    [[], ["body"], ["service"], ["month"]],
    today,
  );
  const overdue = await overdueCases(db, f, today, OVERDUE_LISTED);
  return {
    total:
      total![0]?.measures ??
      measuresOfTally(emptyTally(), { received: 0, grounds: {}, overdueNow: 0, regOpenLate: 0 }),
    body: body!,
    service: service!,
    month: month!,
    overdue,
  };
}
export type PerformanceReport = Awaited<ReturnType<typeof performanceReport>>;
