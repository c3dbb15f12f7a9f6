import { eq, is, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Executor } from "../db/connection.ts";
import { jsonValue, preparedPer, rowsFromJson } from "../db/prepared.ts";
import { attachments, complaintEvents, complaints, deadlines, registrations } from "../db/schema.ts";
import {
  type Capability,
  type ComplaintScope,
  canSee,
  judge,
  permittedActions,
  type Viewer,
} from "../domain/access.ts";
import { deadlineState } from "../domain/deadlines/index.ts";
import { localDate } from "../domain/time.ts";
import { presentApplicant, presentSignature, showsEvent, visibilityOf } from "../domain/visibility.ts";
import { complaintScope, scopeOf } from "./complaint-scope.ts";
import { type Names, organizationNames } from "./organization-names.ts";
import { namesFrom, type Reference, referenceData } from "./reference.ts";
import type { SessionUser } from "./session-user.ts";

export const viewerOf = (u: SessionUser): Viewer => ({
  id: u.id,
  role: u.role,
  organizationId: u.organizationId,
  organizationKind: u.organizationKind,
  regionCode: u.regionCode,
});

/**
 * A complaint with what its view shows, in one statement: its registrations (oldest first), the
 * complaints escalated from it and the one it escalates, its clocks (in the order started), its
 * log and its files (without their bytes).
 */
export const complaintRead = preparedPer((db) =>
  db
    .select({
      c: complaints,
      regs: sql`(SELECT coalesce(json_agg(r ORDER BY r.registered_at), '[]') FROM registrations r
        WHERE r.complaint_id = complaints.id)`.mapWith(rowsFromJson(registrations)),
      linked: sql`(SELECT coalesce(json_agg(l.id), '[]') FROM complaints l
        WHERE l.escalated_from = complaints.id OR l.id = complaints.escalated_from)`.mapWith(
        jsonValue<string[]>,
      ),
      clocks: sql`(SELECT coalesce(json_agg(d ORDER BY d.created_at, d.kind), '[]') FROM deadlines d
        WHERE d.complaint_id = complaints.id)`.mapWith(rowsFromJson(deadlines)),
      events: sql`(SELECT coalesce(json_agg(json_build_object('kind', e.kind, 'mark', e.mark, 'at', e.at,
        'organization_id', e.organization_id, 'actor', e.actor, 'note', e.note, 'internal', e.internal)
        ORDER BY e.id), '[]') FROM complaint_events e WHERE e.complaint_id = complaints.id)`.mapWith(
        rowsFromJson<typeof complaintEvents, ComplaintRows["events"][number]>(complaintEvents),
      ),
      files: sql`(SELECT coalesce(json_agg(json_build_object('id', a.id, 'filename', a.filename,
        'size', a.size, 'content_type', a.content_type, 'sha256', a.sha256) ORDER BY a.created_at), '[]')
        FROM attachments a WHERE a.complaint_id = complaints.id)`.mapWith(
        rowsFromJson<typeof attachments, ComplaintRows["files"][number]>(attachments),
      ),
    })
    .from(complaints)
    .where(eq(complaints.id, sql.placeholder("id")))
    .prepare("complaint_view"),
);

/**
 * The complaint as api.md describes it, or null when it does not exist or the user may not see
 * it (both answer 404). This is the one presenter of a complaint: the API answer, the staff,
 * citizen, office and contact-centre pages, the case file, the talon and the decision letter
 * are all made from it, so the field policy (`src/domain/visibility.ts`: IIN, address,
 * contacts, internal comments, attachments, per role and relationship) is applied here once and
 * returned as `visibility` for the consumers to say what was withheld.
 */
export async function complaintView(
  db: Executor,
  id: string,
  user: SessionUser,
  today: Date,
  /**
   * The reference data at hand (`referenceData`): organizations read from it, not the database.
   * Without it, the view takes it from memory itself, but in a transaction, which reads the
   * organizations it needs instead.
   */
  given?: Reference,
) {
  return (await complaintCase(db, id, user, today, given))?.view ?? null;
}

