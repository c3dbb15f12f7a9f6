import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { touchSession } from "../../operations/touch-session.ts";
import { findSessionUser } from "../../queries/session-user.ts";
import type { AppEnv } from "../context.ts";

export const SESSION_COOKIE = "shagym_session";
const ANON_COOKIE = "shagym_anon";
const TOUCH_AFTER_MS = 5 * 60 * 1000;

const isSecure = (c: Context<AppEnv>) =>
  c.get("deps").config.publicUrl.startsWith("https:") || new URL(c.req.url).protocol === "https:";

export function setSessionCookie(c: Context<AppEnv>, token: string) {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: "Lax", secure: isSecure(c), path: "/" });
  c.set("csrfToken", csrfFor(c, token));
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isSecure(c) });
}

function bearer(c: Context<AppEnv>): string | null {
  const header = c.req.header("authorization");
  return header?.startsWith("Bearer ") ? header.slice(7).trim() : null;
}

/** The CSRF token is an HMAC of the session (or, before sign-in, of an anonymous cookie). */
function csrfFor(c: Context<AppEnv>, subject: string): string {
  return createHmac("sha256", c.get("deps").config.sessionSecret)
    .update(`csrf:${subject}`)
    .digest("base64url");
}

/** Loads the session named by the bearer token or the cookie; prepares the CSRF token. */
export const session = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const { db, now, config } = c.get("deps");
    const fromBearer = bearer(c);
    const token = fromBearer ?? getCookie(c, SESSION_COOKIE) ?? null;
    const user = token ? await findSessionUser(db, token, now(), config.sessionMaxMs) : null;
    c.set("user", user);
    c.set("sessionToken", user ? token : null);
    c.set("sessionExpired", Boolean(token && !user && !fromBearer));
    if (user && token && now().getTime() - user.sessionLastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await touchSession(db, token, now());
    }
    let subject = user && token ? token : getCookie(c, ANON_COOKIE);
    if (!subject) {
      subject = randomBytes(18).toString("base64url");
      setCookie(c, ANON_COOKIE, subject, { httpOnly: true, sameSite: "Lax", secure: isSecure(c), path: "/" });
    }
    c.set("csrfToken", csrfFor(c, subject));
    await next();
  });

/** True when the request is bearer-authenticated (no ambient credentials, so no CSRF risk). */
export const usesBearer = (c: Context<AppEnv>) => bearer(c) !== null;

export function csrfMatches(c: Context<AppEnv>, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(c.get("csrfToken"));
  const given = Buffer.from(presented);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
