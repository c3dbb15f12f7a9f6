import type { Executor, Tx } from "../db/connection.ts";
import { complaintEvents } from "../db/schema.ts";
import { complaintChain, eventContent } from "../domain/audit-chain.ts";
import { type AcceptedBy, initials, type Mark } from "../domain/complaint.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { audit } from "./audit.ts";
import { inTransaction, nextLink } from "./audit-chain.ts";
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

async function append(tx: Tx, e: ComplaintEvent, lang: "kk" | "ru" | "en"): Promise<void> {
  const values = {
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
  // The event and its audit row are links of the complaint's chain (its head stays locked).
  const link = await nextLink(tx, complaintChain(e.complaintId), "complaint_events", eventContent(values));
  const [row] = await tx
    .insert(complaintEvents)
    .values({ ...values, ...link })
    .returning({ id: complaintEvents.id });
  if (e.mark && !e.internal && (e.notify ?? true)) {
    await enqueueMarkNotices(tx, {
      eventId: row!.id,
      complaintId: e.complaintId,
      mark: e.mark,
      at: e.at,
      organizationId: e.organizationId,
      data: e.data ?? {},
    });
  }
  await audit(tx, {
    actorId: e.actor?.id ?? null,
    action: `complaint.${e.kind}`,
    entityType: "complaint",
    entityId: e.complaintId,
    data: { mark: e.mark, organizationId: e.organizationId, ...(e.data ?? {}) },
    requestId: e.requestId,
  });
}
