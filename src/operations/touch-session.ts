import { eq } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { sessions } from "../db/schema.ts";
import { hashToken } from "../queries/session-user.ts";
import { SESSION_TTL_MS } from "./sign-in.ts";

/** Slides a live session's expiry forward (idle timeout). */
export async function touchSession(db: Db, token: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) })
    .where(eq(sessions.tokenHash, hashToken(token)));
}
