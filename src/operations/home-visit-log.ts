import { eq } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { homeVisitEvents, homeVisits, organizations } from "../db/schema.ts";
import { DomainError, notFound } from "../domain/errors.ts";
import {
  allowedVisitActions,
  type VisitAction,
  type VisitActor,
  type VisitEvent,
  visitRelation,
} from "../domain/home-visits.ts";
import { APPLICANT_NOTICE_PREFIX } from "../domain/notices.ts";
import { formatDate } from "../i18n/index.ts";
import type { VisitRow } from "../queries/home-visits.ts";
import { audit } from "./audit.ts";
import { enqueue } from "./enqueue-notices.ts";

/** The SMS template of a visit's step (an applicant notice: paced per recipient like the others). */
export const visitTemplate = (kind: VisitEvent) => `${APPLICANT_NOTICE_PREFIX}homeVisit.${kind}`;

/**
 * Loads a visit for a step, locking its row until the transaction ends: 404 when the actor may
 * not see it, 403 when the step is never theirs, 409 when not possible in its status.
 */
export async function visitForAction(
  tx: Executor,
  id: string,
  actor: VisitActor,
  action: VisitAction,
): Promise<VisitRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const [v] = await tx.select().from(homeVisits).where(eq(homeVisits.id, id)).for("update");
  if (!v) throw notFound();
  const relation = visitRelation(actor, v);
  if (relation === "none") throw notFound();
  const everAllowed = (["requested", "scheduled", "not_at_home"] as const).some((s) =>
    allowedVisitActions(relation, s).includes(action),
  );
  if (!everAllowed) throw new DomainError("forbidden", "forbidden");
  if (!allowedVisitActions(relation, v.status).includes(action))
    throw new DomainError("conflict", "home_visit_not_allowed");
  return v;
}

/**
 * Appends a step of a visit — its event with actor and time, the audit entry, and the SMS to the
 * person in their language — in the caller's transaction (the visit row already written).
 */
export async function logVisitStep(
  tx: Executor,
  e: {
    visit: VisitRow;
    kind: VisitEvent;
    actorId: string;
    at: Date;
    data: Record<string, string | string[]>;
    requestId?: string | null;
  },
): Promise<void> {
  const [event] = await tx
    .insert(homeVisitEvents)
    .values({ visitId: e.visit.id, at: e.at, kind: e.kind, actorId: e.actorId, data: e.data })
    .returning({ id: homeVisitEvents.id });
  // The audit keeps what changed, never the health note nor the person's contacts.
  await audit(tx, {
    actorId: e.actorId,
    action: `home_visit.${e.kind}`,
    entityType: "home_visit",
    entityId: e.visit.id,
    data: { reference: e.visit.reference, ...e.data },
    requestId: e.requestId ?? null,
    at: e.at,
  });
  const phone = e.visit.applicant.phones[0];
  if (!phone) return;
  const [branch] = await tx.select().from(organizations).where(eq(organizations.id, e.visit.branchId));
  const lang = e.visit.language;
  const date = typeof e.data.date === "string" ? e.data.date : (e.data.nextAttempt as string | undefined);
  await enqueue(tx, [
    {
      dedupeKey: `home-visit:${event!.id}:sms`,
      channel: "sms",
      recipient: phone,
      userId: null,
      complaintId: null,
      template: visitTemplate(e.kind),
      language: lang,
      params: {
        reference: e.visit.reference,
        due: formatDate(lang, e.visit.due),
        date: date ? formatDate(lang, date) : "—",
        window: typeof e.data.window === "string" ? e.data.window : "—",
        branch: branch ? { kk: branch.nameKk, ru: branch.nameRu, en: branch.nameEn }[lang] : e.visit.branchId,
        path: `/${lang}/home-visits/status?reference=${e.visit.reference}`,
      },
      at: e.at,
    },
  ]);
}
