import { and, eq } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { users } from "../db/schema.ts";

/** A citizen account and where it wants its notices. */
export type CitizenAccount = Pick<typeof users.$inferSelect, "id" | "notifyVia" | "email" | "phone">;

/**
 * The applicant of a complaint taken for a person with this IIN (on paper, by phone): their
 * citizen account if they have one — the complaint belongs in their cabinet too, and its notices
 * go where the account says — as submitComplaint takes it.
 */
export async function applicantByIin(
  db: Executor,
  iin: string,
): Promise<{ applicantId: string | null; applicantAccount: CitizenAccount | null }> {
  const [row] = await db
    .select({ id: users.id, notifyVia: users.notifyVia, email: users.email, phone: users.phone })
    .from(users)
    .where(and(eq(users.iin, iin), eq(users.kind, "citizen")))
    .limit(1);
  return { applicantId: row?.id ?? null, applicantAccount: row ?? null };
}

/**
 * The phone registered on the citizen account with this IIN (the one a signing code goes to,
 * like egov.kz's mobile-citizens database), or null.
 */
export async function citizenPhoneByIin(db: Executor, iin: string): Promise<string | null> {
  const [row] = await db
    .select({ phone: users.phone })
    .from(users)
    .where(and(eq(users.iin, iin), eq(users.kind, "citizen")))
    .limit(1);
  return row?.phone ?? null;
}
