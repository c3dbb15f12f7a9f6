import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { sessions } from "../../src/db/schema.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

describe("sign-in", () => {
  it("signs the demo citizen in and shows the name, then signs out", async () => {
    const client = new Client(t.app);
    const res = await client.signIn("900101300126");
    assert.equal(res.status, 303);
    assert.equal(res.headers.get("location"), "/kk/cabinet");
    const cabinet = await client.get("/kk/cabinet");
    assert.equal(cabinet.status, 200);
    assert.match(await cabinet.text(), /Сейтқали Нұрлан Маратұлы/);
    const out = await client.postForm("/kk/sign-out", {});
    assert.equal(out.status, 303);
    const again = await client.get("/kk/cabinet");
    assert.equal(again.status, 303);
    assert.match(again.headers.get("location") ?? "", /^\/kk\/sign-in/);
  });

  it("says the same thing for a wrong password and an unknown login", async () => {
    const wrongPassword = await new Client(t.app).signIn("850315450011", "nope", "ru");
    const unknownLogin = await new Client(t.app).signIn("nobody.at.all", "demo", "ru");
    assert.equal(wrongPassword.status, 401);
    assert.equal(unknownLogin.status, 401);
    const a = await wrongPassword.text();
    const b = await unknownLogin.text();
    assert.match(a, /Неверный ИИН, имя пользователя или пароль/);
    assert.match(b, /Неверный ИИН, имя пользователя или пароль/);
    assert.doesNotMatch(a, /неверный пароль|пароль неверен/i);
  });

  it("rejects a form POST without its CSRF token (403) and with a forged one", async () => {
    const client = new Client(t.app);
    await client.get("/kk/sign-in");
    const missing = await client.postForm(
      "/kk/sign-in",
      { login: "900101300126", password: "demo" },
      { withCsrf: false },
    );
    assert.equal(missing.status, 403);
    const forged = await client.request("/kk/sign-in", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ login: "900101300126", password: "demo", _csrf: "forged" }),
    });
    assert.equal(forged.status, 403);
    assert.equal(client.cookies.has("shagym_session"), false);
  });

  it("rejects a JSON POST from another origin", async () => {
    const res = await new Client(t.app).postJson(
      "/api/v1/session",
      { login: "900101300126", password: "demo" },
      { origin: "https://evil.example" },
    );
    assert.equal(res.status, 403);
  });

  it("sets an HttpOnly, SameSite=Lax session cookie, Secure behind https, and rotates it", async () => {
    const client = new Client(t.app);
    await client.get("/kk/sign-in");
    const first = await client.postForm("/kk/sign-in", { login: "900101300126", password: "demo" });
    const cookie = first.headers.getSetCookie().find((c) => c.startsWith("shagym_session="));
    assert.ok(cookie);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.doesNotMatch(cookie, /Secure/);
    const token1 = client.cookies.get("shagym_session");
    await client.get("/kk/sign-in");
    await client.postForm("/kk/sign-in", { login: "900101300126", password: "demo" });
    const token2 = client.cookies.get("shagym_session");
    assert.notEqual(token1, token2);
    const old = new Client(t.app);
    old.cookies.set("shagym_session", token1!);
    assert.equal((await old.get("/kk/cabinet")).status, 303, "the replaced session no longer works");

    const secure = new Client(t.app, "https://shagym.example");
    await secure.get("/kk/sign-in");
    const res = await secure.postForm("/kk/sign-in", { login: "900101300126", password: "demo" });
    assert.match(res.headers.getSetCookie().find((c) => c.startsWith("shagym_session="))!, /Secure/);
  });

  it("blocks sign-in after repeated failures, even with the right password", async () => {
    const login = "registrar.akmola-edu";
    for (let i = 0; i < 5; i++) {
      assert.equal((await new Client(t.app).signIn(login, `wrong${i}`)).status, 401);
    }
    const blocked = await new Client(t.app).signIn(login, "demo", "en");
    assert.equal(blocked.status, 429);
    assert.match(await blocked.text(), /Too many sign-in attempts/);
    const api = await new Client(t.app).postJson("/api/v1/session", { login, password: "demo" });
    assert.equal(api.status, 429);
    t.setNow(new Date(Date.parse("2026-11-20T05:00:00Z") + 16 * 60 * 1000));
    assert.equal(
      (await new Client(t.app).signIn(login, "demo")).status,
      303,
      "the block lifts after the window",
    );
    t.setNow("2026-11-20T05:00:00Z");
  });

  it("sends a request with an expired session to the sign-in page", async () => {
    const client = new Client(t.app);
    await client.signIn("850315450011");
    await t.db.update(sessions).set({ expiresAt: new Date("2020-01-01T00:00:00Z") });
    const res = await client.get("/ru/cabinet");
    assert.equal(res.status, 303);
    const location = res.headers.get("location") ?? "";
    assert.match(location, /^\/ru\/sign-in\?/);
    assert.match(location, /expired=1/);
    const page = await client.get(location);
    assert.match(await page.text(), /Сессия истекла/);
  });
});

describe("API session", () => {
  it("returns a bearer token and sets the cookie; DELETE ends it", async () => {
    const client = new Client(t.app);
    const res = await client.postJson("/api/v1/session", { login: "head.akmola-edu", password: "demo" });
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      token: string;
      user: { role: string; organizationId: string; fullName: string };
    };
    assert.equal(body.user.role, "head");
    assert.equal(body.user.organizationId, "akmola-edu");
    assert.equal(body.user.fullName, "Тұрсынов Қанат Әбілұлы");
    assert.ok(client.cookies.get("shagym_session"));
    const [row] = await t.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, (await sessionUserId(body.token))!));
    assert.ok(row);
    const del = await t.app.request("/api/v1/session", {
      method: "DELETE",
      headers: { authorization: `Bearer ${body.token}` },
    });
    assert.equal(del.status, 204);
    assert.equal(await sessionUserId(body.token), null);
  });

  it("answers 401 problem+json without saying which part was wrong", async () => {
    const res = await new Client(t.app).postJson(
      "/api/v1/session",
      { login: "admin", password: "x" },
      { "accept-language": "ru" },
    );
    assert.equal(res.status, 401);
    assert.match(res.headers.get("content-type") ?? "", /application\/problem\+json/);
    const body = (await res.json()) as { code: string; title: string };
    assert.equal(body.code, "sign_in_failed");
    assert.equal(body.title, "Неверный ИИН, имя пользователя или пароль.");
  });

  it("names the missing fields (422) and rejects malformed JSON (400)", async () => {
    const missing = await new Client(t.app).postJson(
      "/api/v1/session",
      { login: "admin" },
      { "accept-language": "en" },
    );
    assert.equal(missing.status, 422);
    const body = (await missing.json()) as { errors: { field: string; code: string; message: string }[] };
    assert.deepEqual(body.errors, [{ field: "password", code: "required", message: "Fill in this field" }]);
    const malformed = await t.app.request("/api/v1/session", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    assert.equal(malformed.status, 400);
    assert.match(malformed.headers.get("content-type") ?? "", /problem\+json/);
  });
});

async function sessionUserId(token: string): Promise<string | null> {
  const res = await t.app.request("/api/v1/health", { headers: { authorization: `Bearer ${token}` } });
  assert.equal(res.status, 200);
  const { findSessionUser } = await import("../../src/queries/session-user.ts");
  return (await findSessionUser(t.db, token, new Date("2026-11-20T05:00:00Z")))?.id ?? null;
}
