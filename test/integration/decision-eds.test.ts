import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import { auditEvents, complaints, users } from "../../src/db/schema.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, ok, validComplaint } from "../support/complaints.ts";
import { pdfText } from "../support/pdf.ts";
import { type Issued, issue, signCms, testPki, trustStore } from "../support/pki.ts";

/**
 * A head signs the decision with EDS (issue 14): a detached CMS over the exact text of
 * `POST /complaints/{id}/decision/text`, checked by the same verify-cms (chain to EDS_TRUST_DIR,
 * validity, CRL) and — staff accounts have no IIN — the certificate's surname equal to the head's.
 * Stored with the decision, shown on both complaint pages and the letter, audited; every refusal
 * is 422 on `cms` and nothing is decided.
 */

const HEAD = "head.akmola-akimat";
let t: TestApp;
let pki: Awaited<ReturnType<typeof testPki>>;
let headCert: Issued;
let trust: ReturnType<typeof trustStore>;

before(async () => {
  pki = await testPki("ECDSA", "900101300126", "850315450011");
  trust = trustStore(pki);
  t = await testApp({ EDS_TRUST_DIR: trust.dir });
  t.setNow("2026-11-20T05:00:00Z");
  const [head] = await t.db.select().from(users).where(eq(users.login, HEAD));
  const surname = head!.surname;
  assert.ok(surname, "the head's surname");
  headCert = await issue({
    cn: `${surname.toLocaleUpperCase("kk")} HEAD`,
    kind: "ECDSA",
    issuer: pki.intermediate,
  });
});
after(async () => {
  await t.close();
  trust.remove();
});

/** A complaint forwarded to the akimat and registered there (its head may decide it). */
async function registered(): Promise<string> {
  const citizen = await apiAs(t, "900101300126");
  const { id } = await ok<{ id: string }>(await citizen.post("/api/v1/complaints", validComplaint()), 201);
  await ok(await (await apiAs(t, "registrar.akmola-edu")).post(`/api/v1/complaints/${id}/register`, {}));
  await ok(
    await (await apiAs(t, "head.akmola-edu")).post(`/api/v1/complaints/${id}/forward`, {
      explanation: "Кезек тәртібі сақталды",
    }),
  );
  await ok(await (await apiAs(t, "registrar.akmola-akimat")).post(`/api/v1/complaints/${id}/register`, {}));
  return id;
}

const decision = { outcome: "satisfied", text: "Өтініш берушіні кезекке қайта қою." };
const statusOf = async (id: string) =>
  (await t.db.select().from(complaints).where(eq(complaints.id, id)))[0]!;

