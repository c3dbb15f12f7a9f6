import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { users } from "../db/schema.ts";
import { DomainError } from "../domain/errors.ts";
import { isValidIin, maskIin } from "../domain/iin.ts";
import { audit } from "./audit.ts";
import { startSession } from "./sign-in.ts";

export type OidcIdentity = {
  /** From the provider's IIN claim: checked here with the checksum. */
  iin: string;
  surname: string;
  name: string;
  patronymic: string | null;
  email: string | null;
};

/**
 * Signs in the citizen the provider vouched for: finds the citizen account by IIN (a citizen's
 * login is the IIN) or, on the first sign-in, creates it with the name from the token and no
 * password; then starts a session exactly as password sign-in does (rotation, audit with method
 * `oidc`). Staff are never signed in this way: an IIN that names a staff account is refused.
 */
export async function finishOidcSignIn(
  db: Db,
  input: {
    identity: OidcIdentity;
    lang: string;
    previousToken?: string | null;
    requestId?: string | null;
  },
  now: Date,
): Promise<{ token: string; userId: string; created: boolean }> {
  const { identity } = input;
  if (!isValidIin(identity.iin)) throw new DomainError("malformed", "oidc_iin");
  return db.transaction(async (tx) => {
    const [byIin] = await tx
      .select({ id: users.id, kind: users.kind })
      .from(users)
      .where(and(eq(users.kind, "citizen"), eq(users.iin, identity.iin)))
      .limit(1);
    const [byLogin] = byIin
      ? [byIin]
      : await tx
          .select({ id: users.id, kind: users.kind })
          .from(users)
          .where(eq(users.login, identity.iin))
          .limit(1);
    if (byLogin && byLogin.kind !== "citizen") throw new DomainError("forbidden", "oidc_not_citizen");
    let userId = byLogin?.id;
    const created = !userId;
    if (!userId) {
      if (!identity.surname && !identity.name) throw new DomainError("malformed", "oidc_name");
      userId = randomUUID();
      await tx.insert(users).values({
        id: userId,
        kind: "citizen",
        role: "citizen",
        login: identity.iin,
        iin: identity.iin,
        passwordHash: null,
        surname: identity.surname,
        name: identity.name,
        patronymic: identity.patronymic,
        email: identity.email,
        language: input.lang,
        createdAt: now,
      });
      await audit(tx, {
        actorId: userId,
        action: "user.created",
        entityType: "user",
        entityId: userId,
        data: { method: "oidc", iin: maskIin(identity.iin) },
        requestId: input.requestId,
        at: now,
      });
    }
    const token = await startSession(
      tx,
      { userId, method: "oidc", previousToken: input.previousToken, requestId: input.requestId },
      now,
    );
    return { token, userId, created };
  });
}
