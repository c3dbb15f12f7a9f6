import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import * as oidc from "openid-client";
import type { OidcConfig } from "../../config/env.ts";
import { DomainError } from "../../domain/errors.ts";
import { isLang, type Lang, negotiateLang } from "../../i18n/index.ts";
import { beginOidcSignIn } from "../../operations/begin-oidc-sign-in.ts";
import { finishOidcSignIn, type OidcIdentity } from "../../operations/finish-oidc-sign-in.ts";
import { refuseOidcSignIn } from "../../operations/refuse-oidc-sign-in.ts";
import { takeOidcRequest } from "../../operations/take-oidc-request.ts";
import { clientAddress } from "../client-address.ts";
import type { AppEnv } from "../context.ts";
import { setSessionCookie } from "../middleware/session.ts";

/**
 * Sign-in through an OpenID Connect provider (eGov ID in production): authorization code flow
 * with PKCE, state and nonce, through `openid-client`. What the redirect needs afterwards (the
 * verifier, the nonce, the language) stays in the database (`oidc_requests`), bound to the
 * browser by a hash of its CSRF token; the browser carries only the state in the URL.
 */

/** The provider's metadata, discovered once per configuration (and again after a failure). */
const discovered = new WeakMap<OidcConfig, Promise<oidc.Configuration>>();

function providerOf(config: OidcConfig): Promise<oidc.Configuration> {
  let found = discovered.get(config);
  if (!found) {
    found = oidc.discovery(
      new URL(config.issuer),
      config.clientId,
      undefined,
      oidc.ClientSecretBasic(config.clientSecret),
      { execute: config.insecure ? [oidc.allowInsecureRequests] : [], timeout: 10 },
    );
    discovered.set(config, found);
    found.catch(() => discovered.delete(config));
  }
  return found.catch((error: unknown) => {
    throw Object.assign(new DomainError("unavailable", "oidc_unavailable"), { cause: error });
  });
}

/** The callback the provider sends the person back to (registered with the provider as is). */
export const oidcCallbackUrl = (publicUrl: string) => `${publicUrl}/auth/oidc/callback`;

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/**
 * The person as the provider names them: the IIN from the configured claim; the names from
 * `family_name` / `given_name` / `middle_name`, or else the whole `name` kept as the surname
 * field (its word order differs between providers, so it is not split).
 */
export function identityFrom(claims: Record<string, unknown>, iinClaim: string): OidcIdentity {
  const family = text(claims.family_name);
  const given = text(claims.given_name);
  const whole = text(claims.name);
  return {
    iin: text(claims[iinClaim]),
    surname: family || (given ? "" : whole),
    name: given,
    patronymic: text(claims.middle_name) || null,
    email: text(claims.email) && claims.email_verified === true ? text(claims.email) : null,
  };
}

export function oidcRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/start", async (c) => {
    const { config, db, now } = c.get("deps");
    if (!config.oidc) throw new DomainError("not_found", "not_found");
    const asked = c.req.query("lang");
    const lang: Lang = isLang(asked)
      ? asked
      : negotiateLang(getCookie(c, "lang"), c.req.header("accept-language"));
    c.set("lang", lang);
    // As every page does: the callback's own error pages speak it even when the state is unknown.
    setCookie(c, "lang", lang, { path: "/", sameSite: "Lax", maxAge: 365 * 24 * 3600 });
    const provider = await providerOf(config.oidc);
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    await beginOidcSignIn(
      db,
      { state, nonce, codeVerifier, browser: c.get("csrfToken"), lang, client: clientAddress(c) },
      now(),
    );
    const url = oidc.buildAuthorizationUrl(provider, {
      redirect_uri: oidcCallbackUrl(config.publicUrl),
      scope: config.oidc.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
      ui_locales: lang,
    });
    return c.redirect(url.href, 302);
  });

  app.get("/callback", async (c) => {
    const { config, db, now } = c.get("deps");
    if (!config.oidc) throw new DomainError("not_found", "not_found");
    const requestId = c.get("requestId");
    const address = clientAddress(c);
    const fallbackLang = negotiateLang(getCookie(c, "lang"), c.req.header("accept-language"));
    c.set("lang", fallbackLang);
    // Built from PUBLIC_URL, never from the request's Host: it must equal the registered redirect.
    const current = new URL(oidcCallbackUrl(config.publicUrl));
    current.search = new URL(c.req.url).search;

    const taken = await takeOidcRequest(
      db,
      { state: current.searchParams.get("state") ?? "", browser: c.get("csrfToken") },
      now(),
    );
    if (!taken.ok) {
      if (isLang(taken.lang)) c.set("lang", taken.lang);
      await refuseOidcSignIn(db, { reason: taken.reason, address, requestId }, now());
      throw new DomainError("malformed", "oidc_state");
    }
    const lang = isLang(taken.lang) ? taken.lang : fallbackLang;
    c.set("lang", lang);

    const provider = await providerOf(config.oidc);
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(provider, current, {
        pkceCodeVerifier: taken.codeVerifier,
        expectedState: taken.state,
        expectedNonce: taken.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error("no ID token");
      claims = { ...idToken };
      // Providers put the profile claims in the ID token or only in userinfo (OIDC Core 5.4).
      if (!(config.oidc.iinClaim in claims) && provider.serverMetadata().userinfo_endpoint) {
        const info = await oidc.fetchUserInfo(provider, tokens.access_token, idToken.sub);
        claims = { ...info, ...idToken };
      }
    } catch (error) {
      const reason = error instanceof oidc.AuthorizationResponseError ? "provider_error" : "token_exchange";
      await refuseOidcSignIn(
        db,
        { reason, address, requestId, detail: error instanceof Error ? error.message : String(error) },
        now(),
      );
      throw new DomainError("malformed", reason === "provider_error" ? "oidc_denied" : "oidc_failed");
    }

    const identity = identityFrom(claims, config.oidc.iinClaim);
    try {
      const { token } = await finishOidcSignIn(
        db,
        { identity, lang, previousToken: c.get("sessionToken"), requestId },
        now(),
      );
      setSessionCookie(c, token);
    } catch (error) {
      if (error instanceof DomainError) {
        await refuseOidcSignIn(db, { reason: error.code, address, requestId }, now());
      }
      throw error;
    }
    return c.redirect(`/${lang}/cabinet`, 303);
  });

  return app;
}