describe("a head signs the decision with EDS", () => {
  it("stores a signed decision and shows it on the staff and citizen pages and in the letter, audited", async () => {
    const id = await registered();
    const head = await apiAs(t, HEAD);
    const { text, sha256 } = await ok<{ text: string; sha256: string }>(
      await head.post(`/api/v1/complaints/${id}/decision/text`, decision),
    );
    assert.ok(text.includes(decision.text));
    const cms = await signCms(text, headCert, [pki.intermediate]);
    await ok(await head.post(`/api/v1/complaints/${id}/decision`, { ...decision, cms }));
    const row = await statusOf(id);
    assert.equal(row.status, "decided");
    assert.equal(row.decision?.signature?.method, "eds_cms");
    assert.equal(row.decision?.signature?.sha256, sha256);
    assert.match(row.decision?.signature?.eds?.subject ?? "", /CN=.* HEAD/);
    const audited = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "decision.eds_signed"), eq(auditEvents.entityId, id)));
    assert.equal(audited.length, 1);

    const staff = new Client(t.app);
    await staff.signIn(HEAD, "demo", "en");
    const staffPage = await (await staff.get(`/en/staff/complaints/${id}`)).text();
    assert.match(staffPage, /data-test="decision-eds"[^>]*>Signed with EDS by [^<]* HEAD/);
    const citizen = new Client(t.app);
    await citizen.signIn("900101300126", "demo", "en");
    const citizenPage = await (await citizen.get(`/en/complaints/${id}`)).text();
    assert.match(citizenPage, /Signed with EDS by [^<]* HEAD/);
    assert.ok(citizenPage.includes(sha256));

    const pdf = await pdfText(
      await (
        await (await apiAs(t, "900101300126")).get(`/api/v1/complaints/${id}/decision.pdf?lang=en`)
      ).arrayBuffer(),
    );
    assert.match(pdf, /Signed with EDS by/);
    assert.match(pdf, /HEAD/);
  });

  for (const [name, code] of [
    ["a signature over another text", "eds_content"],
    ["an untrusted chain", "eds_chain"],
    ["another person's certificate (surname)", "eds_name"],
  ] as const) {
    it(`refuses ${name}: 422 on cms (${code}), nothing decided`, async () => {
      const id = await registered();
      const head = await apiAs(t, HEAD);
      const { text } = await ok<{ text: string }>(
        await head.post(`/api/v1/complaints/${id}/decision/text`, decision),
      );
      const cms = await signCmsOver(text, code);
      const res = await head.post(`/api/v1/complaints/${id}/decision`, { ...decision, cms });
      assert.equal(res.status, 422);
      const problem = (await res.json()) as { errors: { field: string; code: string }[] };
      assert.deepEqual(
        problem.errors.map((e) => [e.field, e.code]),
        [["cms", code]],
      );
      assert.equal((await statusOf(id)).status, "registered");
      assert.equal((await statusOf(id)).decision, null);
    });
  }

  it("refuses a signature over the text when the decision posted differs (tampered)", async () => {
    const id = await registered();
    const head = await apiAs(t, HEAD);
    const { text } = await ok<{ text: string }>(
      await head.post(`/api/v1/complaints/${id}/decision/text`, decision),
    );
    const cms = await signCms(text, headCert, [pki.intermediate]);
    const res = await head.post(`/api/v1/complaints/${id}/decision`, {
      ...decision,
      text: `${decision.text} Және өтемақы.`,
      cms,
    });
    assert.equal(res.status, 422);
    assert.equal(((await res.json()) as { errors: { code: string }[] }).errors[0]!.code, "eds_content");
    assert.equal((await statusOf(id)).status, "registered");
  });

  it("the staff page: the decide form gives the text to sign and takes the CMS; unsigned decisions stay allowed", async () => {
    const id = await registered();
    const staff = new Client(t.app);
    await staff.signIn(HEAD, "demo", "en");
    const page = await (await staff.get(`/en/staff/complaints/${id}`)).text();
    assert.match(page, /name="cms"/);
    const textPage = await staff.postForm(`/en/staff/complaints/${id}/decision-text`, decision);
    assert.equal(textPage.status, 200);
    const html = await textPage.text();
    const sha256 = /name="sha256" value="([0-9a-f]{64})"/.exec(html)![1]!;
    const shown = /<pre[^>]*data-signed-text[^>]*>([^<]*)<\/pre>/
      .exec(html)![1]!
      .replaceAll("&quot;", '"')
      .replaceAll("&amp;", "&")
      .replaceAll("&#39;", "'");
    const cms = await signCms(shown, headCert, [pki.intermediate]);
    const done = await staff.postForm(`/en/staff/complaints/${id}/decide`, { ...decision, sha256, cms });
    assert.equal(done.status, 303, await done.clone().text());
    assert.equal((await statusOf(id)).decision?.signature?.sha256, sha256);

    const unsigned = await registered();
    await staff.get(`/en/staff/complaints/${unsigned}`);
    const plain = await staff.postForm(`/en/staff/complaints/${unsigned}/decide`, decision);
    assert.equal(plain.status, 303);
    assert.equal((await statusOf(unsigned)).decision?.signature, undefined);
  });
});

describe("DECISION_EDS_REQUIRED on", () => {
  it("refuses an unsigned decision (422 decision_signature_required on cms) and takes a signed one", async () => {
    const strict = await testApp({ EDS_TRUST_DIR: trust.dir, DECISION_EDS_REQUIRED: "on" });
    try {
      strict.setNow("2026-11-20T05:00:00Z");
      const citizen = await apiAs(strict, "900101300126");
      const { id } = await ok<{ id: string }>(
        await citizen.post("/api/v1/complaints", validComplaint()),
        201,
      );
      await ok(
        await (await apiAs(strict, "registrar.akmola-edu")).post(`/api/v1/complaints/${id}/register`, {}),
      );
      await ok(
        await (await apiAs(strict, "head.akmola-edu")).post(`/api/v1/complaints/${id}/forward`, {
          explanation: "Кезек тәртібі сақталды",
        }),
      );
      await ok(
        await (await apiAs(strict, "registrar.akmola-akimat")).post(`/api/v1/complaints/${id}/register`, {}),
      );
      const head = await apiAs(strict, HEAD);
      const unsigned = await head.post(`/api/v1/complaints/${id}/decision`, decision, {
        "accept-language": "en",
      });
      assert.equal(unsigned.status, 422);
      const problem = (await unsigned.json()) as {
        errors: { field: string; code: string; message: string }[];
      };
      assert.deepEqual(
        problem.errors.map((e) => [e.field, e.code]),
        [["cms", "decision_signature_required"]],
      );
      assert.match(problem.errors[0]!.message, /Sign the decision with EDS/);
      const { text } = await ok<{ text: string }>(
        await head.post(`/api/v1/complaints/${id}/decision/text`, decision),
      );
      const cms = await signCms(text, headCert, [pki.intermediate]);
      await ok(await head.post(`/api/v1/complaints/${id}/decision`, { ...decision, cms }));
    } finally {
      await strict.close();
    }
  });
});

/** A CMS over the right text by the certificate each refusal needs. */
function signCmsOver(text: string, code: string) {
  if (code === "eds_content") return signCms(`${text} `, headCert, [pki.intermediate]);
  if (code === "eds_chain") return signCms(text, pki.untrusted, []);
  return signCms(text, pki.leaf, [pki.intermediate]);
}
