import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { homeVisitEvents, homeVisits, organizations, services, users } from "../db/schema.ts";
import {
  allowedVisitActions,
  DUE_BASIS,
  isVisitLate,
  isVisitOverdue,
  mayComplainAbout,
  mayReadHealthNote,
  phoneKey,
  routeOrder,
  type VisitAction,
  type VisitActor,
  type VisitEvent,
  type VisitRelation,
  type VisitStatus,
  visitRelation,
} from "../domain/home-visits.ts";
import { localDate } from "../domain/time.ts";

export type Names = { kk: string; ru: string; en: string };
export type VisitRow = typeof homeVisits.$inferSelect;

export type VisitHistoryEntry = {
  kind: VisitEvent;
  at: string;
  actor: { surname: string; name: string } | null;
  data: Record<string, string | string[]>;
};

/** A visit as the people in its scope see it (the health note only where the relation allows). */
export type HomeVisitView = {
  id: string;
  reference: string;
  status: VisitStatus;
  branch: { id: string; name: Names; address: Names | null };
  service: { id: string; name: Names };
  applicant: { iin: string; surname: string; name: string; patronymic: string | null; phones: string[] };
  regionCode: string | null;
  district: string;
  address: string;
  mobilityNote: string | null;
  preferred: string | null;
  language: "kk" | "ru" | "en";
  receivedAt: string;
  startsOn: string;
  workingDays: number;
  due: string;
  basis: string;
  overdue: boolean;
  late: boolean;
  mayComplain: boolean;
  scheduledOn: string | null;
  window: string | null;
  employee: { id: string; surname: string; name: string } | null;
  documents: string[];
  /** When the documents were accepted: the moment the service's own application counts as filed. */
  filedAt: string | null;
  cancelReason: string | null;
  events: VisitHistoryEntry[];
  relation: VisitRelation;
  allowedActions: VisitAction[];
};

const names = (o: { nameKk: string; nameRu: string; nameEn: string }): Names => ({
  kk: o.nameKk,
  ru: o.nameRu,
  en: o.nameEn,
});

export const actorOf = (u: {
  id: string;
  role: VisitActor["role"];
  organizationId: string | null;
  organizationKind: string | null;
}): VisitActor => ({
  id: u.id,
  role: u.role,
  organizationId: u.organizationId,
  organizationKind: u.organizationKind,
});

/** The history of a visit, oldest first, with each actor's name. */
export async function visitHistory(db: Executor, visitId: string): Promise<VisitHistoryEntry[]> {
  const rows = await db
    .select({ e: homeVisitEvents, surname: users.surname, name: users.name })
    .from(homeVisitEvents)
    .leftJoin(users, eq(users.id, homeVisitEvents.actorId))
    .where(eq(homeVisitEvents.visitId, visitId))
    .orderBy(asc(homeVisitEvents.id));
  return rows.map(({ e, surname, name }) => ({
    kind: e.kind,
    at: e.at.toISOString(),
    actor: surname && name ? { surname, name } : null,
    data: e.data,
  }));
}

/** The visit for `actor`, or null when absent or not theirs to see (a 404). */
export async function homeVisitView(
  db: Executor,
  id: string,
  actor: VisitActor,
  now: Date,
): Promise<HomeVisitView | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [v] = await db.select().from(homeVisits).where(eq(homeVisits.id, id));
  if (!v) return null;
  const relation = visitRelation(actor, v);
  if (relation === "none") return null;
  return present(db, v, relation, now);
}

