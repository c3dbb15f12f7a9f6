import type { Tx } from "../db/connection.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { recordEvent } from "./complaint-events.ts";

/**
 * A paper complaint missing required elements is accepted at the office (refusing to accept is
 * prohibited) but never silently: the registrar's decision is recorded on the complaint's log
 * with the list of missing elements (JSON paths such as `respondent.officials`), for the
 * reviewing official to act on.
 */
export async function flagIncompleteIntake(
  tx: Tx,
  r: {
    complaintId: string;
    missing: string[];
    actor: SessionUser;
    at: Date;
    language: "kk" | "ru" | "en";
    requestId?: string | null;
  },
): Promise<void> {
  await recordEvent(
    tx,
    {
      complaintId: r.complaintId,
      kind: "accepted_incomplete",
      mark: null,
      organizationId: r.actor.organizationId,
      actor: r.actor,
      at: r.at,
      internal: true,
      data: { missing: r.missing },
      requestId: r.requestId,
    },
    r.language,
  );
}
