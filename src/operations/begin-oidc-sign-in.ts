import { createHash } from "node:crypto";
import { lt } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { oidcRequests } from "../db/schema.ts";

/** How long the provider may take to send the person back (the login and consent pages). */
export const OIDC_REQUEST_TTL_MS = 10 * 60 * 1000;

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

export type OidcRequestInput = {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** What binds the request to the browser that started it (its CSRF token); kept hashed. */
  browser: string;
  lang: string;
};

/**
 * Keeps one redirect to the provider server-side until its callback: the state (hashed), the
 * PKCE verifier, the nonce, the browser and the language. Expired requests are swept.
 */
export async function beginOidcSignIn(db: Db, input: OidcRequestInput, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(oidcRequests).where(lt(oidcRequests.expiresAt, now));
    await tx.insert(oidcRequests).values({
      stateHash: sha256(input.state),
      browserHash: sha256(input.browser),
      codeVerifier: input.codeVerifier,
      nonce: input.nonce,
      lang: input.lang,
      createdAt: now,
      expiresAt: new Date(now.getTime() + OIDC_REQUEST_TTL_MS),
    });
  });
}