async function present(
  db: Executor,
  v: VisitRow,
  relation: VisitRelation,
  now: Date,
): Promise<HomeVisitView> {
  const [branch] = await db.select().from(organizations).where(eq(organizations.id, v.branchId));
  const [service] = await db.select().from(services).where(eq(services.id, v.serviceId));
  const [employee] = v.employeeId
    ? await db
        .select({ id: users.id, surname: users.surname, name: users.name })
        .from(users)
        .where(eq(users.id, v.employeeId))
    : [];
  const events = await visitHistory(db, v.id);
  const today = localDate(now);
  const accepted = events.findLast((e) => e.kind === "documents_accepted");
  return {
    id: v.id,
    reference: v.reference,
    status: v.status,
    branch: {
      id: v.branchId,
      name: branch ? names(branch) : { kk: v.branchId, ru: v.branchId, en: v.branchId },
      address:
        branch?.addressKk && branch.addressRu && branch.addressEn
          ? { kk: branch.addressKk, ru: branch.addressRu, en: branch.addressEn }
          : null,
    },
    service: {
      id: v.serviceId,
      name: service ? names(service) : { kk: v.serviceId, ru: v.serviceId, en: v.serviceId },
    },
    applicant: v.applicant,
    regionCode: v.regionCode,
    district: v.district,
    address: v.address,
    mobilityNote: mayReadHealthNote(relation) ? v.mobilityNote : null,
    preferred: v.preferred,
    language: v.language,
    receivedAt: v.receivedAt.toISOString(),
    startsOn: v.startsOn,
    workingDays: v.workingDays,
    due: v.due,
    basis: DUE_BASIS,
    overdue: isVisitOverdue(v, today),
    late: isVisitLate(v, today),
    mayComplain: mayComplainAbout(v, today),
    scheduledOn: v.scheduledOn,
    window: v.timeWindow,
    employee: employee ?? null,
    documents: v.documents,
    filedAt: v.status === "documents_accepted" && accepted ? accepted.at : null,
    cancelReason: v.cancelReason,
    events,
    relation,
    allowedActions: allowedVisitActions(relation, v.status),
  };
}

export type VisitListItem = {
  id: string;
  reference: string;
  status: VisitStatus;
  branchId: string;
  applicantName: string;
  district: string;
  address: string;
  serviceId: string;
  due: string;
  overdue: boolean;
  scheduledOn: string | null;
  window: string | null;
  employeeId: string | null;
};

/** Which visits a role lists: the operator's own requests, the branch's, the field employee's. */
function scopeOf(actor: VisitActor): SQL | null {
  if (actor.role === "operator") return eq(homeVisits.createdBy, actor.id);
  if (!actor.organizationId || actor.organizationKind !== "state_corporation") return null;
  if (actor.role === "registrar" || actor.role === "head")
    return eq(homeVisits.branchId, actor.organizationId);
  if (actor.role === "executor")
    return and(eq(homeVisits.branchId, actor.organizationId), eq(homeVisits.employeeId, actor.id))!;
  return null;
}

/** Whether a role works with home visits at all (the list is a 403 to the others). */
export const worksWithVisits = (actor: VisitActor) => scopeOf(actor) !== null;

/** The visits in the actor's scope by due date (then reference), filtered by status and/or visit date. */
export async function listHomeVisits(
  db: Executor,
  actor: VisitActor,
  filter: { status?: VisitStatus | undefined; date?: string | undefined },
  now: Date,
): Promise<VisitListItem[]> {
  const scope = scopeOf(actor);
  if (!scope) return [];
  const rows = await db
    .select()
    .from(homeVisits)
    .where(
      and(
        scope,
        filter.status ? eq(homeVisits.status, filter.status) : undefined,
        filter.date ? eq(homeVisits.scheduledOn, filter.date) : undefined,
      ),
    )
    .orderBy(asc(homeVisits.due), asc(homeVisits.reference))
    .limit(500);
  const today = localDate(now);
  return rows.map((v) => ({
    id: v.id,
    reference: v.reference,
    status: v.status,
    branchId: v.branchId,
    applicantName: [v.applicant.surname, v.applicant.name, v.applicant.patronymic].filter(Boolean).join(" "),
    district: v.district,
    address: v.address,
    serviceId: v.serviceId,
    due: v.due,
    overdue: isVisitOverdue(v, today),
    scheduledOn: v.scheduledOn,
    window: v.timeWindow,
    employeeId: v.employeeId,
  }));
}

export type DaySheetEntry = {
  reference: string;
  window: string | null;
  district: string;
  address: string;
  applicantName: string;
  phones: string[];
  service: Names;
  employee: string | null;
  mobilityNote: string | null;
};

export type DaySheet = { date: string; branch: Names; entries: DaySheetEntry[] };

/**
 * The visits booked on `date` in route order by district: the field employee's own, or the whole
 * branch's for its registrar and head. Null for a role without a branch's visits.
 */
