import { eq } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { sessions } from "../db/schema.ts";
import { hashToken } from "../queries/session-user.ts";
import { audit } from "./audit.ts";

/** Ends the session of `token` (no effect when it is already gone). */
export async function signOut(db: Db, token: string, requestId?: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    const ended = await tx
      .delete(sessions)
      .where(eq(sessions.tokenHash, hashToken(token)))
      .returning({ userId: sessions.userId });
    for (const { userId } of ended) {
      await audit(tx, {
        actorId: userId,
        action: "session.ended",
        entityType: "user",
        entityId: userId,
        requestId,
      });
    }
  });
}
