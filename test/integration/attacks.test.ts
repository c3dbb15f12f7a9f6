// What an attacker (or a careless client) sends, and what the system answers: bad input never
// reaches a 500, an Idempotency-Key cannot be replayed for another request, file names cannot
// disguise their type.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq, sql } from "drizzle-orm";
import { createLogger } from "../../src/boot.ts";
import { loadConfig } from "../../src/config/env.ts";
import { attachments, complaints } from "../../src/db/schema.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, officeComplaint, tinyPdf, validComplaint } from "../support/complaints.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

type Problem = { status: number; code: string; errors?: { field: string; code: string }[] };

const complaintCount = async () =>
  (await t.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(complaints))[0]!.n;

describe("bad input never reaches a 500", () => {
  const big = "a".repeat(8 * 1024 * 1024);

  it("an 8 MB login: 413 as JSON, 422 naming the field as a form", async () => {
    const json = await new Client(t.app).postJson("/api/v1/session", { login: big, password: "x" });
    assert.equal(json.status, 413);
    const form = await new Client(t.app).signIn(big, "x");
    assert.equal(form.status, 422);
  });

  it("a long field in JSON: 422 too_long naming it", async () => {
    const citizen = await apiAs(t, "900101300126");
    const res = await citizen.post("/api/v1/complaints", validComplaint({ reasons: "я".repeat(100_000) }));
    assert.equal(res.status, 422);
    const body = (await res.json()) as Problem;
    assert.deepEqual(
      body.errors?.map((e) => [e.field, e.code]),
      [["reasons", "too_long"]],
    );
  });

  for (const [what, value] of [
    ["NUL", "a\u0000b"],
    ["an escape", "a\u001b[31mb"],
    ["a C1 control", "a\u0085b"],
  ] as const) {
    it(`${what} in a field: 422 control_characters naming it, nothing stored`, async () => {
      const before = await complaintCount();
      const login = await new Client(t.app).postJson("/api/v1/session", { login: value, password: "x" });
      assert.equal(login.status, 422);
      assert.deepEqual(
        ((await login.json()) as Problem).errors?.map((e) => [e.field, e.code]),
        [["login", "control_characters"]],
      );
      const citizen = await apiAs(t, "900101300126");
      const nested = await citizen.post(
        "/api/v1/complaints",
        validComplaint({ applicant: { ...validComplaint().applicant, postalAddress: value } }),
      );
      assert.equal(nested.status, 422);
      assert.equal(((await nested.json()) as Problem).errors?.[0]?.field, "applicant.postalAddress");
      const form = await new Client(t.app).signIn(value, "x", "ru");
      assert.equal(form.status, 422);
      const query = await t.app.request(`/api/v1/status?number=${encodeURIComponent(value)}&code=x`);
      assert.equal(query.status, 422);
      assert.equal(await complaintCount(), before);
    });
  }

  it("tabs and line breaks in a text stay allowed", async () => {
    const citizen = await apiAs(t, "900101300126");
    const res = await citizen.post("/api/v1/complaints", validComplaint({ reasons: "бірінші\r\n\tекінші" }));
    assert.equal(res.status, 201);
  });

  it("dates the calendar cannot place: 422, in the API and on the pages", async () => {
    const citizen = await apiAs(t, "900101300126");
    for (const learnedOn of ["1900-01-01", "0001-01-01"]) {
      const res = await citizen.post("/api/v1/complaints", validComplaint({ learnedOn }));
      assert.equal(res.status, 422, learnedOn);
      assert.equal(((await res.json()) as Problem).code, "date_out_of_range");
    }
    // Before the first year and after the last.
    for (const query of ["from=1900-01-01&workingDays=5", "from=9999-12-31&workingDays=5"]) {
      const api = await t.app.request(`/api/v1/calendar/deadline?${query}`);
      assert.equal(api.status, 422, `API ${query}`);
      const [date = "", term = ""] = query.slice("from=".length).split("&");
      const [year, month, day] = date.split("-");
      const page = await t.app.request(
        `/ru/deadline?from-day=${day}&from-month=${month}&from-year=${year}&${term}`,
      );
      assert.equal(page.status, 422, `page ${query}`);
    }
  });

  it("malformed JSON: 400, not 500", async () => {
    const citizen = await apiAs(t, "900101300126");
    const res = await citizen.post("/api/v1/complaints", '{"reasons": "unterminated');
    assert.equal(res.status, 400);
  });
});

