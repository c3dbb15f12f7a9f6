import type { Db } from "../db/connection.ts";
import { audit } from "./audit.ts";

/**
 * Records a sign-in through the provider that did not complete (unknown or tampered state, the
 * provider's error, a token that failed its checks, no valid IIN): nothing else is written.
 */
export async function refuseOidcSignIn(
  db: Db,
  input: { reason: string; address: string; detail?: string; requestId?: string | null },
  now: Date,
): Promise<void> {
  await audit(db, {
    actorId: null,
    action: "session.failed",
    entityType: "login",
    entityId: "oidc",
    data: {
      method: "oidc",
      reason: input.reason,
      address: input.address,
      ...(input.detail ? { detail: input.detail.slice(0, 200) } : {}),
    },
    requestId: input.requestId,
    at: now,
  });
}
