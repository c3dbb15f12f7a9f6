import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import SwaggerParser from "@apidevtools/swagger-parser";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, validComplaint } from "../support/complaints.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

describe("languages", () => {
  it("redirects the root by cookie, then Accept-Language, default Kazakh", async () => {
    const get = (headers: Record<string, string>) => t.app.request("/", { headers });
    assert.equal((await get({})).headers.get("location"), "/kk");
    assert.equal(
      (await get({ "accept-language": "ru-RU,ru;q=0.9,en;q=0.5" })).headers.get("location"),
      "/ru",
    );
    assert.equal((await get({ "accept-language": "de, en;q=0.4" })).headers.get("location"), "/en");
    assert.equal((await get({ cookie: "lang=en", "accept-language": "ru" })).headers.get("location"), "/en");
  });

  it("serves each page in its language with <html lang> and a switch to the others", async () => {
    for (const [lang, title] of [
      ["kk", "Мемлекеттік қызметке шағымдану"],
      ["ru", "Обжалование государственной услуги"],
      ["en", "Appeal a public service"],
    ] as const) {
      const res = await t.app.request(`/${lang}/sign-in?next=/${lang}/cabinet`);
      const html = await res.text();
      assert.ok(html.startsWith("<!DOCTYPE html>"));
      assert.match(html, new RegExp(`<html lang="${lang}"`));
      for (const other of ["kk", "ru", "en"].filter((l) => l !== lang)) {
        assert.match(html, new RegExp(`href="/${other}/sign-in\\?next=/${lang}/cabinet"`));
      }
      const home = await (await t.app.request(`/${lang}`)).text();
      assert.match(home, new RegExp(title));
      assert.match(home, /1414/);
      assert.match(home, /8-800-080-7777/);
    }
  });

  it("remembers the chosen language in a cookie", async () => {
    const client = new Client(t.app);
    await client.get("/ru");
    assert.equal(client.cookies.get("lang"), "ru");
    assert.equal((await client.get("/")).headers.get("location"), "/ru");
  });

  it("answers an unknown page with a localized 404", async () => {
    const res = await t.app.request("/ru/no-such-page");
    assert.equal(res.status, 404);
    assert.match(await res.text(), /Страница не найдена/);
    assert.equal((await t.app.request("/xx/cabinet")).status, 404);
    const api = await t.app.request("/api/v1/nothing", { headers: { "accept-language": "en" } });
    assert.equal(api.status, 404);
    assert.equal(((await api.json()) as { title: string }).title, "Page not found");
  });
});

describe("demo world and sign-in page", () => {
  it("lists the demo accounts of api.md on the sign-in page in demo mode", async () => {
    const html = await (await t.app.request("/kk/sign-in")).text();
    for (const login of [
      "900101300126",
      "850315450011",
      "registrar.akmola-edu",
      "executor.akmola-edu",
      "head.akmola-edu",
      "registrar.akmola-akimat",
      "head.akmola-akimat",
      "registrar.gov4c-akmola",
      "head.gov4c-akmola",
      "registrar.quality-karaganda",
      "head.quality-karaganda",
      "registrar.quality-akmola",
      "head.quality-akmola",
      "head.osakarovka-akimat",
      "operator.1414",
      "admin",
    ]) {
      assert.match(html, new RegExp(`<code>${login.replace(".", "\\.")}</code>`), login);
    }
    assert.match(html, /Ақмола облысының білім басқармасы/);
  });
});