export async function daySheet(db: Executor, actor: VisitActor, date: string): Promise<DaySheet | null> {
  const scope = scopeOf(actor);
  if (!scope || actor.role === "operator" || !actor.organizationId) return null;
  const rows = await db
    .select({ v: homeVisits, service: services, surname: users.surname, name: users.name })
    .from(homeVisits)
    .leftJoin(services, eq(services.id, homeVisits.serviceId))
    .leftJoin(users, eq(users.id, homeVisits.employeeId))
    .where(and(scope, eq(homeVisits.scheduledOn, date), eq(homeVisits.status, "scheduled")));
  const [branch] = await db.select().from(organizations).where(eq(organizations.id, actor.organizationId));
  const entries = routeOrder(
    rows.map(({ v, service, surname, name }) => ({
      reference: v.reference,
      window: v.timeWindow,
      district: v.district,
      address: v.address,
      applicantName: [v.applicant.surname, v.applicant.name, v.applicant.patronymic]
        .filter(Boolean)
        .join(" "),
      phones: v.applicant.phones,
      service: service ? names(service) : { kk: v.serviceId, ru: v.serviceId, en: v.serviceId },
      employee: surname && name ? `${surname} ${name}` : null,
      mobilityNote: v.mobilityNote,
    })),
  );
  return {
    date,
    branch: branch
      ? names(branch)
      : { kk: actor.organizationId, ru: actor.organizationId, en: actor.organizationId },
    entries,
  };
}

export type VisitStatusCheck = {
  reference: string;
  status: VisitStatus;
  due: string;
  scheduledOn: string | null;
  window: string | null;
  branch: { name: Names; phones: string[] };
  service: { name: Names };
  events: { kind: VisitEvent; at: string }[];
};

/**
 * A visit's status for the caller, by reference and one of the phones it was requested with: no
 * name, address, phone or health note. A wrong phone is the same null as an unknown reference.
 */
export async function visitStatusCheck(
  db: Executor,
  reference: string,
  phone: string,
): Promise<VisitStatusCheck | null> {
  const [v] = await db
    .select()
    .from(homeVisits)
    .where(eq(homeVisits.reference, reference.trim().toUpperCase()));
  const key = phoneKey(phone);
  if (!v || key.length < 5 || !v.applicant.phones.some((p) => phoneKey(p) === key)) return null;
  const [branch] = await db.select().from(organizations).where(eq(organizations.id, v.branchId));
  const [service] = await db.select().from(services).where(eq(services.id, v.serviceId));
  const events = await db
    .select({ kind: homeVisitEvents.kind, at: homeVisitEvents.at })
    .from(homeVisitEvents)
    .where(eq(homeVisitEvents.visitId, v.id))
    .orderBy(asc(homeVisitEvents.id));
  return {
    reference: v.reference,
    status: v.status,
    due: v.due,
    scheduledOn: v.status === "scheduled" ? v.scheduledOn : null,
    window: v.status === "scheduled" ? v.timeWindow : null,
    branch: {
      name: branch ? names(branch) : { kk: v.branchId, ru: v.branchId, en: v.branchId },
      phones: (branch?.phones ?? []).map((p) => p.raw),
    },
    service: { name: service ? names(service) : { kk: v.serviceId, ru: v.serviceId, en: v.serviceId } },
    events: events.map((e) => ({ kind: e.kind, at: e.at.toISOString() })),
  };
}

/** The branch's field employees (its executors), who can be sent on a visit. */
export async function branchEmployees(db: Executor, branchId: string) {
  return db
    .select({ id: users.id, surname: users.surname, name: users.name })
    .from(users)
    .where(and(eq(users.organizationId, branchId), eq(users.role, "executor")))
    .orderBy(asc(users.surname));
}

/** The State Corporation's offices, for routing a request to its region's branch. */
export async function stateCorporationOffices(db: Executor) {
  return db
    .select({
      id: organizations.id,
      kind: organizations.kind,
      regionCode: organizations.regionCode,
      parentId: organizations.parentId,
    })
    .from(organizations)
    .where(eq(organizations.kind, "state_corporation"));
}

/** The public services a visit can be requested for (all of the catalogue), by code. */
export async function visitServices(db: Executor) {
  return db
    .select({ id: services.id, nameKk: services.nameKk, nameRu: services.nameRu, nameEn: services.nameEn })
    .from(services)
    .orderBy(asc(services.id));
}

/** Service names by id (list pages). */
export async function serviceNames(db: Executor, ids: string[]): Promise<Map<string, Names>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select()
    .from(services)
    .where(inArray(services.id, [...new Set(ids)]));
  return new Map(rows.map((s) => [s.id, names(s)]));
}
