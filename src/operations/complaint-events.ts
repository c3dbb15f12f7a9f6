import type { Executor, Tx } from "../db/connection.ts";
import { auditEvents, complaintEvents } from "../db/schema.ts";
import {
  auditContent,
  type ChainHead,
  chainLinks,
  complaintChain,
  eventContent,
  GENESIS,
  linkHash,
} from "../domain/audit-chain.ts";
import { type AcceptedBy, initials, type Mark } from "../domain/complaint.ts";
import { sha256Hex } from "../queries/audit-chain.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { audit } from "./audit.ts";
import { inTransaction, type Link, lockChainHeads, moveChainHeads, nextLink } from "./audit-chain.ts";
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
 * The first event of a new complaint and its audit row, linked as the first two links of the
 * complaint's new chain (no head to lock: nobody else can append to a chain that does not exist
 * yet), with the head row to write: all three go into one statement with the complaint.
 */
export function firstEvent(e: ComplaintEvent, lang: "kk" | "ru" | "en", auditAt: Date) {
  const chain = complaintChain(e.complaintId);
  const event = eventValues(e, lang);
  const eventHash = linkHash(sha256Hex, {
    table: "complaint_events",
    chain,
    seq: 1,
    prevHash: GENESIS,
    content: eventContent(event),
  });
  const auditRow = { at: auditAt, ...auditOf(e) };
  const auditHash = linkHash(sha256Hex, {
    table: "audit_events",
    chain,
    seq: 2,
    prevHash: eventHash,
    content: auditContent(auditRow),
  });
  return {
    event: { ...event, chain, seq: 1, prevHash: GENESIS, hash: eventHash },
    audit: { ...auditRow, chain, seq: 2, prevHash: eventHash, hash: auditHash },
    head: { chain, seq: 2, hash: auditHash },
  };
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
  const byChain = new Map<string, (typeof events)[number][]>();
  for (const e of events) {
    const chain = complaintChain(e.event.complaintId);
    const list = byChain.get(chain);
    if (list) list.push(e);
    else byChain.set(chain, [e]);
  }
  if (!byChain.size) return;
  const heads = await lockChainHeads(tx, [...byChain.keys()]);
  const auditAt = new Date();
  const eventRows: (ReturnType<typeof eventValues> & Link)[] = [];
  const auditRows: (ReturnType<typeof auditOf> & { at: Date } & Link)[] = [];
  const moved: ChainHead[] = [];
  for (const [chain, list] of byChain) {
    // Hashing thousands of links is tens of milliseconds of CPU: let the process answer its
    // requests in between.
    if (moved.length % 250 === 249) await new Promise(setImmediate);
    const rows = list.flatMap(({ event, lang }) => {
      const values = eventValues(event, lang);
      const auditRow = { at: auditAt, ...auditOf(event) };
      return [
        { table: "complaint_events" as const, content: eventContent(values), values, auditRow: null },
        { table: "audit_events" as const, content: auditContent(auditRow), values: null, auditRow },
      ];
    });
    const placed = chainLinks(sha256Hex, chain, heads.get(chain)!, rows);
    rows.forEach((row, i) => {
      const link = { chain, ...placed[i]! };
      if (row.values) eventRows.push({ ...row.values, ...link });
      else auditRows.push({ ...row.auditRow!, ...link });
    });
    const last = placed.at(-1)!;
    moved.push({ chain, seq: last.seq, hash: last.hash });
  }
  // A statement takes at most 65 535 parameters: events go in slices of a thousand rows.
  for (let i = 0; i < eventRows.length; i += QUIET_SLICE) {
    await tx.insert(complaintEvents).values(eventRows.slice(i, i + QUIET_SLICE));
    await tx.insert(auditEvents).values(auditRows.slice(i, i + QUIET_SLICE));
  }
  await moveChainHeads(tx, moved);
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
