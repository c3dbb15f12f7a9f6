import type { Executor } from "../db/connection.ts";
import { escalationDepartment } from "../domain/reviewing-body.ts";
import type { OrganizationKind } from "../domain/roles.ts";
import type { Lang } from "../i18n/index.ts";
import type { ComplaintView } from "./complaint-view.ts";
import { orgNodes } from "./org-nodes.ts";

/** Where the applicant may turn after this answer: the quality department, or the court. */
export type NextStep = { kind: "quality"; body: string; address: string } | { kind: "court" };

/**
 * Where the applicant may turn after the answer (APPC art. 91 p. 5): after a provider or a
 * higher body, the department of the authorized body for quality of the region where the
 * appealed body sits (named, with its address) or the court; after that department, the court.
 */
export async function nextStepAfter(db: Executor, view: ComplaintView, lang: Lang): Promise<NextStep> {
  const nodes = await orgNodes(db);
  const deciderId =
    view.decision?.organizationId ?? view.refusal?.organizationId ?? view.holder.organizationId;
  const decider = nodes.find((o) => o.id === deciderId);
  const respondent = nodes.find((o) => o.id === view.respondent.organizationId);
  if (!decider || (decider.kind as OrganizationKind) === "quality_authority") return { kind: "court" };
  const quality = escalationDepartment(respondent, decider, nodes);
  if (!quality) return { kind: "court" };
  return { kind: "quality", body: quality.names[lang], address: quality.addresses[lang] ?? "" };
}
