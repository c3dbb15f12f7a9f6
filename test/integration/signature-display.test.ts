import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { complaints } from "../../src/db/schema.ts";
import type { Signature } from "../../src/domain/complaint.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, officeComplaint } from "../support/complaints.ts";
import { pdfText } from "../support/pdf.ts";

/**
 * The talon and the complaint pages (the applicant's and the staff's) say how the complaint was
 * signed: the method in words, the time, the masked phone of an SMS code, the certificate's
 * subject and IIN of an EDS signature. The signatures themselves are made and checked in
 * signatures-sms and signatures-eds; here one is stored on a registered complaint and shown.
 */

let t: TestApp;
let complaintId: string;
before(async () => {
  t = await testApp();
  const registrar = await apiAs(t, "registrar.akmola-edu");
  const res = await registrar.post("/api/v1/office/complaints", officeComplaint());
  assert.equal(res.status, 201);
  complaintId = ((await res.json()) as { id: string }).id;
});
after(() => t.close());

const SIGNED_AT = "2026-11-20T04:55:00.000Z"; // 09:55 in Astana
const SMS: Signature = {
  method: "sms_otp",
  signedAt: SIGNED_AT,
  sha256: "c".repeat(64),
  phone: "+7 702 ••• •• 43",
};
const EDS: Signature = {
  method: "eds_cms",
  signedAt: SIGNED_AT,
  sha256: "d".repeat(64),
  eds: {
    cms: "MIIB",
    certificate: "MIIC",
    subject: "CN=АХМЕТОВА ДИНАРА, SURNAME=АХМЕТОВА, SERIALNUMBER=IIN850315450011, C=KZ",
    issuer: "CN=Test Intermediate CA, C=KZ",
    serialNumber: "0a1b",
    iin: "850315450011",
    notBefore: "2026-01-01T00:00:00.000Z",
    notAfter: "2027-01-01T00:00:00.000Z",
    algorithm: "ECDSA/SHA-256",
    checks: [{ check: "signature", ok: true }],
  },
};

const signWith = (signature: Signature) =>
  t.db.update(complaints).set({ signature }).where(eq(complaints.id, complaintId));

async function talonText(lang: string) {
  const registrar = await apiAs(t, "registrar.akmola-edu");
  const res = await registrar.get(`/api/v1/complaints/${complaintId}/talon.pdf?lang=${lang}`);
  assert.equal(res.status, 200);
  return pdfText(new Uint8Array(await res.arrayBuffer()));
}

async function pageHtml(login: string, path: string) {
  const client = new Client(t.app);
  assert.equal((await client.signIn(login, "demo", "ru")).status, 303);
  const res = await client.get(path);
  assert.equal(res.status, 200, path);
  const html = await res.text();
  return /<section[^>]*data-test="signature"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
}

describe("how the complaint was signed", () => {
  it("an SMS code: the method, the masked phone and the time on the talon and both pages", async () => {
    await signWith(SMS);
    const text = await talonText("ru");
    assert.match(text, /Способ подписи одноразовым кодом из SMS, \+7 702 ••• •• 43/);
    assert.match(text, /Время подписи 20 ноября 2026 г\. в 09:55/);
    assert.match(text, /Қол қою тәсілі SMS бір реттік кодымен, \+7 702 ••• •• 43/, "and in Kazakh beside it");

    for (const [login, path] of [
      ["850315450011", `/ru/complaints/${complaintId}`],
      ["registrar.akmola-edu", `/ru/staff/complaints/${complaintId}`],
    ] as const) {
      const section = await pageHtml(login, path);
      assert.match(section, /одноразовым кодом из SMS, \+7 702 ••• •• 43/, path);
      assert.match(section, /20 ноября 2026 г\. в 09:55/, path);
    }
  });

  it("an EDS signature: the method, the signer and the certificate's IIN on the talon and both pages", async () => {
    await signWith(EDS);
    const text = await talonText("en");
    assert.match(text, /Signed EDS, АХМЕТОВА ДИНАРА/);
    assert.match(text, /Signer's IIN \(certificate\) 850315450011/);
    assert.match(text, /Способ подписи ЭЦП, АХМЕТОВА ДИНАРА/);

    const citizen = await pageHtml("850315450011", `/ru/complaints/${complaintId}`);
    assert.match(citizen, /ЭЦП, CN=АХМЕТОВА ДИНАРА, SURNAME=АХМЕТОВА, SERIALNUMBER=IIN850315450011/);
    assert.match(citizen, /ИИН подписавшего \(из сертификата\)[\s\S]*?850315450011/);
    const staff = await pageHtml("registrar.akmola-edu", `/ru/staff/complaints/${complaintId}`);
    assert.match(staff, /ЭЦП, CN=АХМЕТОВА ДИНАРА/);
    assert.match(staff, /850315450011/);
    assert.match(staff, /CN=Test Intermediate CA/, "staff see the certificate");
  });
});
