import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { users } from "../db/schema.ts";
import {
  proposeCompetentBody,
  proposeReviewingBody,
  REDIRECT_KINDS,
  REVIEWING_KINDS,
} from "../domain/reviewing-body.ts";
import { orgNode } from "./org-nodes.ts";
import type { Reference } from "./reference.ts";

type Named = { id: string; name: { kk: string; ru: string; en: string } };

/** What the staff action forms of one complaint offer, and what the system proposes. */
export type ActionChoices = {
  /** The holder's executors and heads, to assign. */
  executors: { id: string; surname: string; name: string }[];
  reviewingBodies: Named[];
  proposedBodyId: string | null;
  /** Where a misaddressed complaint may go, and the competent body proposed. */
  redirectTargets: Named[];
  proposedRedirectId: string | null;
};

/** The choices of the action forms for a complaint held by `holderId` against `respondentId`. */
export async function actionChoices(
  db: Executor,
  reference: Reference,
  c: { holderId: string; respondentId: string },
): Promise<ActionChoices> {
  const nodes = [...reference.organizations.values()].map(orgNode);
  const executors = await db
    .select({ id: users.id, surname: users.surname, name: users.name })
    .from(users)
    .where(and(eq(users.organizationId, c.holderId), inArray(users.role, ["executor", "head"])));
  const holder = nodes.find((o) => o.id === c.holderId);
  const respondent = nodes.find((o) => o.id === c.respondentId);
  const others = nodes.filter((o) => o.id !== c.holderId);
  const named = (o: (typeof nodes)[number]): Named => ({ id: o.id, name: o.names });
  return {
    executors,
    reviewingBodies: others.filter((o) => REVIEWING_KINDS.includes(o.kind)).map(named),
    proposedBodyId: holder ? (proposeReviewingBody(holder, nodes)?.id ?? null) : null,
    redirectTargets: others.filter((o) => REDIRECT_KINDS.includes(o.kind)).map(named),
    proposedRedirectId:
      holder && respondent ? (proposeCompetentBody(holder, respondent, nodes)?.id ?? null) : null,
  };
}
