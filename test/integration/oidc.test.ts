import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import Provider from "oidc-provider";
import { auditEvents, oidcRequests, sessions, users } from "../../src/db/schema.ts";
import { isValidIin } from "../../src/domain/iin.ts";
import { OIDC_STARTS_PER_ADDRESS } from "../../src/operations/begin-oidc-sign-in.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";

/**
 * Sign-in through a real OpenID Connect provider (`oidc-provider`) listening on 127.0.0.1, with
 * the application in-process: the test plays the browser, following every redirect by hand and
 * submitting the provider's development login and consent forms.
 */

/** A valid IIN (checksum and all) for the person the provider knows: 950612 4 0001 + check digit. */
const NEW_IIN = (() => {
  for (let d = 0; d <= 9; d++) if (isValidIin(`95061240001${d}`)) return `95061240001${d}`;
  for (let d = 0; d <= 9; d++) if (isValidIin(`95061240002${d}`)) return `95061240002${d}`;
  throw new Error("no IIN");
})();
const DEMO_CITIZEN_IIN = "900101300126";

/** The provider's people: account id → claims. */
const ACCOUNTS: Record<string, Record<string, unknown>> = {
  aigerim: { iin: NEW_IIN, family_name: "Жұмабаева", given_name: "Әйгерім", middle_name: "Ерланқызы" },
  nurlan: { iin: DEMO_CITIZEN_IIN, name: "Nurlan Seitkali" },
  "no-iin": { given_name: "Нет", family_name: "ИИН" },
  "bad-iin": { iin: "900101300127", given_name: "Плохой", family_name: "ИИН" },
};

const CLIENT_ID = "shagym";
const CLIENT_SECRET = "a-client-secret-for-the-tests-only";
const PUBLIC_URL = "http://localhost:3000";

let server: Server;
let issuer: string;
let t: TestApp;

