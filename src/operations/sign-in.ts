import { randomBytes } from "node:crypto";
import { verify } from "@node-rs/argon2";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Db, Executor } from "../db/connection.ts";
import { sessions, signInFailures, users } from "../db/schema.ts";
import { DomainError } from "../domain/errors.ts";
import { maskLogin } from "../domain/mask.ts";
import { hashToken } from "../queries/session-user.ts";
import { audit } from "./audit.ts";

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
/** Failures older than this are forgotten. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Free attempts per (login, address) pair before the backoff starts. */
export const FREE_FAILURES_PER_PAIR = 5;
/** Free failures per address (any login: password spraying) before the backoff starts. */
export const FREE_FAILURES_PER_ADDRESS = 30;
/** The longest wait the backoff asks for. */
export const MAX_BACKOFF_MS = FAILURE_WINDOW_MS;

/** After `free` failures each further one doubles the wait before the next attempt: 1 s, 2 s, 4 s … */
export function backoffMs(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures - free));
}

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
  /**
   * Whether citizens may sign in with a password (LOCAL_PASSWORD_SIGN_IN; default true). When
   * false, a citizen account, or any login shaped as an IIN (the citizens' login), is refused
   * before the password is looked at — staff accounts are never IINs and keep their passwords.
   */
  citizenPasswords?: boolean;
};

/** A login that names a citizen: citizens sign in with their IIN. */
const looksLikeIin = (login: string) => /^\d{12}$/.test(login);

/**
 * Starts a session for `userId` inside `tx` and returns its token: the session being replaced
 * ends (rotation), the user's expired sessions are swept, and `session.started` is audited with
 * the method (`password` or `oidc`). The one way every sign-in method opens a session.
 */
export async function startSession(
  tx: Executor,
  input: {
    userId: string;
    method: "password" | "oidc";
    previousToken?: string | null;
    requestId?: string | null;
  },
  now: Date,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  if (input.previousToken)
    await tx.delete(sessions).where(eq(sessions.tokenHash, hashToken(input.previousToken)));
  await tx.delete(sessions).where(and(eq(sessions.userId, input.userId), lt(sessions.expiresAt, now)));
  await tx.insert(sessions).values({
    tokenHash: hashToken(token),
    userId: input.userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  });
  await audit(tx, {
    actorId: input.userId,
    action: "session.started",
    entityType: "user",
    entityId: input.userId,
    data: { method: input.method },
    requestId: input.requestId,
  });
  return token;
}

/**
 * Checks the password with argon2id and on success starts a new database session and returns its
 * token. Every failure reads the same. Failures are counted per (login, address) pair and per
 * address and slow the next attempt down (a doubling wait, never a lock): someone guessing from
 * elsewhere cannot lock the owner out of their own address, and a refused attempt is not counted.
 */
export async function signIn(
  db: Db,
  input: SignInInput,
  now: Date,
): Promise<{ token: string; userId: string }> {
  const login = input.login.trim().toLowerCase();
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const pair = and(eq(signInFailures.login, login), eq(signInFailures.address, input.address));
  const [recent] = await db
    .select({
      byPair: sql<number>`count(*) filter (where ${pair})`.mapWith(Number),
      lastByPair:
        sql<number>`coalesce(extract(epoch from max(${signInFailures.at}) filter (where ${pair})), 0) * 1000`.mapWith(
          Number,
        ),
      byAddress: sql<number>`count(*)`.mapWith(Number),
      lastByAddress: sql<number>`coalesce(extract(epoch from max(${signInFailures.at})), 0) * 1000`.mapWith(
        Number,
      ),
    })
    .from(signInFailures)
    .where(and(gt(signInFailures.at, since), eq(signInFailures.address, input.address)));
  const waitUntil = Math.max(
    (recent?.lastByPair ?? 0) + backoffMs(recent?.byPair ?? 0, FREE_FAILURES_PER_PAIR),
    (recent?.lastByAddress ?? 0) + backoffMs(recent?.byAddress ?? 0, FREE_FAILURES_PER_ADDRESS),
  );
  if (waitUntil > now.getTime()) {
    const seconds = Math.ceil((waitUntil - now.getTime()) / 1000);
    throw new DomainError("rate_limited", "sign_in_blocked", [], {
      minutes: Math.ceil(seconds / 60),
      seconds,
    });
  }

  const [user] = await db.select().from(users).where(eq(users.login, login)).limit(1);
  if (input.citizenPasswords === false && (looksLikeIin(login) || user?.kind === "citizen")) {
    await audit(db, {
      actorId: null,
      action: "session.refused",
      entityType: user ? "user" : "login",
      entityId: user ? user.id : maskLogin(login),
      data: { login: maskLogin(login), address: input.address, reason: "citizen_password_off" },
      requestId: input.requestId,
    });
    throw new DomainError("forbidden", "citizen_password_off");
  }
  const ok = await verify(user?.passwordHash ?? DUMMY_HASH, input.password).catch(() => false);
  if (!user || !ok) {
    await db.transaction(async (tx) => {
      await tx.insert(signInFailures).values({ login, address: input.address, at: now });
      // Kept for the audit (global chain): never the password, the login masked; a known
      // account is named by its id.
      await audit(tx, {
        actorId: null,
        action: "session.failed",
        entityType: user ? "user" : "login",
        entityId: user ? user.id : maskLogin(login),
        data: { login: maskLogin(login), address: input.address, known: Boolean(user) },
        requestId: input.requestId,
      });
    });
    throw new DomainError("unauthenticated", "sign_in_failed");
  }

  const token = await db.transaction(async (tx) => {
    // The owner's own failures are forgiven; those of others (elsewhere) keep counting.
    await tx.delete(signInFailures).where(pair);
    return startSession(
      tx,
      { userId: user.id, method: "password", previousToken: input.previousToken, requestId: input.requestId },
      now,
    );
  });
  return { token, userId: user.id };
}