/**
 * The view with the scope it was judged in (what the staff page's forms also need: the
 * procedure's state), or null as for `complaintView`.
 */
export async function complaintCase(
  db: Executor,
  id: string,
  user: SessionUser,
  today: Date,
  given?: Reference,
) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  // One statement: this may run on a transaction's single connection, and each trip costs.
  const [row] = await complaintRead(db).execute({ id });
  if (!row) return null;
  const reference =
    given ?? (is(db, PgTransaction) ? undefined : await referenceData(db, user.referenceRevision));
  const { c, regs, linked, clocks, events, files } = row;
  const viewer = viewerOf(user);
  const escalations = linked.filter((l) => l !== c.escalatedFrom);
  const registeredAt = regs.map((r) => r.organizationId);
  const scope = reference
    ? scopeOf(
        c,
        registeredAt,
        localDate(today),
        [c.holderId, c.respondentId].flatMap((o) => reference.organizations.get(o) ?? []),
        clocks,
        escalations.length > 0,
      )
    : await complaintScope(db, c, registeredAt, localDate(today), escalations);
  if (!canSee(viewer, scope)) return null;

  const named = [c.holderId, c.addresseeId, c.respondentId, ...events.map((e) => e.organizationId)];
  const names = reference ? namesFrom(reference, named) : await organizationNames(db, named);
  return {
    view: presentComplaint({ c, regs, linked, scope, clocks, events, files, names }, user, today),
    scope,
  };
}

export type ComplaintRows = {
  c: typeof complaints.$inferSelect;
  /** Its registrations, oldest first. */
  regs: (typeof registrations.$inferSelect)[];
  /** The complaints escalated from it, and the one it escalates. */
  linked: string[];
  scope: ComplaintScope;
  /** Its clocks, in the order they were started. */
  clocks: (typeof deadlines.$inferSelect)[];
  /** Its log, in order. */
  events: Pick<
    typeof complaintEvents.$inferSelect,
    "kind" | "mark" | "at" | "organizationId" | "actor" | "note" | "internal"
  >[];
  files: { id: string; filename: string; size: number; contentType: string; sha256: string }[];
  names: Map<string, Names>;
};

/**
 * The complaint view from its rows (read by `complaintView`, or just written by a filing, whose
 * answer is made from what it wrote): the field policy for `user` applied here.
 */
