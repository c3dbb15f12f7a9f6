import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, count, eq, sql } from "drizzle-orm";
import { auditEvents, complaints } from "../../src/db/schema.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, completeDraft, validComplaint } from "../support/complaints.ts";
import { signCms, testPki, trustStore } from "../support/pki.ts";

const IIN = "900101300126";
let t: TestApp;
let pki: Awaited<ReturnType<typeof testPki>>;
let trust: ReturnType<typeof trustStore>;
before(async () => {
  pki = await testPki("ECDSA", IIN, "850315450011");
  trust = trustStore(pki);
  t = await testApp({ EDS_TRUST_DIR: trust.dir });
  t.setNow("2026-11-20T05:00:00Z");
});
after(async () => {
  await t.close();
  trust.remove();
});

const complaintCount = async () => (await t.db.select({ n: count() }).from(complaints))[0]!.n;

describe("filing signed with EDS (API)", () => {
  it("gives the exact text; a CMS over it by the applicant's certificate signs the complaint", async () => {
    const citizen = await apiAs(t, IIN);
    const body = validComplaint();
    const res = await citizen.post("/api/v1/signatures/text", { complaint: body });
    assert.equal(res.status, 200);
    const { text, sha256 } = (await res.json()) as { text: string; sha256: string };
    const cms = await signCms(text, pki.leaf, [pki.intermediate]);
    const filed = await citizen.post("/api/v1/complaints", {
      ...body,
      signature: { method: "eds_cms", cms },
    });
    assert.equal(filed.status, 201, await filed.clone().text());
    const view = (await filed.json()) as {
      signature: { method: string; sha256: string; eds: { iin: string; checks: { ok: boolean }[] } };
    };
    assert.equal(view.signature.method, "eds_cms");
    assert.equal(view.signature.sha256, sha256);
    assert.equal(view.signature.eds.iin, IIN);
    assert.ok(view.signature.eds.checks.every((c) => c.ok));
  });

  for (const [name, signer, code] of [
    ["a revoked certificate", () => pki.revoked, "eds_revocation"],
    ["an expired certificate", () => pki.expired, "eds_validity"],
    ["another person's certificate", () => pki.stranger, "eds_iin"],
    ["an untrusted chain", () => pki.untrusted, "eds_chain"],
  ] as const) {
    it(`refuses ${name} (422 ${code}), files nothing, audits the refusal`, async () => {
      const citizen = await apiAs(t, IIN);
      const body = validComplaint();
      const { text } = (await (
        await citizen.post("/api/v1/signatures/text", { complaint: body })
      ).json()) as {
        text: string;
      };
      const chain = signer() === pki.untrusted ? [pki.outsider] : [pki.intermediate];
      const before = await complaintCount();
      const res = await citizen.post(
        "/api/v1/complaints",
        { ...body, signature: { method: "eds_cms", cms: await signCms(text, signer(), chain) } },
        { "accept-language": "en" },
      );
      assert.equal(res.status, 422);
      const problem = (await res.json()) as { errors: { field: string; code: string; message: string }[] };
      assert.deepEqual(
        problem.errors.map((e) => [e.field, e.code]),
        [["signature.cms", code]],
      );
      assert.ok(problem.errors[0]!.message.length > 10);
      assert.equal(await complaintCount(), before);
      const audited = await t.db
        .select()
        .from(auditEvents)
        .where(
          and(eq(auditEvents.action, "signature.eds_refused"), sql`${auditEvents.data}->>'reason' = ${code}`),
        );
      assert.ok(audited.length >= 1);
    });
  }

  it("refuses a signature over a text changed after signing", async () => {
    const citizen = await apiAs(t, IIN);
    const body = validComplaint();
    const { text } = (await (await citizen.post("/api/v1/signatures/text", { complaint: body })).json()) as {
      text: string;
    };
    const cms = await signCms(text, pki.leaf, [pki.intermediate]);
    const res = await citizen.post("/api/v1/complaints", {
      ...body,
      reasons: `${body.reasons} Тағы.`,
      signature: { method: "eds_cms", cms },
    });
    assert.equal(res.status, 422);
    assert.equal(((await res.json()) as { errors: { code: string }[] }).errors[0]!.code, "eds_content");
  });
});

describe("the EDS page (no JavaScript: a pasted CMS)", () => {
  it("shows the text and what to do without NCALayer, refuses a bad CMS in place, files a good one", async () => {
    const client = new Client(t.app);
    await client.signIn(IIN, "demo", "ru");
    const draftId = await completeDraft(t.db, IIN, new Date("2026-11-20T05:00:00Z"));
    assert.equal((await client.get(`/ru/complaints/new/${draftId}/declaration`)).status, 200);
    assert.match(client.lastHtml, new RegExp(`href="/ru/complaints/new/${draftId}/declaration/eds"`));
    const page = `/ru/complaints/new/${draftId}/declaration/eds`;
    assert.equal((await client.get(page)).status, 200);
    assert.match(client.lastHtml, /Если NCALayer не запущен/);
    assert.match(client.lastHtml, /127\.0\.0\.1:13579/);
    const sha256 = /name="sha256" value="([0-9a-f]{64})"/.exec(client.lastHtml)![1]!;
    const text = /<pre[^>]*data-signed-text[^>]*>([\s\S]*?)<\/pre>/
      .exec(client.lastHtml)![1]!
      .replaceAll("&quot;", '"')
      .replaceAll("&#39;", "'")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&");

    const empty = await client.postForm(page, { sha256, cms: "" });
    assert.equal(empty.status, 422);
    assert.match(client.lastHtml, /href="#cms"/);
    const revoked = await client.postForm(page, {
      sha256,
      cms: await signCms(text, pki.revoked, [pki.intermediate]),
    });
    assert.equal(revoked.status, 422);
    assert.match(client.lastHtml, /Сертификат отозван/);

    const good = await client.postForm(page, {
      sha256,
      cms: await signCms(text, pki.leaf, [pki.intermediate]),
    });
    assert.equal(good.status, 303, client.lastHtml.match(/govuk-error-message[^<]*<[^>]*>[^<]*/)?.[0]);
    const id = /\/ru\/complaints\/([0-9a-f-]{36})\/submitted$/.exec(good.headers.get("location")!)![1]!;
    const [row] = await t.db.select().from(complaints).where(eq(complaints.id, id));
    assert.equal(row!.signature!.method, "eds_cms");
    assert.equal(row!.signature!.sha256, sha256);

    // Staff see the certificate and the checks.
    const staff = new Client(t.app);
    await staff.signIn("registrar.akmola-edu", "demo", "ru");
    assert.equal((await staff.get(`/ru/staff/complaints/${id}`)).status, 200);
    assert.match(staff.lastHtml, /SERIALNUMBER=IIN900101300126/);
    assert.match(staff.lastHtml, /не отозван \(CRL\)/);
  });
});
