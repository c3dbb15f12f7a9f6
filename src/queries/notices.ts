import { and, desc, eq, inArray, ne, or } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { outbox, users } from "../db/schema.ts";
import type { SessionUser } from "./session-user.ts";

/** The latest cabinet notices of a user. */
export async function cabinetNotices(db: Executor, userId: string, limit = 20) {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.userId, userId), eq(outbox.channel, "cabinet")))
    .orderBy(desc(outbox.id))
    .limit(limit);
}

export async function notifyVia(db: Executor, userId: string) {
  const [row] = await db.select({ notifyVia: users.notifyVia }).from(users).where(eq(users.id, userId));
  return row?.notifyVia ?? "email";
}

/** The demo mailbox: e-mail and SMS as they would have been sent — all for an admin, else one's own. */
export async function mailbox(db: Executor, user: SessionUser, limit = 100) {
  const own = [user.email, user.phone].filter((x): x is string => Boolean(x));
  const mine = or(eq(outbox.userId, user.id), own.length ? inArray(outbox.recipient, own) : undefined);
  return db
    .select()
    .from(outbox)
    .where(and(ne(outbox.channel, "cabinet"), user.role === "admin" ? undefined : mine))
    .orderBy(desc(outbox.id))
    .limit(limit);
}