describe("Idempotency-Key", () => {
  it("the same key and body answers with the first complaint; another body or path is 422", async () => {
    const citizen = await apiAs(t, "850315450011");
    const key = { "idempotency-key": "attack-1" };
    const first = await citizen.post("/api/v1/complaints", validComplaint(), key);
    assert.equal(first.status, 201);
    const { id } = (await first.json()) as { id: string };
    const replay = await citizen.post("/api/v1/complaints", validComplaint(), key);
    assert.equal(replay.status, 201);
    assert.equal(((await replay.json()) as { id: string }).id, id);

    const before = await complaintCount();
    const other = await citizen.post("/api/v1/complaints", validComplaint({ reasons: "Басқа шағым." }), key);
    assert.equal(other.status, 422);
    assert.equal(((await other.json()) as Problem).code, "idempotency_key_reused");
    const elsewhere = await citizen.post(
      `/api/v1/complaints/${id}/escalate`,
      { reasons: "Шешіммен келіспеймін.", demands: "Қайта қарауды сұраймын." },
      key,
    );
    assert.equal(elsewhere.status, 422);
    assert.equal(((await elsewhere.json()) as Problem).code, "idempotency_key_reused");
    assert.equal(await complaintCount(), before);
  });
});

describe("upload quota", () => {
  it("one person uploads at most UPLOADS_PER_HOUR files an hour (429, Retry-After), others are not affected", async () => {
    const MAX_UPLOADS_PER_HOUR = t.config.quotas.uploadsPerHour;
    const operator = await apiAs(t, "operator.1414");
    const statuses: number[] = [];
    for (let i = 0; i <= MAX_UPLOADS_PER_HOUR; i++)
      statuses.push((await operator.upload(`p${i}.pdf`, tinyPdf())).status);
    assert.deepEqual(statuses.slice(0, MAX_UPLOADS_PER_HOUR), Array(MAX_UPLOADS_PER_HOUR).fill(201));
    assert.equal(statuses.at(-1), 429);
    const refused = await operator.upload("again.pdf", tinyPdf());
    assert.ok(Number(refused.headers.get("retry-after")) > 0, "Retry-After in seconds");
    const other = await apiAs(t, "850315450011");
    assert.equal((await other.upload("mine.pdf", tinyPdf())).status, 201);
  });
});

describe("uploaded file names", () => {
  for (const [given, stored] of [
    ["scan\u202Efdp.hta", "scanfdp.pdf"],
    ["C:\\Users\\me\\отчёт.PDF", "отчёт.pdf"],
    ["e\u0301tude\u200B.exe", "\u00e9tude.pdf"],
    ["\u2067evil\u2069.pdf.js", "evil.pdf.pdf"],
    ["tab\there.png", "tabhere.pdf"],
  ] as const) {
    it(`${JSON.stringify(given)} is stored as ${JSON.stringify(stored)} (NFC, no bidi or control characters, extension from the content)`, async () => {
      const citizen = await apiAs(t, "900101300126");
      const res = await citizen.upload(given, tinyPdf());
      assert.equal(res.status, 201);
      const { id, filename } = (await res.json()) as { id: string; filename: string };
      assert.equal(filename, stored);
      const [row] = await t.db.select().from(attachments).where(eq(attachments.id, id));
      assert.equal(row?.filename, stored);
    });
  }
});

describe("control characters in a multipart header", () => {
  it("a file name with NUL or another control character (not HTTP header text) is a 400, nothing stored", async () => {
    const citizen = await apiAs(t, "900101300126");
    const count = async () => (await t.db.select({ id: attachments.id }).from(attachments)).length;
    const before = await count();
    for (const name of ["evil.pdf\u0000.js", "bell\u0007.pdf"]) {
      const res = await citizen.upload(name, tinyPdf());
      assert.equal(res.status, 400, name);
      assert.equal(((await res.json()) as Problem).code, "malformed");
    }
    assert.equal(await count(), before);
  });
});