before(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${PUBLIC_URL}/auth/oidc/callback`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], profile: ["iin", "name", "family_name", "given_name", "middle_name"] },
    cookies: { keys: ["test-cookie-key-0123456789abcdef"] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, sub) {
      const claims = ACCOUNTS[sub];
      if (!claims) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...claims }) };
    },
  });
  server.on("request", provider.callback());
  t = await testApp({
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    LOCAL_PASSWORD_SIGN_IN: "false",
  });
});
after(async () => {
  await t?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** A browser's cookies at the provider (one host; paths ignored, which the provider's names allow). */
class ProviderJar {
  cookies = new Map<string, string>();
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/**
 * From the application's redirect to the provider, through the provider's login and consent,
 * up to the provider's redirect back to the application: the callback's URL.
 */
async function throughProvider(
  authorizeUrl: string,
  accountId: string,
  jar = new ProviderJar(),
): Promise<URL> {
  let url = new URL(authorizeUrl);
  let init: RequestInit = {};
  for (let step = 0; step < 20; step++) {
    assert.equal(url.hostname, "127.0.0.1", `only the local provider is reached, not ${url.href}`);
    const res = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: jar.header() },
    });
    jar.keep(res);
    init = {};
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (next.href.startsWith(PUBLIC_URL)) return next;
      url = next;
      continue;
    }
    const html = await res.text();
    assert.equal(res.status, 200, html.slice(0, 500));
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    assert.ok(action && prompt, `a login or consent form: ${html.slice(0, 300)}`);
    const fields: Record<string, string> =
      prompt === "login" ? { prompt, login: accountId, password: "any" } : { prompt };
    url = new URL(action.replaceAll("&amp;", "&"), url);
    init = {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    };
  }
  throw new Error("the provider did not send the browser back");
}

/** Start at the application, go through the provider, come back: the callback's response. */
async function signInWithProvider(client: Client, accountId: string, lang = "ru") {
  const start = await client.get(`/auth/oidc/start?lang=${lang}`);
  assert.equal(start.status, 302);
  const callback = await throughProvider(start.headers.get("location") ?? "", accountId);
  assert.equal(callback.pathname, "/auth/oidc/callback");
  return client.get(callback.pathname + callback.search);
}

const countSessions = async (userId: string) =>
  (await t.db.select().from(sessions).where(eq(sessions.userId, userId))).length;

describe("sign-in through an OpenID Connect provider", () => {
  it("sends the browser to the provider with code + PKCE + state + nonce, keeping them server-side", async () => {
    const client = new Client(t.app);
    const res = await client.get("/auth/oidc/start?lang=kk");
    assert.equal(res.status, 302);
    const to = new URL(res.headers.get("location") ?? "");
    assert.equal(to.origin, issuer);
    assert.equal(to.searchParams.get("response_type"), "code");
    assert.equal(to.searchParams.get("client_id"), CLIENT_ID);
    assert.equal(to.searchParams.get("redirect_uri"), `${PUBLIC_URL}/auth/oidc/callback`);
    assert.equal(to.searchParams.get("code_challenge_method"), "S256");
    assert.ok(to.searchParams.get("code_challenge"));
    assert.ok(to.searchParams.get("state"));
    assert.ok(to.searchParams.get("nonce"));
    // Nothing but the existing anonymous cookie: the verifier and nonce are in the database.
    assert.deepEqual([...client.cookies.keys()].sort(), ["lang", "shagym_anon"]);
    assert.equal(client.cookies.get("lang"), "kk");
    const rows = await t.db.select().from(oidcRequests);
    assert.ok(rows.some((r) => r.lang === "kk" && r.codeVerifier.length >= 43));
  });

  it("creates the citizen's account on the first sign-in and reuses it on the second", async () => {
    const first = new Client(t.app);
    const res = await signInWithProvider(first, "aigerim", "ru");
    assert.equal(res.status, 303);
    assert.equal(res.headers.get("location"), "/ru/cabinet");
    assert.ok(first.cookies.get("shagym_session"));
    const cabinet = await first.get("/ru/cabinet");
    assert.equal(cabinet.status, 200);
    assert.match(await cabinet.text(), /Жұмабаева Әйгерім Ерланқызы/);

    const created = await t.db.select().from(users).where(eq(users.iin, NEW_IIN));
    assert.equal(created.length, 1);
    const user = created[0]!;
    assert.equal(user.kind, "citizen");
    assert.equal(user.role, "citizen");
    assert.equal(user.login, NEW_IIN);
    assert.equal(user.surname, "Жұмабаева");
    assert.equal(user.name, "Әйгерім");
    assert.equal(user.patronymic, "Ерланқызы");
    assert.equal(user.passwordHash, null);
    assert.equal(user.language, "ru");
    const audited = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.entityType, "user")));
    assert.deepEqual(
      audited.map((a) => [a.action, a.data.method]),
      [
        ["user.created", "oidc"],
        ["session.started", "oidc"],
      ],
    );

    const second = new Client(t.app);
    const again = await signInWithProvider(second, "aigerim", "kk");
    assert.equal(again.status, 303);
    assert.equal(again.headers.get("location"), "/kk/cabinet");
    assert.equal((await t.db.select().from(users).where(eq(users.iin, NEW_IIN))).length, 1);
    assert.equal(await countSessions(user.id), 2);
  });

  it("maps the IIN claim to an existing citizen account and rotates the session", async () => {
    const [nurlan] = await t.db.select().from(users).where(eq(users.login, DEMO_CITIZEN_IIN));
    const client = new Client(t.app);
    await signInWithProvider(client, "nurlan");
    const firstToken = client.cookies.get("shagym_session");
    assert.ok(firstToken);
    await signInWithProvider(client, "nurlan");
    assert.notEqual(client.cookies.get("shagym_session"), firstToken, "a new session id");
    assert.equal(await countSessions(nurlan!.id), 1, "the replaced session ended");
    const cabinet = await client.get("/ru/cabinet");
    assert.match(await cabinet.text(), /Сейтқали/);
  });

  it("refuses a tampered state with a localized 400 page, no session and an audit event", async () => {
    const client = new Client(t.app);
    const start = await client.get("/auth/oidc/start?lang=ru");
    const callback = await throughProvider(start.headers.get("location") ?? "", "aigerim");
    const before = (await t.db.select().from(sessions)).length;
    callback.searchParams.set("state", `${callback.searchParams.get("state")}x`);
    const res = await client.get(callback.pathname + callback.search);
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /<html lang="ru"/);
    assert.match(html, /Запрос на вход не распознан или устарел/);
    assert.equal(client.cookies.has("shagym_session"), false);
    assert.equal((await t.db.select().from(sessions)).length, before);
    const [failed] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "session.failed"), eq(auditEvents.entityId, "oidc")));
    assert.equal(failed?.data.reason, "unknown_state");
  });

  it("refuses a callback that comes back to another browser, and a replayed one", async () => {
    const starter = new Client(t.app);
    const start = await starter.get("/auth/oidc/start?lang=en");
    const callback = await throughProvider(start.headers.get("location") ?? "", "aigerim");
    const other = new Client(t.app);
    const res = await other.get(callback.pathname + callback.search);
    assert.equal(res.status, 400);
    assert.match(await res.text(), /The sign-in request was not recognised or has expired/);
    // The request was taken: the right browser cannot use it afterwards either.
    const replay = await starter.get(callback.pathname + callback.search);
    assert.equal(replay.status, 400);
    assert.equal(starter.cookies.has("shagym_session"), false);
  });

  it("refuses an account without a valid IIN and creates nothing", async () => {
    for (const account of ["no-iin", "bad-iin"]) {
      const before = (await t.db.select().from(users)).length;
      const client = new Client(t.app);
      const res = await signInWithProvider(client, account, "en");
      assert.equal(res.status, 400, account);
      assert.match(await res.text(), /eGov ID gave no valid IIN/);
      assert.equal((await t.db.select().from(users)).length, before);
      assert.equal(client.cookies.has("shagym_session"), false);
    }
  });

  it("signs out: the session ends", async () => {
    const client = new Client(t.app);
    await signInWithProvider(client, "aigerim", "kk");
    const token = client.cookies.get("shagym_session");
    assert.ok(token);
    await client.get("/kk/cabinet");
    const out = await client.postForm("/kk/sign-out", {});
    assert.equal(out.status, 303);
    assert.equal(client.cookies.has("shagym_session"), false);
    const cabinet = await client.get("/kk/cabinet");
    assert.equal(cabinet.status, 303);
    assert.match(cabinet.headers.get("location") ?? "", /^\/kk\/sign-in/);
  });

  it("shows the eGov ID link; with LOCAL_PASSWORD_SIGN_IN=false the password form is for staff only", async () => {
    const client = new Client(t.app);
    const page = await (await client.get("/en/sign-in")).text();
    assert.match(page, /href="\/auth\/oidc\/start\?lang=en"[^>]*>\s*Sign in with eGov ID/);
    assert.match(page, /Staff sign-in/);
    assert.match(page, /registrar\.akmola-edu/, "the demo staff accounts are listed");
    assert.doesNotMatch(
      page,
      new RegExp(DEMO_CITIZEN_IIN),
      "but not the citizens, who cannot use a password",
    );

    const refused = await client.postForm("/en/sign-in", { login: DEMO_CITIZEN_IIN, password: "demo" });
    assert.equal(refused.status, 403);
    assert.match(await refused.text(), /sign in with eGov ID/);
    assert.equal(client.cookies.has("shagym_session"), false);

    const api = await new Client(t.app).postJson(
      "/api/v1/session",
      { login: DEMO_CITIZEN_IIN, password: "demo" },
      { "accept-language": "en" },
    );
    assert.equal(api.status, 403);
    assert.equal(((await api.json()) as { code: string }).code, "citizen_password_off");

    const staff = await new Client(t.app).signIn("registrar.akmola-edu", "demo", "en");
    assert.equal(staff.status, 303, "staff keep their local accounts");
  });

  it("limits the redirects pending from one client address (each one is a row)", async () => {
    const client = new Client(t.app);
    // Every request of these tests comes from the same (unknown) address.
    for (let i = await t.db.$count(oidcRequests); i < OIDC_STARTS_PER_ADDRESS; i++) {
      assert.equal((await client.get("/auth/oidc/start?lang=en")).status, 302);
    }
    const refused = await client.get("/auth/oidc/start?lang=en");
    assert.equal(refused.status, 429);
    assert.match(await refused.text(), /Too many requests/);
    assert.equal(await t.db.$count(oidcRequests), OIDC_STARTS_PER_ADDRESS, "nothing written");
    await t.db.delete(oidcRequests);
  });
});

describe("without a provider configured", () => {
  let plain: TestApp;
  before(async () => {
    plain = await testApp();
  });
  after(() => plain.close());

  it("answers 404 at start and callback, and the sign-in page has no eGov ID link", async () => {
    const client = new Client(plain.app);
    assert.equal((await client.get("/auth/oidc/start?lang=kk")).status, 404);
    assert.equal((await client.get("/auth/oidc/callback?code=x&state=y")).status, 404);
    const page = await (await client.get("/ru/sign-in")).text();
    assert.doesNotMatch(page, /auth\/oidc/);
    assert.equal((await client.signIn(DEMO_CITIZEN_IIN, "demo", "ru")).status, 303);
  });
});
