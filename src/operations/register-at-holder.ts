import type { Tx } from "../db/connection.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { complaintForAction } from "./complaint-for-action.ts";
import { registerComplaint } from "./register-complaint.ts";

/**
 * The holder's registrar (or head) registers a complaint that reached it: one filed through the
 * portal, one forwarded by the respondent, or an escalation at the quality authority. The
 * numbering, dates and clocks are registerComplaint's (5 working days at a higher body, 15 at
 * the authorized body for quality).
 */
export async function registerAtHolder(
  tx: Tx,
  r: { complaintId: string; actor: SessionUser; now: Date; calendar: Calendar; requestId?: string | null },
) {
  await complaintForAction(tx, r.complaintId, r.actor, "register", r.now);
  return registerComplaint(tx, r);
}
