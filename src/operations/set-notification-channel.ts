import { eq } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { users } from "../db/schema.ts";
import type { Channel } from "../domain/notices.ts";
import { audit } from "./audit.ts";

/** The applicant's choice of e-mail, SMS or cabinet only for notices of marks. */
export async function setNotificationChannel(
  db: Db,
  userId: string,
  channel: Channel,
  requestId?: string | null,
) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ notifyVia: users.notifyVia }).from(users).where(eq(users.id, userId));
    await tx.update(users).set({ notifyVia: channel }).where(eq(users.id, userId));
    await audit(tx, {
      actorId: userId,
      action: "user.notify_via_set",
      entityType: "user",
      entityId: userId,
      data: { before: before?.notifyVia, after: channel },
      requestId,
    });
  });
}