describe("security and operations", () => {
  it("sends strict security headers with a CSP that allows no inline script", async () => {
    const res = await t.app.request("/kk");
    const csp = res.headers.get("content-security-policy") ?? "";
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /object-src 'none'/);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    assert.equal(res.headers.get("x-frame-options"), "SAMEORIGIN");
    assert.match(res.headers.get("strict-transport-security") ?? "", /max-age=/);
    assert.ok(res.headers.get("x-request-id"));
    assert.doesNotMatch(
      await res.text(),
      /<script>(?!<\/script>)|<script(?![^>]*src=)[^>]*>[^<]/,
      "no inline script",
    );
  });

  it("reports health with the database and exposes metrics", async () => {
    const health = await t.app.request("/api/v1/health");
    assert.deepEqual(await health.json(), { status: "ok", database: "ok" });
    const metrics = await (await t.app.request("/metrics")).text();
    assert.match(metrics, /http_requests_total/);
  });

  it("serves the re-branded govuk-frontend styles without the GDS font or crest", async () => {
    const css = await (await t.app.request("/assets/govuk.css")).text();
    assert.ok(css.length > 50_000);
    assert.doesNotMatch(css, /GDS Transport/);
    assert.doesNotMatch(css, /govuk-crest/);
    assert.equal((await t.app.request("/assets/app.js")).status, 200);
  });

  it("publishes a valid OpenAPI document", async () => {
    const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    assert.equal(doc.openapi, "3.1.0");
    assert.ok(doc.paths["/session"]);
    assert.ok(doc.paths["/complaints/{id}"]);
    await SwaggerParser.validate(structuredClone(doc) as never);
  });
});

