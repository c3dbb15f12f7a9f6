import { randomBytes } from "node:crypto";
import { verify } from "@node-rs/argon2";
import { and, eq, gt, lt, or, sql } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { sessions, signInFailures, users } from "../db/schema.ts";
import { DomainError } from "../domain/errors.ts";
import { hashToken } from "../queries/session-user.ts";
import { audit } from "./audit.ts";

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_LOGIN = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

/** Spent on unknown logins too, so that timing does not tell which part was wrong. */
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$WoniXyYPRSHhy2oi1ymzUw$ufQLrtgA7cx27ciA6ioZSmJ/OgBqDg6EDiw724EJtQI";

export type SignInInput = {
  login: string;
  password: string;
  address: string;
  /** The session being replaced: it ends, so the new one gets a fresh token (rotation). */
  previousToken?: string | null;
  requestId?: string | null;
};

/**
 * Checks the password with argon2id, counting failures per login and per address; on success
 * starts a new database session and returns its token. Every failure reads the same.
 */
export async function signIn(
  db: Db,
  input: SignInInput,
  now: Date,
): Promise<{ token: string; userId: string }> {
  const login = input.login.trim().toLowerCase();
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const [recent] = await db
    .select({
      byLogin: sql<number>`count(*) filter (where ${signInFailures.login} = ${login})`.mapWith(Number),
      byAddress: sql<number>`count(*) filter (where ${signInFailures.address} = ${input.address})`.mapWith(
        Number,
      ),
    })
    .from(signInFailures)
    .where(
      and(
        gt(signInFailures.at, since),
        or(eq(signInFailures.login, login), eq(signInFailures.address, input.address)),
      ),
    );
  if (
    (recent?.byLogin ?? 0) >= MAX_FAILURES_PER_LOGIN ||
    (recent?.byAddress ?? 0) >= MAX_FAILURES_PER_ADDRESS
  ) {
    throw new DomainError("rate_limited", "sign_in_blocked", [], { minutes: FAILURE_WINDOW_MS / 60000 });
  }

  const [user] = await db.select().from(users).where(eq(users.login, login)).limit(1);
  const ok = await verify(user?.passwordHash ?? DUMMY_HASH, input.password).catch(() => false);
  if (!user || !ok) {
    await db.insert(signInFailures).values({ login, address: input.address, at: now });
    throw new DomainError("unauthenticated", "sign_in_failed");
  }

  const token = randomBytes(32).toString("base64url");
  await db.transaction(async (tx) => {
    if (input.previousToken)
      await tx.delete(sessions).where(eq(sessions.tokenHash, hashToken(input.previousToken)));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, now)));
    await tx.insert(sessions).values({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    });
    await tx.delete(signInFailures).where(eq(signInFailures.login, login));
    await audit(tx, {
      actorId: user.id,
      action: "session.started",
      entityType: "user",
      entityId: user.id,
      requestId: input.requestId,
    });
  });
  return { token, userId: user.id };
}
