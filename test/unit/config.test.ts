import assert from "node:assert/strict";
import { describe, it } from "node:test";
import pino from "pino";
import { boot } from "../../src/boot.ts";
import { ConfigError, loadConfig } from "../../src/config/env.ts";
import { openDatabase } from "../../src/db/connection.ts";
import { seededImage } from "../support/seeded-image.ts";

const SECRET = "s".repeat(40);

/** `env` is refused with a ConfigError naming `setting`. */
const refuses = (env: Record<string, string>, setting: string) =>
  assert.throws(
    () => loadConfig(env),
    (e: unknown) => e instanceof ConfigError && e.setting === setting,
    JSON.stringify(env),
  );

describe("configuration", () => {
  it("has the documented defaults", () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.host, "0.0.0.0");
    assert.equal(c.dataDir, "./data");
    assert.equal(c.databaseUrl, undefined);
    assert.equal(c.demo, true);
    assert.equal(c.dbConnectTimeoutMs, 5_000);
    assert.equal(c.dbStatementTimeoutMs, 30_000);
    assert.equal(c.healthTimeoutMs, 2_000);
  });

  it("takes the OpenID Connect settings all three or none, and LOCAL_PASSWORD_SIGN_IN=false only with them", () => {
    const oidc = {
      OIDC_ISSUER: "https://idp.example.kz",
      OIDC_CLIENT_ID: "shagym",
      OIDC_CLIENT_SECRET: "secret",
    };
    assert.equal(loadConfig({}).oidc, null);
    assert.equal(loadConfig({}).localPasswordSignIn, true);
    assert.deepEqual(loadConfig(oidc).oidc, {
      issuer: "https://idp.example.kz",
      clientId: "shagym",
      clientSecret: "secret",
      iinClaim: "iin",
      scope: "openid profile",
      insecure: false,
    });
    refuses({ OIDC_ISSUER: oidc.OIDC_ISSUER, OIDC_CLIENT_ID: "shagym" }, "OIDC_CLIENT_SECRET");
    refuses({ OIDC_CLIENT_SECRET: "secret" }, "OIDC_ISSUER");
    refuses({ ...oidc, OIDC_SCOPES: "profile" }, "OIDC_SCOPES");
    refuses({ LOCAL_PASSWORD_SIGN_IN: "false" }, "LOCAL_PASSWORD_SIGN_IN");
    assert.equal(loadConfig({ ...oidc, LOCAL_PASSWORD_SIGN_IN: "false" }).localPasswordSignIn, false);
    refuses(
      {
        ...oidc,
        OIDC_ISSUER: "http://idp.example.kz",
        NODE_ENV: "production",
        SESSION_SECRET: SECRET,
        PUBLIC_URL: "https://shagym.example.kz",
      },
      "OIDC_ISSUER",
    );
    assert.equal(loadConfig({ ...oidc, OIDC_ISSUER: "http://127.0.0.1:4000" }).oidc?.insecure, true);
  });

  it("offers the tick-box portal signature outside production only, unless PORTAL_SESSION_SIGNING says", () => {
    const production = { NODE_ENV: "production", SESSION_SECRET: SECRET, PUBLIC_URL: "https://s.example.kz" };
    assert.equal(loadConfig({}).portalSessionSigning, true);
    assert.equal(loadConfig(production).portalSessionSigning, false);
    assert.equal(loadConfig({ ...production, PORTAL_SESSION_SIGNING: "on" }).portalSessionSigning, true);
    assert.equal(loadConfig({ PORTAL_SESSION_SIGNING: "off" }).portalSessionSigning, false);
  });

  it("leaves decisions unsigned allowed unless DECISION_EDS_REQUIRED is on", () => {
    assert.equal(loadConfig({}).decisionEdsRequired, false);
    assert.equal(loadConfig({ DECISION_EDS_REQUIRED: "on" }).decisionEdsRequired, true);
  });

  it("refuses production without SESSION_SECRET and names the setting", () => {
    assert.throws(
      () => loadConfig({ NODE_ENV: "production", DEMO_DATA: "0" }),
      (e: unknown) => e instanceof ConfigError && e.setting === "SESSION_SECRET",
    );
  });

  it("refuses several web processes on the embedded database, naming WEB_CONCURRENCY", () => {
    refuses({ WEB_CONCURRENCY: "2" }, "WEB_CONCURRENCY");
    assert.equal(
      loadConfig({ WEB_CONCURRENCY: "2", DATABASE_URL: "postgres://127.0.0.1/x" }).webConcurrency,
      2,
    );
  });

  it("refuses production with demo data switched on", () => {
    assert.throws(
      () => loadConfig({ NODE_ENV: "production", SESSION_SECRET: SECRET, DEMO_DATA: "1" }),
      (e: unknown) => e instanceof ConfigError && e.setting === "DEMO_DATA",
    );
  });

  it("refuses production without PUBLIC_URL, naming it", () => {
    refuses({ NODE_ENV: "production", SESSION_SECRET: SECRET }, "PUBLIC_URL");
  });

  it("normalises PUBLIC_URL and refuses a query, a fragment or another scheme", () => {
    for (const given of [
      "https://shagym.example.kz",
      "https://shagym.example.kz/",
      "https://SHAGYM.example.kz//",
    ]) {
      assert.equal(loadConfig({ PUBLIC_URL: given }).publicUrl, "https://shagym.example.kz");
    }
    assert.equal(loadConfig({ PUBLIC_URL: "https://gov.kz/shagym/" }).publicUrl, "https://gov.kz/shagym");
    assert.equal(loadConfig({ PORT: "8080" }).publicUrl, "http://localhost:8080");
    for (const bad of ["https://x.kz/?a=1", "https://x.kz/#top", "ftp://x.kz", "https://u:p@x.kz"]) {
      refuses({ PUBLIC_URL: bad }, "PUBLIC_URL");
    }
  });

  it("reads TRUST_PROXY as off, a hop count or a list of addresses and CIDRs", () => {
    assert.equal(loadConfig({}).trustProxy, null);
    assert.equal(loadConfig({ TRUST_PROXY: "0" }).trustProxy, null);
    assert.deepEqual(loadConfig({ TRUST_PROXY: "2" }).trustProxy, { hops: 2 });
    assert.deepEqual(loadConfig({ TRUST_PROXY: "10.0.0.0/8, 127.0.0.1,::1/128" }).trustProxy, {
      cidrs: ["10.0.0.0/8", "127.0.0.1", "::1/128"],
    });
    for (const bad of ["yes please", "10.0.0.0/33", "proxy.local", "11"]) {
      refuses({ TRUST_PROXY: bad }, "TRUST_PROXY");
    }
  });

  it("names an invalid setting", () => {
    assert.throws(
      () => loadConfig({ PORT: "eighty" }),
      (e: unknown) => e instanceof ConfigError && e.setting === "PORT",
    );
    assert.throws(
      () => loadConfig({ DATABASE_URL: "not a url" }),
      (e: unknown) => e instanceof ConfigError && e.setting === "DATABASE_URL",
    );
  });

  it("starts in production with a secret and no demo data", () => {
    const c = loadConfig({
      NODE_ENV: "production",
      SESSION_SECRET: SECRET,
      PUBLIC_URL: "https://shagym.example.kz",
    });
    assert.equal(c.production, true);
    assert.equal(c.demo, false);
  });

  it("refuses to start in production when the database holds demo accounts", async () => {
    // The tests' copy of a database booted with the demo world (DEMO_DATA=1).
    const database = await openDatabase({ memory: true, image: await seededImage() });
    const log = pino({ level: "silent" });
    await assert.rejects(
      boot(
        loadConfig({
          NODE_ENV: "production",
          SESSION_SECRET: SECRET,
          PUBLIC_URL: "https://shagym.example.kz",
        }),
        { database, log },
      ),
      (e: unknown) => e instanceof ConfigError && e.setting === "DEMO_DATA",
    );
    await database.close();
  });
});

