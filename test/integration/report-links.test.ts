import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { complaints, organizations } from "../../src/db/schema.ts";
import { canSee } from "../../src/domain/access.ts";
import { complaintScope } from "../../src/queries/complaint-scope.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { reportDataSql } from "../support/report-data.ts";

// Every number of the report links to the inbox listing the complaints behind it (docs/reports.md,
// "Every number links to its complaints"): 800 generated complaints over every body, October and
// November 2026 (today, the app's clock, is 20 November: some open ones overdue, some not).
let t: TestApp;
before(async () => {
  t = await testApp();
  await t.database.exec(reportDataSql({ total: 800, from: "2026-10-01", days: 50, prefix: "l" }));
});
after(() => t.close());

const PERIOD = "from=2026-10&to=2026-11";

async function signedIn(login: string, lang = "en") {
  const client = new Client(t.app);
  assert.equal((await client.signIn(login, "demo", lang)).status, 303);
  return client;
}

type Link = { table: string; href: string; shown: number };

/** The numbers of a report page that are links: where each leads and the number it shows. */
function links(html: string): Link[] {
  return [
    ...html.matchAll(
      /<a class="govuk-link" href="([^"]+)" data-link="([^"]+)" data-count="(\d+)">([\s\S]*?)<\/a>/g,
    ),
  ].map((m) => {
    // A count, or a ratio ("n of m (x %)", "m ішінен n (x %)"): the link lists its n.
    const text = m[4]!.replace(/<[^>]+>/g, "");
    assert.ok(text.match(/\d+/g)?.includes(m[3]!), `${m[3]} shown in "${text}"`);
    return { table: m[2]!, href: m[1]!.replaceAll("&amp;", "&"), shown: Number(m[3]) };
  });
}

/** The inbox's total ("Found: N"). */
const found = (html: string) => Number(/role="status">\s*[^<:]*:\s*(\d+)/.exec(html)?.[1] ?? Number.NaN);

async function followAll(client: Client, page: string) {
  const res = await client.get(page);
  assert.equal(res.status, 200);
  const all = links(await res.text());
  for (const link of all) {
    const inbox = await client.get(link.href);
    assert.equal(inbox.status, 200, link.href);
    const html = await inbox.text();
    assert.equal(found(html), link.shown, `${link.table}: ${link.href}`);
  }
  return all;
}

describe("report links", () => {
  it("every number of the administrator's report lists exactly its complaints", async () => {
    const all = await followAll(await signedIn("admin"), `/en/reports?${PERIOD}`);
    const tables = new Set(all.map((l) => l.table));
    for (const table of ["total", "body", "service", "month", "outcomes", "refusalsByGround", "grounds"])
      assert.ok(tables.has(table), `links in ${table}`);
    // Not a comparison of zeros: the totals count hundreds, every measure's filter is there.
    const total = all.filter((l) => l.table === "total");
    assert.equal(total.length, 8);
    assert.ok(total.every((l) => l.shown > 0));
    for (const filter of [
      "unit=complaint",
      "clock=registration&met=0",
      "clock=forward&met=1",
      "clock=review&met=1",
    ])
      assert.ok(
        total.some((l) => l.href.includes(filter)),
        filter,
      );
    assert.ok(all.some((l) => l.href.includes("service=none")));
  });

  it("under the filters of the report too (region, service, ground), in the reader's language", async () => {
    const client = await signedIn("admin", "ru");
    const all = await followAll(client, `/ru/reports?${PERIOD}&region=11&ground=refusal`);
    assert.ok(all.length > 20 && all.every((l) => l.href.startsWith("/ru/staff?")));
    assert.ok(all.every((l) => l.href.includes("region=11") && l.href.includes("ground=refusal")));
    // The grounds table under a ground filter links that ground's row alone.
    assert.equal(all.filter((l) => l.table === "grounds").length, 1);
  });

  it("a regional department's numbers list its region's complaints; a head's their body's", async () => {
    const quality = await followAll(await signedIn("head.quality-akmola"), `/en/reports?${PERIOD}`);
    assert.ok(quality.some((l) => l.table === "total" && l.shown > 0));
    const head = await followAll(await signedIn("head.akmola-edu", "kk"), `/kk/reports?${PERIOD}`);
    assert.ok(head.some((l) => l.table === "total" && l.shown > 0));
    assert.ok(head.every((l) => l.href.startsWith("/kk/staff?")));
  });

  it("an akimat reports on bodies whose complaints it may not open: only its own are linked", async () => {
    const client = await signedIn("head.akmola-akimat");
    const html = await (await client.get(`/en/reports?${PERIOD}`)).text();
    const all = links(html);
    assert.ok(all.every((l) => l.table === "body" && l.href.includes("body=akmola-akimat")));
    assert.ok(/data-table="body"/.test(html));
  });

  it("keeps the inbox within the reader's scope: a forged link lists nothing of another body", async () => {
    const head = await signedIn("head.akmola-edu");
    const own = found(await (await head.get("/en/staff?from=2026-10-01&to=2026-11-30")).text());
    assert.ok(own > 0);
    const other = await (await head.get("/en/staff?from=2026-10-01&to=2026-11-30&body=gov4c-akmola")).text();
    assert.equal(found(other), 0);
    const quality = await signedIn("head.quality-akmola");
    const karaganda = await (await quality.get("/en/staff?from=2026-10-01&to=2026-11-30&region=35")).text();
    assert.equal(found(karaganda), 0);
    // Each complaint listed is one the reader may see (the access table's own answer).
    const listed = await (await quality.get("/en/staff?from=2026-10-01&to=2026-11-30")).text();
    const ids = [...listed.matchAll(/href="\/en\/staff\/complaints\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    assert.equal(ids.length, 25);
    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, "quality-akmola"));
    const viewer = {
      id: "x",
      role: "head" as const,
      organizationId: "quality-akmola",
      organizationKind: "quality_authority" as const,
      regionCode: org!.regionCode,
    };
    for (const id of ids) {
      const [row] = await t.db.select().from(complaints).where(eq(complaints.id, id));
      assert.ok(canSee(viewer, await complaintScope(t.db, row!, [], "2026-11-20")), id);
    }
    // Report filters are for the report's readers.
    const registrar = await signedIn("registrar.akmola-edu");
    assert.equal((await registrar.get("/en/staff?from=2026-10-01&to=2026-11-30")).status, 403);
  });

  it("shows the active filters, checks them, and keeps them across pages", async () => {
    const client = await signedIn("admin");
    const res = await client.get("/en/staff?from=2026-10-01&to=2026-11-30&answer=withdrawn&body=akmola-edu");
    const html = await res.text();
    assert.match(html, /data-testid="report-filters"/);
    assert.match(html, /data-filter="answer">Withdrawn</);
    assert.match(html, /data-filter="body">Education Department of Akmola Region</);
    const bad = await client.get("/en/staff?from=2026-11-31&to=2026-10-01&answer=maybe");
    assert.equal(bad.status, 422);
    const text = await bad.text();
    assert.match(text, /govuk-error-summary/);
    const order = await client.get("/en/staff?from=2026-11-01&to=2026-10-01");
    assert.equal(order.status, 422);
    assert.match(await order.text(), /The end of the period cannot be before its start/);
    // Page 2 of a long list carries the report filters.
    const long = await (await client.get("/en/staff?from=2026-10-01&to=2026-11-30&unit=complaint")).text();
    assert.match(
      long.replaceAll("&amp;", "&"),
      /href="\/en\/staff\?from=2026-10-01&to=2026-11-30&unit=complaint[^"]*page=2"/,
    );
  });
});
