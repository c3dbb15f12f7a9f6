import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { t } from "../../src/i18n/index.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, validComplaint } from "../support/complaints.ts";

let app: TestApp;
before(async () => {
  app = await testApp();
});
after(() => app.close());

async function signedIn(login: string) {
  const client = new Client(app.app);
  assert.equal((await client.signIn(login)).status, 303);
  return client;
}

describe("the personal cabinet", () => {
  it("a citizen without complaints sees their name, an empty list and the way to file one", async () => {
    const client = await signedIn("850315450011");
    const res = await client.get("/kk/cabinet");
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.ok(html.includes("Ахметова Динара Серікқызы"));
    assert.ok(html.includes(t("kk", "cabinet.none")));
    assert.ok(html.includes('href="/kk/complaints/new"'));
  });

  it("lists the citizen's own complaints with status, reference and link, markup escaped; not others'", async () => {
    const citizen = await apiAs(app, "900101300126");
    const created = await citizen.post(
      "/api/v1/complaints",
      validComplaint({ reasons: `<b>bold</b> <script>alert(1)</script> мерзім бұзылды` }),
    );
    assert.equal(created.status, 201);
    const { id } = (await created.json()) as { id: string };

    const client = await signedIn("900101300126");
    const html = await (await client.get("/ru/cabinet")).text();
    assert.ok(html.includes(`href="/ru/complaints/${id}"`));
    assert.ok(html.includes(id.slice(0, 8).toUpperCase()));
    assert.ok(html.includes(t("ru", "status.submitted")));
    assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert.ok(!html.includes("<script>alert(1)"));
    assert.ok(!html.includes("<b>bold</b>"));

    const other = await signedIn("850315450011");
    const otherHtml = await (await other.get("/ru/cabinet")).text();
    assert.ok(!otherHtml.includes(id));
  });

  it("offers to continue a started draft", async () => {
    const client = await signedIn("850315450011");
    await client.get("/en/complaints/new");
    const start = await client.postForm("/en/complaints/new", {});
    const draftId = /new\/([0-9a-f-]{36})\//.exec(start.headers.get("location")!)![1]!;
    const html = await (await client.get("/en/cabinet")).text();
    assert.ok(html.includes(`/en/complaints/new/${draftId}/check`));
  });

  it("staff do not get the citizen's cabinet (their inbox, or the simple page)", async () => {
    const client = await signedIn("head.akmola-edu");
    const res = await client.get("/en/cabinet");
    if (res.status === 303) {
      assert.doesNotMatch(res.headers.get("location")!, /complaints\/new/);
      return;
    }
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.ok(html.includes(t("en", "cabinet.role", { role: t("en", "role.head") })));
    assert.ok(!html.includes('href="/en/complaints/new"'));
  });

  it("the help page exists in every language with the contact centre and the regional numbers", async () => {
    for (const lang of ["kk", "ru", "en"] as const) {
      const res = await app.app.request(`/${lang}/help`);
      assert.equal(res.status, 200);
      const html = await res.text();
      for (const text of [
        "1414",
        "8-800-080-7777",
        "8-(716-2) 903116",
        "87212504066",
        "87214950962",
        "gov4c.kz",
        "egov.kz",
      ]) {
        assert.ok(html.includes(text), `${lang}: ${text}`);
      }
      assert.ok(html.includes(t(lang, "help.court.title")));
      assert.ok(html.includes(t(lang, "help.home.text")));
    }
    const home = await (await app.app.request("/kk")).text();
    assert.ok(home.includes('href="/kk/help"'), "linked from the home page and footer");
  });
});