describe("logs", () => {
  it("never write an IIN in full: messages, fields and errors are masked", async () => {
    const { createLogger } = await import("../../src/boot.ts");
    const lines: string[] = [];
    const log = createLogger({ logLevel: "info" }, { write: (line: string) => lines.push(line) });
    log.info(
      { path: "/status?iin=900101300126", nested: { note: "ИИН 850315450011" } },
      "lookup 900101300126",
    );
    log.error({ err: new Error('insert failed: params ["900101300126"]') }, "failed");
    const text = lines.join("\n");
    assert.doesNotMatch(text, /900101300126|850315450011/);
    assert.match(text, /9001••••0126/);
    assert.match(text, /8503••••0011/);
    assert.match(text, /insert failed: params \[\\"9001••••0126\\"\]/, "the error's message is kept, masked");
    assert.match(text, /"stack":"Error: insert failed/);
  });

  it("never write a failed query's parameters or row details, secrets by name, or huge fields", async () => {
    const { createLogger } = await import("../../src/boot.ts");
    const lines: string[] = [];
    const log = createLogger({ logLevel: "info" }, { write: (line: string) => lines.push(line) });
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "x"'), {
      code: "23505",
      detail: "Key (phone)=(+77011234567) already exists.",
    });
    const failed = Object.assign(
      new Error(
        'Failed query: insert into "complaints" ("reasons") values ($1)\nparams: Сейтқали Нұрлан,\nКөкшетау, Абай 10',
      ),
      {
        query: 'insert into "complaints" ("reasons") values ($1)',
        params: ["Сейтқали Нұрлан", "+77011234567"],
        cause,
      },
    );
    log.error({ err: failed }, "unhandled error");
    log.info(
      { token: "abc123secret", checkCode: "K7M2P9QX", body: { password: "p" }, login: "x".repeat(100_000) },
      "r",
    );
    const text = lines.join("\n");
    assert.doesNotMatch(text, /Сейтқали|Нұрлан|Көкшетау|Абай|77011234567|abc123secret|K7M2P9QX/);
    assert.match(text, /Failed query: insert into/, "the statement itself is kept");
    assert.match(text, /23505/, "and the cause's code");
    assert.ok(text.length < 10_000, `a huge field is capped (${text.length} characters)`);
  });
});

describe("the person an OpenID Connect provider names", () => {
  it("takes the IIN from the configured claim and the names as given; a bare name is not split", async () => {
    const { identityFrom } = await import("../../src/web/auth/oidc.ts");
    assert.deepEqual(
      identityFrom(
        {
          sub: "x",
          uin: "900101300126",
          family_name: "Сейтқали",
          given_name: "Нұрлан",
          middle_name: "Маратұлы",
        },
        "uin",
      ),
      { iin: "900101300126", surname: "Сейтқали", name: "Нұрлан", patronymic: "Маратұлы", email: null },
    );
    const bare = identityFrom(
      { iin: " 900101300126 ", name: "Nurlan Seitkali", email: "n@example.kz" },
      "iin",
    );
    assert.equal(bare.iin, "900101300126");
    assert.equal(bare.surname, "Nurlan Seitkali");
    assert.equal(bare.name, "");
    assert.equal(bare.email, null, "an e-mail the provider has not verified is not taken");
    assert.equal(identityFrom({ iin: 900101300126 }, "iin").iin, "", "only a string is an IIN");
  });
});