/** Runs `fn` with settings parsed from `env` as the application's (no second boot needed). */
async function withSettings(env: Record<string, string>, fn: () => Promise<void>) {
  const parsed = loadConfig({ ...env });
  const saved = { trustProxy: t.config.trustProxy, publicUrl: t.config.publicUrl };
  Object.assign(t.config, { trustProxy: parsed.trustProxy, publicUrl: parsed.publicUrl });
  try {
    await fn();
  } finally {
    Object.assign(t.config, saved);
  }
}

/** A request as it arrives from `peer` (the socket's address), through `app.request`. */
const fromPeer = (app: TestApp["app"], peer: string, path: string, init: RequestInit = {}) =>
  app.request(`http://localhost${path}`, init, {
    incoming: { socket: { remoteAddress: peer, remotePort: 40000, remoteFamily: "IPv4" } },
  });

describe("behind a reverse proxy (TRUST_PROXY)", () => {
  const lookups = async (app: TestApp["app"], peer: string, forwardedFor: string, n: number) => {
    const statuses: number[] = [];
    for (let i = 0; i < n; i++) {
      const res = await fromPeer(app, peer, "/api/v1/status?number=НЕТ-1&code=WRONG000", {
        headers: { "x-forwarded-for": forwardedFor },
      });
      statuses.push(res.status);
    }
    return statuses;
  };

  it("off (the default): X-Forwarded-For is ignored, so a client cannot dodge the limit by forging it", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push(...(await lookups(t.app, "203.0.113.7", `198.51.100.${i}`, 1)));
    assert.equal(statuses.at(-1), 429, "the 21st lookup from one socket address is refused");
  });

  /**
   * One client makes 21 lookups through `peer` forwarding `forwardedFor` (the 21st is refused);
   * then each of `after` is one lookup, refused or not as given.
   */
  const exhaust = async (peer: string, forwardedFor: string, after: [string, "refused" | "served"][]) => {
    assert.equal((await lookups(t.app, peer, forwardedFor, 21)).at(-1), 429);
    for (const [forwarded, expected] of after) {
      const [status] = await lookups(t.app, peer, forwarded, 1);
      assert.equal(status === 429 ? "refused" : "served", expected, `${peer} forwarding ${forwarded}`);
    }
  };

  it("a CIDR list: each client behind the proxy has its own limit, and a forged entry before the proxy's does not help", async () => {
    await withSettings({ TRUST_PROXY: "10.0.0.0/8" }, async () => {
      await exhaust("10.1.2.3", "198.51.100.1", [
        ["198.51.100.2", "served"], // another citizen behind the same proxy
        ["6.6.6.6, 198.51.100.1", "refused"], // the first, with a made-up address prepended
      ]);
      // A peer outside the list is the client itself, whatever it forwards.
      await exhaust("203.0.113.9", "198.51.100.3", [["198.51.100.4", "refused"]]);
    });
  });

  it("a hop count: the address that many entries from the right", async () => {
    await withSettings({ TRUST_PROXY: "1" }, async () => {
      await exhaust("10.9.9.9", "6.6.6.6, 198.51.100.7", [
        ["198.51.100.8", "served"],
        ["1.2.3.4, 198.51.100.7", "refused"],
      ]);
    });
  });
});

