import { eq } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { oidcRequests } from "../db/schema.ts";
import { sha256 } from "./begin-oidc-sign-in.ts";

export type TakenOidcRequest =
  | { ok: true; state: string; nonce: string; codeVerifier: string; lang: string }
  | { ok: false; reason: "unknown_state" | "expired" | "other_browser"; lang: string | null };

/**
 * Takes (deletes) the request the callback's `state` names: once only, so a replayed callback
 * finds nothing. It must be unexpired and come back to the browser that started it.
 */
export async function takeOidcRequest(
  db: Db,
  input: { state: string; browser: string },
  now: Date,
): Promise<TakenOidcRequest> {
  if (!input.state) return { ok: false, reason: "unknown_state", lang: null };
  const [row] = await db
    .delete(oidcRequests)
    .where(eq(oidcRequests.stateHash, sha256(input.state)))
    .returning();
  if (!row) return { ok: false, reason: "unknown_state", lang: null };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired", lang: row.lang };
  if (row.browserHash !== sha256(input.browser))
    return { ok: false, reason: "other_browser", lang: row.lang };
  return { ok: true, state: input.state, nonce: row.nonce, codeVerifier: row.codeVerifier, lang: row.lang };
}
