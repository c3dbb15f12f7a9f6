import type { Context } from "hono";
import { DomainError } from "../domain/errors.ts";
import type { Role } from "../domain/roles.ts";
import type { SessionUser } from "../queries/session-user.ts";
import type { AppEnv } from "./context.ts";

/** The signed-in user, or a 401 (the sign-in page for HTML). */
export function requireUser(c: Context<AppEnv>, roles?: readonly Role[]): SessionUser {
  const user = c.get("user");
  if (!user) throw new DomainError("unauthenticated", "unauthenticated");
  if (roles && !roles.includes(user.role)) throw new DomainError("forbidden", "forbidden");
  return user;
}