describe("a lock-out attempt on sign-in", () => {
  const attempt = (peer: string, login: string, password: string) =>
    fromPeer(t.app, peer, "/api/v1/session", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login, password }),
    });

  it("an attacker guessing from elsewhere slows only themself; the owner signs in from their own address", async () => {
    const login = "executor.akmola-edu";
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await attempt("198.51.100.66", login, `guess${i}`)).status);
    assert.deepEqual(statuses.slice(0, 5), [401, 401, 401, 401, 401]);
    assert.equal(statuses[5], 429, "after five failures the attacker has to wait");
    const blocked = await attempt("198.51.100.66", login, "demo");
    assert.equal(blocked.status, 429, "even with the right password, from the attacker's address");
    assert.equal(((await blocked.json()) as Problem).code, "sign_in_blocked");

    const owner = await attempt("203.0.113.10", login, "demo");
    assert.equal(owner.status, 200, "the owner is not locked out");
  });

  it("the wait doubles and then lifts: a backoff, not a block", async () => {
    const login = "head.akmola-akimat";
    const peer = "198.51.100.77";
    for (let i = 0; i < 5; i++) assert.equal((await attempt(peer, login, `x${i}`)).status, 401);
    assert.equal((await attempt(peer, login, "x")).status, 429);
    const start = Date.parse("2026-11-20T05:00:00Z");
    t.setNow(new Date(start + 1_500));
    assert.equal((await attempt(peer, login, "x6")).status, 401, "after a second one more try");
    assert.equal((await attempt(peer, login, "x")).status, 429);
    t.setNow(new Date(start + 3_000));
    assert.equal((await attempt(peer, login, "x")).status, 429, "the next wait is two seconds");
    t.setNow(new Date(start + 4_000));
    assert.equal((await attempt(peer, login, "demo")).status, 200);
    t.setNow("2026-11-20T05:00:00Z");
  });

  it("password spraying from one address is slowed across logins", async () => {
    const peer = "198.51.100.88";
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await attempt(peer, `sprayed.${i}`, "123456")).status);
    assert.deepEqual(
      statuses.map((s, i) => [i, s]).filter(([, s]) => s === 429),
      [[30, 429]],
      "the 31st failure from the address waits",
    );
    assert.equal((await attempt(peer, "registrar.gov4c-akmola", "demo")).status, 429);
    assert.equal((await attempt("203.0.113.11", "registrar.gov4c-akmola", "demo")).status, 200);
  });
});

