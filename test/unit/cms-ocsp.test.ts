import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { edsFailure } from "../../src/domain/signatures.ts";
import { type OcspFetch, ocspUrlOf, trustStoreOf, verifyCms } from "../../src/operations/verify-cms.ts";
import { fetchOcsp } from "../../src/web/signing.ts";
import { der, type Issued, issue, signCms, testPki } from "../support/pki.ts";

/**
 * OCSP in the EDS check (EDS_OCSP): a tiny responder built with pkijs on 127.0.0.1 answers
 * "good", "revoked" or "unknown" for the certificates that name it, signed by the issuing CA (or,
 * forged, by a CA nobody trusts); the check asks it through the application's own fetcher.
 */

const IIN = "900101300126";
const TEXT = '{"demands":"Кезекке қоюды сұраймын."}';
const AT = new Date("2026-11-20T05:00:00Z");

type Status = "good" | "revoked" | "unknown";

let pki: Awaited<ReturnType<typeof testPki>>;
let server: Server;
let url: string;
/** What the responder says, by certificate serial (hex); and who signs its answers. */
const statuses = new Map<string, Status>();
let signer: Issued;
let asked = 0;

const serialOf = (c: { serialNumber: asn1js.Integer }) =>
  Buffer.from(c.serialNumber.valueBlock.valueHexView).toString("hex");

async function answer(body: Buffer): Promise<Buffer> {
  const request = pkijs.OCSPRequest.fromBER(new Uint8Array(body).buffer);
  const certID = request.tbsRequest.requestList[0]!.reqCert;
  const status = statuses.get(serialOf(certID)) ?? "unknown";
  const certStatus =
    status === "revoked"
      ? new asn1js.Constructed({
          idBlock: { tagClass: 3, tagNumber: 1 },
          value: [new asn1js.GeneralizedTime({ valueDate: new Date("2026-06-01T00:00:00Z") })],
        })
      : new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: status === "good" ? 0 : 2 } });
  const basic = new pkijs.BasicOCSPResponse();
  basic.tbsResponseData.responderID = signer.cert.subject;
  basic.tbsResponseData.producedAt = AT;
  basic.tbsResponseData.responses.push(
    new pkijs.SingleResponse({
      certID,
      certStatus,
      thisUpdate: new Date("2026-11-20T04:00:00Z"),
      nextUpdate: new Date("2026-11-21T04:00:00Z"),
    }),
  );
  basic.certs = [signer.cert];
  await basic.sign(signer.keys.privateKey, "SHA-256");
  const response = new pkijs.OCSPResponse({
    responseStatus: new asn1js.Enumerated({ value: 0 }),
    responseBytes: new pkijs.ResponseBytes({
      responseType: "1.3.6.1.5.5.7.48.1.1",
      response: new asn1js.OctetString({ valueHex: basic.toSchema().toBER(false) }),
    }),
  });
  return Buffer.from(response.toSchema().toBER(false));
}

before(async () => {
  pki = await testPki("ECDSA", IIN, "850315450011");
  signer = pki.intermediate;
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      asked++;
      answer(Buffer.concat(chunks)).then(
        (der) => res.writeHead(200, { "content-type": "application/ocsp-response" }).end(der),
        () => res.writeHead(500).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ocsp`;
});
after(() => new Promise((resolve) => server.close(resolve)));

/** A leaf of the test intermediate that names the responder, with what the responder says of it. */
async function leafSaying(status: Status | null, ocspUrl = url) {
  const leaf = await issue({
    cn: "SEITQALI NURLAN",
    kind: "ECDSA",
    issuer: pki.intermediate,
    iin: IIN,
    ocspUrl,
  });
  if (status) statuses.set(serialOf(leaf.cert), status);
  return leaf;
}

async function check(leaf: Issued, o: { ocsp?: OcspFetch | null; crl?: boolean } = {}) {
  const trust = trustStoreOf([der(pki.root)], o.crl === false ? [] : [pki.crl]);
  const cms = await signCms(TEXT, leaf, [pki.intermediate]);
  const { checks } = await verifyCms({
    cms,
    text: TEXT,
    iin: IIN,
    at: AT,
    trust,
    ocsp: o.ocsp === undefined ? fetchOcsp : o.ocsp,
  });
  return { failure: edsFailure(checks), revocation: checks.find((c) => c.check === "revocation") };
}

describe("OCSP in the EDS check", () => {
  it("reads the responder's URL from the certificate", async () => {
    assert.equal(ocspUrlOf((await leafSaying(null)).cert), url);
    assert.equal(ocspUrlOf(pki.leaf.cert), null);
  });

  it("accepts a certificate the responder says is good", async () => {
    const { failure, revocation } = await check(await leafSaying("good"));
    assert.equal(failure, null);
    assert.equal(revocation?.detail, "CRL, OCSP");
  });

  it("refuses a certificate the responder says is revoked although no CRL lists it", async () => {
    const { failure, revocation } = await check(await leafSaying("revoked"));
    assert.equal(failure, "eds_revocation");
    assert.equal(revocation?.detail, "revoked (OCSP)");
  });

  it("refuses a certificate unknown to the responder", async () => {
    assert.equal((await check(await leafSaying("unknown"))).failure, "eds_revocation");
  });

  it("refuses an answer signed by a CA nobody trusts", async () => {
    const leaf = await leafSaying("good");
    signer = pki.outsider;
    try {
      const { failure, revocation } = await check(leaf);
      assert.equal(failure, "eds_revocation");
      assert.match(revocation?.detail ?? "", /^OCSP: /);
    } finally {
      signer = pki.intermediate;
    }
  });

  it("tolerates an unreachable responder beside a current CRL, not without one", async () => {
    const leaf = await leafSaying("good", "http://127.0.0.1:9/ocsp");
    const withCrl = await check(leaf);
    assert.equal(withCrl.failure, null);
    assert.match(withCrl.revocation?.detail ?? "", /^CRL; OCSP unreachable/);
    const withoutCrl = await check(leaf, { crl: false });
    assert.equal(withoutCrl.failure, "eds_revocation");
  });

  it("asks nobody when EDS_OCSP is off", async () => {
    const before = asked;
    const { failure } = await check(await leafSaying("revoked"), { ocsp: null });
    assert.equal(failure, null, "the CRL alone decides");
    assert.equal(asked, before);
  });
});
