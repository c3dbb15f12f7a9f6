import { eq, sql } from "drizzle-orm";
import type { WithSubquery } from "drizzle-orm/subquery";
import type { Executor, Tx } from "../db/connection.ts";
import { auditChainHeads, auditEvents, complaintEvents, outbox } from "../db/schema.ts";
import { auditContent, chainLinks, complaintChain, eventContent, GENESIS } from "../domain/audit-chain.ts";
import { type AcceptedBy, initials, type Mark } from "../domain/complaint.ts";
import { sha256Hex } from "../queries/audit-chain.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { inTransaction, lockChainHead, lockChainHeads, moveChainHeads } from "./audit-chain.ts";
import { markNoticesOf, type OutboxEntry, outboxRow } from "./enqueue-notices.ts";

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

/**
 * An event in two round trips (three with notices): the head of the complaint's chain locked,
 * the notices' facts read, then the event, its audit row, the head moved on and the notices in
 * one statement.
 */
async function append(tx: Tx, e: ComplaintEvent, lang: "kk" | "ru" | "en"): Promise<void> {
  const head = await lockChainHead(tx, complaintChain(e.complaintId));
  const notices =
    notifies(e) && e.mark ? await markNoticesOf(tx, { ...e, mark: e.mark, data: e.data ?? {} }) : [];
  await writeTogether(tx, eventWrites(tx, linkedEvent(e, lang, new Date(), head), notices, "move"));
}

export type LinkedEvent = ReturnType<typeof linkedEvent>;

/**
 * The writes of a linked event as parts of one statement: the event (its id is `le`), its audit
 * row, the chain's head (a new chain's inserted, a locked one's moved on) and the applicant's
 * notices, whose dedupe keys name the event's id. Send them with `writeTogether`.
 */
export function eventWrites(
  tx: Tx,
  linked: LinkedEvent,
  notices: readonly Omit<OutboxEntry, "dedupeKey">[],
  head: "new" | "move",
) {
  const none = {};
  return [
    tx
      .$with("le", { id: complaintEvents.id })
      .as(tx.insert(complaintEvents).values(linked.event).returning({ id: complaintEvents.id }).getSQL()),
    tx.$with("la", none).as(tx.insert(auditEvents).values(linked.audit).getSQL()),
    tx
      .$with("lh", none)
      .as(
        head === "new"
          ? tx.insert(auditChainHeads).values(linked.head).getSQL()
          : tx
              .update(auditChainHeads)
              .set({ seq: linked.head.seq, hash: linked.head.hash })
              .where(eq(auditChainHeads.chain, linked.head.chain))
              .getSQL(),
      ),
    ...(notices.length
      ? [
          tx.$with("lo", none).as(
            tx
              .insert(outbox)
              .values(
                notices.map((n) =>
                  outboxRow({ ...n, dedupeKey: sql`'mark:' || (SELECT id FROM le) || ${`:${n.channel}`}` }),
                ),
              )
              .getSQL(),
          ),
        ]
      : []),
  ];
}

/** Data-modifying statements sent as one (`WITH … SELECT 1`): one round trip, all or nothing. */
export async function writeTogether(tx: Tx, writes: WithSubquery[]): Promise<void> {
  if (!writes.length) return;
  await tx
    .with(...writes)
    .select({ one: sql`1` })
    .from(sql`(SELECT 1) AS one`);
}
