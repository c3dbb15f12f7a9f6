import type { Executor, Tx } from "../db/connection.ts";
import { auditEvents, complaintEvents } from "../db/schema.ts";
import { auditContent, chainLinks, complaintChain, eventContent, GENESIS } from "../domain/audit-chain.ts";
import { type AcceptedBy, initials, type Mark } from "../domain/complaint.ts";
import { sha256Hex } from "../queries/audit-chain.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { audit } from "./audit.ts";
import { inTransaction, lockChainHeads, moveChainHeads, nextLink } from "./audit-chain.ts";
import { enqueueMarkNotices } from "./enqueue-notices.ts";

export type ComplaintEvent = {
  complaintId: string;
  /** What happened (`submitted`, `registered`, `assigned`, `comment`, …): the audit action. */
  kind: string;
  /** The mark the applicant sees, if any. */
  mark: Mark | null;
  organizationId: string | null;
  actor: SessionUser | null;
  at: Date;
  note?: string | null;
  /** Staff-only (an internal comment): never shown to the applicant. */
  internal?: boolean;
  /** Whether the applicant is told of the mark (default: every public mark). */
  notify?: boolean;
  data?: Record<string, unknown>;
  requestId?: string | null;
};

/** The actor as printed on marks and talons: surname, initials, position in `lang`. */
export function actorStamp(user: SessionUser, lang: "kk" | "ru" | "en"): AcceptedBy {
  return {
    surname: user.surname,
    initials: initials(user.name, user.patronymic),
    position: user.position?.[lang] ?? "",
    ...(user.position ? { positions: user.position } : {}),
  };
}

/**
 * Appends one event to the complaint's log — the applicant's marks and the audit trail are the
 * same log — the matching audit event and, for a mark, the applicant's notices (outbox). Call it
 * in the transaction that makes the change.
 */
export async function recordEvent(tx: Executor, e: ComplaintEvent, lang: "kk" | "ru" | "en"): Promise<void> {
  await inTransaction(tx, (t) => append(t, e, lang));
}

/** The row of an event, without its link. */
function eventValues(e: ComplaintEvent, lang: "kk" | "ru" | "en") {
  return {
    complaintId: e.complaintId,
    at: e.at,
    kind: e.kind,
    mark: e.mark,
    organizationId: e.organizationId,
    actorId: e.actor?.id ?? null,
    actor: e.actor && e.actor.kind === "staff" ? actorStamp(e.actor, lang) : null,
    note: e.note ?? null,
    internal: e.internal ?? false,
    data: e.data ?? {},
  };
}

/** The audit entry that goes with an event. */
function auditOf(e: ComplaintEvent) {
  return {
    actorId: e.actor?.id ?? null,
    action: `complaint.${e.kind}`,
    entityType: "complaint",
    entityId: e.complaintId,
    data: { mark: e.mark, organizationId: e.organizationId, ...(e.data ?? {}) },
    requestId: e.requestId ?? null,
  };
}

/** Whether the applicant is told of the event (a public mark, unless told otherwise). */
export const notifies = (e: ComplaintEvent) => Boolean(e.mark && !e.internal && (e.notify ?? true));

/**
 * An event and its audit row as the next two links of the complaint's chain after `head`, with
 * the head they leave.
 */
function linkedEvent(
  e: ComplaintEvent,
  lang: "kk" | "ru" | "en",
  auditAt: Date,
  head: { seq: number; hash: string },
) {
  const chain = complaintChain(e.complaintId);
  const event = eventValues(e, lang);
  const auditRow = { at: auditAt, ...auditOf(e) };
  const [eventLink, auditLink] = chainLinks(sha256Hex, chain, head, [
    { table: "complaint_events", content: eventContent(event) },
    { table: "audit_events", content: auditContent(auditRow) },
  ]);
  return {
    event: { ...event, chain, ...eventLink! },
    audit: { ...auditRow, chain, ...auditLink! },
    head: { chain, seq: auditLink!.seq, hash: auditLink!.hash },
  };
}

/**
 * The first event of a new complaint and its audit row, linked as the first two links of the
 * complaint's new chain (no head to lock: nobody else can append to a chain that does not exist
 * yet), with the head row to write: all three go into one statement with the complaint.
 */
export function firstEvent(e: ComplaintEvent, lang: "kk" | "ru" | "en", auditAt: Date) {
  return linkedEvent(e, lang, auditAt, { seq: 0, hash: GENESIS });
}

const QUIET_SLICE = 1_000;

/**
 * Appends many events that tell nobody (no mark: a term moved by the calendar, say), each with
 * its audit row, in four statements per thousand events: the heads of their complaints' chains
 * locked together, the links computed here in the order given, the events and the audit rows
 * inserted, the heads moved on. Call it in the transaction that makes the changes.
 */
export async function recordQuietEvents(
  tx: Tx,
  events: readonly { event: ComplaintEvent; lang: "kk" | "ru" | "en" }[],
): Promise<void> {
  if (events.some(({ event }) => notifies(event)))
    throw new Error("recordQuietEvents: an event with notices");
  if (!events.length) return;
  const heads = await lockChainHeads(
    tx,
    events.map(({ event }) => complaintChain(event.complaintId)),
  );
  const auditAt = new Date();
  const linked = [];
  for (const [i, { event, lang }] of events.entries()) {
    // Hashing thousands of links is tens of milliseconds of CPU: let the process answer its
    // requests in between.
    if (i % 250 === 249) await new Promise(setImmediate);
    const chain = complaintChain(event.complaintId);
    const next = linkedEvent(event, lang, auditAt, heads.get(chain)!);
    heads.set(chain, next.head);
    linked.push(next);
  }
  // A statement takes at most 65 535 parameters: events go in slices of a thousand rows.
  for (let i = 0; i < linked.length; i += QUIET_SLICE) {
    const slice = linked.slice(i, i + QUIET_SLICE);
    await tx.insert(complaintEvents).values(slice.map((l) => l.event));
    await tx.insert(auditEvents).values(slice.map((l) => l.audit));
  }
  await moveChainHeads(
    tx,
    [...heads].map(([chain, h]) => ({ chain, seq: h.seq, hash: h.hash })),
  );
}

async function append(tx: Tx, e: ComplaintEvent, lang: "kk" | "ru" | "en"): Promise<void> {
  const values = eventValues(e, lang);
  // The event and its audit row are links of the complaint's chain (its head stays locked).
  const link = await nextLink(tx, complaintChain(e.complaintId), "complaint_events", eventContent(values));
  const [row] = await tx
    .insert(complaintEvents)
    .values({ ...values, ...link })
    .returning({ id: complaintEvents.id });
  if (notifies(e) && e.mark) {
    await enqueueMarkNotices(tx, {
      eventId: row!.id,
      complaintId: e.complaintId,
      mark: e.mark,
      at: e.at,
      organizationId: e.organizationId,
      data: e.data ?? {},
    });
  }
  await audit(tx, auditOf(e));
}