describe("PUBLIC_URL", () => {
  it("with a trailing slash: a proxied browser POST from that origin passes, another origin is 403, notice links use it and never the Host", async () => {
    await withSettings({ PUBLIC_URL: "https://shagym.example.kz/" }, async () => {
      assert.equal(t.config.publicUrl, "https://shagym.example.kz");
      // Behind a proxy the app sees its internal address; the browser sends the public origin.
      const client = new Client(t.app, "http://10.0.0.5:3000");
      await client.get("/en/sign-in");
      const csrf = client.csrf();
      const post = (origin: string) =>
        client.request("/en/sign-in", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", origin },
          body: new URLSearchParams({ login: "900101300126", password: "demo", _csrf: csrf }),
        });
      assert.equal((await post("https://evil.example")).status, 403);
      assert.equal(
        (await post("https://shagym.example.kz")).status,
        303,
        "the proxied form POST is accepted",
      );

      const citizen = await apiAs(t, "900101300126");
      assert.equal((await citizen.post("/api/v1/complaints", validComplaint())).status, 201);
      const browser = new Client(t.app, "http://evil.example");
      await browser.signIn("900101300126", "demo", "en");
      const mailbox = await browser.get("/en/dev/mailbox");
      assert.equal(mailbox.status, 200);
      const html = await mailbox.text();
      assert.match(html, /https:\/\/shagym\.example\.kz\/(kk|ru|en)\//);
      assert.doesNotMatch(html, /evil\.example/);
      assert.doesNotMatch(html, /shagym\.example\.kz\/\//, "no double slash from a trailing one");
    });
  });
});

describe("logs, caches and sessions", () => {
  it("the access log has the path without its query (check codes, IINs) and the client address", async () => {
    const lines: string[] = [];
    const saved = t.deps.log;
    t.deps.log = createLogger({ logLevel: "info" }, { write: (line: string) => lines.push(line) });
    try {
      await t.app.request("/api/v1/status?number=АБВ-1&code=K7M2P9QX&iin=900101300126");
    } finally {
      t.deps.log = saved;
    }
    const line = lines.find((l) => l.includes('"msg":"request"'));
    assert.ok(line, lines.join("\n"));
    assert.match(line, /"path":"\/api\/v1\/status"/);
    assert.match(line, /"ip":"local"/);
    assert.doesNotMatch(line, /K7M2P9QX|900101300126|number=/);
  });

  it("/metrics asks for METRICS_TOKEN when it is set, and is absent in production without one", async () => {
    const saved = { metricsToken: t.config.metricsToken, production: t.config.production };
    try {
      Object.assign(t.config, { metricsToken: "m".repeat(32) });
      assert.equal((await t.app.request("/metrics")).status, 401);
      assert.equal(
        (await t.app.request("/metrics", { headers: { authorization: "Bearer wrong" } })).status,
        401,
      );
      const ok = await t.app.request("/metrics", { headers: { authorization: `Bearer ${"m".repeat(32)}` } });
      assert.equal(ok.status, 200);
      assert.match(await ok.text(), /http_requests_total/);
      Object.assign(t.config, { metricsToken: undefined, production: true });
      assert.equal((await t.app.request("/metrics")).status, 404);
    } finally {
      Object.assign(t.config, saved);
    }
  });

  it("personal pages and API answers are Cache-Control: no-store; static assets may be cached", async () => {
    const browser = new Client(t.app);
    await browser.signIn("900101300126");
    for (const path of ["/kk/cabinet", "/kk/sign-in", "/api/v1/complaints", "/api/v1/health"]) {
      const res = await browser.get(path);
      assert.equal(res.headers.get("cache-control"), "no-store", path);
    }
    const citizen = await apiAs(t, "900101300126");
    const problem = await citizen.get("/api/v1/complaints/00000000-0000-0000-0000-000000000000");
    assert.equal(problem.headers.get("cache-control"), "no-store", "errors too");
  });

  it("a session ends after SESSION_MAX_HOURS however active it is", async () => {
    const browser = new Client(t.app);
    await browser.signIn("850315450011");
    const start = Date.parse("2026-11-20T05:00:00Z");
    try {
      // Active every hour: the idle expiry (8 h) never comes …
      for (let hour = 1; hour < 12; hour++) {
        t.setNow(new Date(start + hour * 3_600_000));
        assert.equal((await browser.get("/kk/cabinet")).status, 200, `hour ${hour}`);
      }
      // … but twelve hours after sign-in it is over.
      t.setNow(new Date(start + 12 * 3_600_000 + 60_000));
      const res = await browser.get("/kk/cabinet");
      assert.equal(res.status, 303);
      assert.match(res.headers.get("location") ?? "", /sign-in/);
    } finally {
      t.setNow("2026-11-20T05:00:00Z");
    }
  });
});

describe("field-level visibility", () => {
  it("the operator who took a call cannot reach the body's internal comments or the full IIN by any read", async () => {
    const operator = await apiAs(t, "operator.1414");
    const { receivedAt: _none, ...caller } = officeComplaint({ reasons: "Қоңырау бойынша." }) as Record<
      string,
      unknown
    >;
    const res = await operator.post("/api/v1/contact-centre/complaints", caller);
    assert.equal(res.status, 201);
    const { id } = (await res.json()) as { id: string };
    const registrar = await apiAs(t, "registrar.akmola-edu");
    assert.equal((await registrar.post(`/api/v1/complaints/${id}/register`, {})).status, 200);
    const secret = "ішкі ескертпе: қоңырау шалушы туралы";
    assert.equal((await registrar.post(`/api/v1/complaints/${id}/comments`, { text: secret })).status, 201);
    for (const path of [
      `/api/v1/complaints/${id}`,
      `/api/v1/complaints/${id}?include=events&fields=applicant.iin`,
      `/api/v1/complaints/${id}/history`,
      `/api/v1/complaints/${id}/case-file`,
      `/api/v1/complaints?q=${encodeURIComponent("Ахметова")}`,
    ]) {
      const text = await (await operator.get(path)).text();
      assert.ok(!text.includes(secret), `${path}: no internal comment`);
      assert.ok(!text.includes("850315450011"), `${path}: no full IIN`);
    }
  });
});