export function presentComplaint(rows: ComplaintRows, user: SessionUser, today: Date) {
  const { c, regs, scope, clocks, events, files, names } = rows;
  const id = c.id;
  const linked = rows.linked.map((l) => ({ id: l }));
  const viewer = viewerOf(user);
  const policy = visibilityOf(viewer, scope);
  const todayOn = localDate(today);
  const current = regs.at(-1) ?? null;
  const applicantView = user.role === "citizen";
  const shown = events.filter((e) => showsEvent(e, policy, viewer.organizationId));
  return {
    id: c.id,
    channel: c.channel,
    regime: c.regime,
    status: c.status,
    outcome: c.outcome,
    holder: { organizationId: c.holderId, name: names.get(c.holderId)! },
    addressee: { kind: c.addresseeKind, organizationId: c.addresseeId, name: names.get(c.addresseeId)! },
    respondent: {
      organizationId: c.respondentId,
      name: names.get(c.respondentId)!,
      officials: c.respondentOfficials,
    },
    serviceId: c.serviceId,
    grounds: c.grounds,
    reasons: c.reasons,
    demands: c.demands,
    learnedOn: c.learnedOn,
    filedLate: c.filedLate,
    lateReason: c.lateReason,
    termRestored: c.termRestored,
    appealed: c.appealed,
    receivedHereAt: c.receivedHereAt.toISOString(),
    language: c.language,
    receivedAt: c.receivedAt.toISOString(),
    applicant: presentApplicant(c.applicant, policy),
    /** What of the sensitive fields this viewer is shown (the rest is masked or withheld). */
    visibility: policy,
    signature: presentSignature(c.signature, policy),
    registration: current
      ? {
          number: current.number,
          organizationId: current.organizationId,
          registeredOn: current.registeredOn,
          registeredAt: current.registeredAt.toISOString(),
          acceptedBy: current.acceptedBy,
          answerBy: current.answerBy,
          answerPlace: current.answerPlace,
        }
      : null,
    /** Who answers and by when now: the holder's running answer clock (review, extension or forwarding). */
    answer: answerOf(c.holderId, clocks),
    registrations: regs.map((r) => ({
      number: r.number,
      organizationId: r.organizationId,
      registeredOn: r.registeredOn,
      answerBy: r.answerBy,
    })),
    deadlines: clocks.map((d) => ({
      kind: d.kind,
      organizationId: d.organizationId,
      startsOn: d.startsOn,
      workingDays: d.workingDays,
      due: d.due,
      computedDue: d.computedDue,
      announcedDue: d.announcedDue,
      basis: { code: d.basisCode },
      calendarVersion: d.calendarVersion,
      state: deadlineState({ due: d.due }, todayOn, d.closedOn, d.completed),
    })),
    marks: shown
      .filter((e) => e.mark && !e.internal)
      .map((e) => ({
        kind: e.mark!,
        at: e.at.toISOString(),
        organizationId: e.organizationId,
        actor: e.actor,
        note: e.note,
      })),
    events: applicantView
      ? undefined
      : shown.map((e) => ({
          kind: e.kind,
          mark: e.mark,
          at: e.at.toISOString(),
          organizationId: e.organizationId,
          actor: e.actor,
          note: e.note,
          internal: e.internal,
        })),
    decision: c.decision,
    refusal: c.refusal,
    attachments: policy.attachments ? files : [],
    linkedComplaintIds: linked.map((l) => l.id).filter((l) => l !== id),
    escalatedFrom: c.escalatedFrom,
    allowedActions: permittedActions(viewer, scope),
    /** The reads besides the complaint itself this caller may make (the pages link only these). */
    allowedReads: READS.filter((r) => judge(viewer, scope, r) === "ok"),
    organizationNames: Object.fromEntries(names),
  };
}

const READS = ["history", "decision_letter", "case_file"] as const satisfies readonly Capability[];

const ANSWER_KINDS = ["forward", "review", "extension"];

function answerOf(holderId: string, clocks: (typeof deadlines.$inferSelect)[]) {
  const open = clocks
    .filter((d) => d.organizationId === holderId && d.closedOn === null && ANSWER_KINDS.includes(d.kind))
    .sort((a, b) => b.due.localeCompare(a.due))[0];
  return open ? { organizationId: holderId, kind: open.kind, due: open.due } : null;
}

export type ComplaintView = NonNullable<Awaited<ReturnType<typeof complaintView>>>;

/**
 * The view of a complaint just filed, from the rows the filing wrote (no registration, no linked
 * complaints yet) and the reference data: the filing's answer without reading it back.
 */
export function presentFiled(
  rows: Pick<ComplaintRows, "c" | "clocks" | "events" | "files">,
  user: SessionUser,
  today: Date,
  reference: Reference,
) {
  const { c } = rows;
  const scope = scopeOf(
    c,
    [],
    localDate(today),
    [c.holderId, c.respondentId].flatMap((o) => reference.organizations.get(o) ?? []),
    rows.clocks,
    false,
  );
  const names = namesFrom(reference, [
    c.holderId,
    c.addresseeId,
    c.respondentId,
    ...rows.events.map((e) => e.organizationId),
  ]);
  return presentComplaint({ ...rows, regs: [], linked: [], scope, names }, user, today);
}
