import { createHash } from "node:crypto";
import { eq, lt } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { oidcRequests } from "../db/schema.ts";
import { DomainError } from "../domain/errors.ts";

/** How long the provider may take to send the person back (the login and consent pages). */
export const OIDC_REQUEST_TTL_MS = 10 * 60 * 1000;

/** Redirects to the provider pending at once from one client address (each writes a row). */
export const OIDC_STARTS_PER_ADDRESS = 20;

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

export type OidcRequestInput = {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** What binds the request to the browser that started it (its CSRF token); kept hashed. */
  browser: string;
  lang: string;
  /** The client address (limited to `OIDC_STARTS_PER_ADDRESS` pending requests). */
  client: string;
};

/**
 * Keeps one redirect to the provider server-side until its callback: the state (hashed), the
 * PKCE verifier, the nonce, the browser and the language. Expired requests are swept; a client
 * address with `OIDC_STARTS_PER_ADDRESS` requests pending is refused (429) until they expire or
 * come back, so an anonymous flood cannot fill the table.
 */
export async function beginOidcSignIn(db: Db, input: OidcRequestInput, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(oidcRequests).where(lt(oidcRequests.expiresAt, now));
    const pending = await tx.$count(oidcRequests, eq(oidcRequests.client, input.client));
    if (pending >= OIDC_STARTS_PER_ADDRESS) {
      throw new DomainError("rate_limited", "rate_limited", [], {
        minutes: Math.round(OIDC_REQUEST_TTL_MS / 60_000),
      });
    }
    await tx.insert(oidcRequests).values({
      stateHash: sha256(input.state),
      browserHash: sha256(input.browser),
      codeVerifier: input.codeVerifier,
      nonce: input.nonce,
      lang: input.lang,
      client: input.client,
      createdAt: now,
      expiresAt: new Date(now.getTime() + OIDC_REQUEST_TTL_MS),
    });
  });
}