describe("API reference", () => {
  it("serves Swagger UI at /api/docs from this server, with no inline script", async () => {
    const page = await (await t.app.request("/api/docs")).text();
    assert.match(page, /<!DOCTYPE html>/);
    assert.doesNotMatch(page, /https?:\/\//, "no CDN");
    assert.doesNotMatch(page, /<script>[^<]/);
    for (const file of ["swagger-ui.css", "swagger-ui-bundle.js", "init.js"]) {
      assert.equal((await t.app.request(`/api/docs/${file}`)).status, 200, file);
    }
  });
});

describe("request size", () => {
  it("refuses a 50 MB form post with 413 before reading it, and changes nothing", async () => {
    const client = new Client(t.app);
    await client.get("/kk/sign-in");
    const big = new Uint8Array(50 * 1024 * 1024);
    const form = new FormData();
    form.set("_csrf", client.csrf());
    form.set("file", new File([big], "huge.pdf", { type: "application/pdf" }));
    const res = await client.request("/kk/sign-in", { method: "POST", body: form });
    assert.equal(res.status, 413);
  });
});

/** Every same-site link on `html` that a GET may follow (no assets, no API, no fragments). */
function pageLinks(html: string): string[] {
  return [...html.matchAll(/<a [^>]*href="(\/(?:kk|ru|en)(?:[/?][^"#]*)?)"/g)].map((m) =>
    m[1]!.replaceAll("&amp;", "&"),
  );
}

describe("navigation: every role reaches its tools, and every link resolves", () => {
  const ROLES = [
    ["guest", "kk", ["/kk/complaints/new", "/kk/status", "/kk/deadline", "/kk/open-data"]],
    ["900101300126", "kk", ["/kk/cabinet", "/kk/complaints/new", "/kk/cabinet/notifications", "/kk/status"]],
    ["registrar.akmola-edu", "ru", ["/ru/staff", "/ru/office/complaints/new", "/ru/office"]],
    ["executor.akmola-edu", "ru", ["/ru/staff"]],
    ["head.akmola-edu", "kk", ["/kk/staff", "/kk/office", "/kk/reports"]],
    ["head.gov4c-akmola", "kk", ["/kk/staff", "/kk/office", "/kk/home-visits", "/kk/reports"]],
    ["executor.gov4c-akmola", "ru", ["/ru/staff", "/ru/home-visits"]],
    [
      "operator.1414",
      "ru",
      [
        "/ru/contact-centre",
        "/ru/contact-centre/complaints/new",
        "/ru/contact-centre/status",
        "/ru/home-visits",
        "/ru/home-visits/status",
      ],
    ],
    [
      "admin",
      "en",
      ["/en/admin/calendar", "/en/admin/users", "/en/admin/reference", "/en/reports", "/en/deadline"],
    ],
  ] as const;

  before(async () => {
    // A complaint on its way, so that cabinets, inboxes and complaint pages have links to follow.
    const citizen = await apiAs(t, "900101300126");
    assert.equal((await citizen.post("/api/v1/complaints", validComplaint())).status, 201);
  });

  for (const [login, lang, tools] of ROLES) {
    it(`${login}: the header lists its tools, the landing page marks where it is, no link is dead`, async () => {
      const client = new Client(t.app);
      if (login !== "guest") assert.equal((await client.signIn(login, "demo", lang)).status, 303);
      let landing = await client.get(login === "guest" ? `/${lang}` : `/${lang}/cabinet`);
      if (landing.status === 303) landing = await client.get(landing.headers.get("location")!);
      assert.equal(landing.status, 200);
      const html = await landing.text();
      const nav = /<nav class="app-tools"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
      assert.deepEqual(pageLinks(nav), [...tools]);

      // Crawl from the landing page: every link a page renders answers (a redirect is followed once).
      const seen = new Set<string>();
      const queue: (readonly [string, string])[] = pageLinks(html).map((href) => [href, "landing"]);
      while (queue.length && seen.size < 40) {
        const [href, from] = queue.shift()!;
        if (seen.has(href) || !href.startsWith(`/${lang}`)) continue;
        seen.add(href);
        let res = await client.get(href);
        if ([301, 302, 303].includes(res.status)) res = await client.get(res.headers.get("location")!);
        assert.equal(res.status, 200, `${login}: ${href} (linked from ${from}) answered ${res.status}`);
        if ((res.headers.get("content-type") ?? "").includes("text/html"))
          queue.push(...pageLinks(await res.text()).map((next) => [next, href] as const));
      }
      for (const tool of tools) assert.ok(seen.has(tool), `${login}: ${tool} was not reachable`);
      const last = tools[tools.length - 1]!;
      const current = await (await client.get(last)).text();
      assert.match(current, new RegExp(`href="${last}" aria-current="page"`));
    });
  }

  it("the demo banner sits inside the header's landmark", async () => {
    const html = await (await t.app.request("/ru")).text();
    const header = /<header[\s\S]*?<\/header>/.exec(html)?.[0] ?? "";
    assert.match(header, /govuk-phase-banner/);
  });

  it("a trailing slash redirects to the page without it, never off the site; /favicon.ico answers", async () => {
    const kk = await t.app.request("/kk/");
    assert.equal(kk.status, 301);
    assert.equal(kk.headers.get("location"), "/kk");
    assert.equal((await t.app.request("/ru/help/?x=1")).headers.get("location"), "/ru/help?x=1");
    assert.equal((await t.app.request("//evil.example/")).headers.get("location"), "/evil.example");
    const icon = await t.app.request("/favicon.ico");
    assert.equal(icon.status, 200);
    assert.equal(icon.headers.get("content-type"), "image/svg+xml");
  });
});

describe("the administrator's lists", () => {
  it("lists staff accounts and reference data with sources, no personal data of citizens; only for the admin", async () => {
    const admin = new Client(t.app);
    await admin.signIn("admin", "demo", "ru");
    const users = await (await admin.get("/ru/admin/users")).text();
    assert.match(users, /registrar\.akmola-edu/);
    assert.doesNotMatch(users, /900101300126|850315450011|\$argon2/, "no citizen logins, IINs or hashes");
    const reference = await (await admin.get("/ru/admin/reference")).text();
    assert.match(reference, /quality-karaganda/);
    assert.match(reference, /CIV-02/);
    assert.match(reference, /уполномоченный орган по контролю качества/);
    const registrar = new Client(t.app);
    await registrar.signIn("registrar.akmola-edu", "demo", "ru");
    assert.equal((await registrar.get("/ru/admin/users")).status, 403);
    assert.equal((await registrar.get("/ru/admin/reference")).status, 403);
  });
});
