import { and, eq } from "drizzle-orm";
import type { Tx } from "../db/connection.ts";
import { users } from "../db/schema.ts";
import { conflict, invalid } from "../domain/errors.ts";
import type { SessionUser } from "../queries/session-user.ts";
import { applyTransition } from "./apply-transition.ts";
import { complaintForAction } from "./complaint-for-action.ts";

/**
 * Assigns the complaint to an executor of the holder: the first time it goes "in execution"
 * (the applicant sees the mark); a reassignment changes the executor with an event, no new mark.
 */
export async function assignComplaint(
  tx: Tx,
  r: { complaintId: string; actor: SessionUser; executorId: string; now: Date; requestId?: string | null },
) {
  const { complaint } = await complaintForAction(tx, r.complaintId, r.actor, "assign", r.now);
  const [executor] = /^[0-9a-f-]{36}$/i.test(r.executorId)
    ? await tx
        .select()
        .from(users)
        .where(
          and(
            eq(users.id, r.executorId),
            eq(users.organizationId, complaint.holderId),
            eq(users.kind, "staff"),
          ),
        )
    : [];
  if (!executor || !["executor", "head"].includes(executor.role))
    throw invalid([{ field: "executorId", code: "unknown_executor" }]);
  if (complaint.executorId === executor.id) throw conflict("already_assigned");
  await applyTransition(tx, complaint, "assign", {
    ...r,
    set: { executorId: executor.id },
    data: {
      executorId: executor.id,
      executor: `${executor.surname} ${executor.name}`,
      previousExecutorId: complaint.executorId,
    },
  });
}
