import { webcrypto } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

/**
 * A test PKI made in the test with Node's WebCrypto and pkijs: a root, an intermediate, leaf
 * certificates with `SERIALNUMBER=IIN…` (RSA or ECDSA), a CRL of the intermediate, and detached
 * CMS signatures as NCALayer makes them (signed attributes with the text's digest).
 */
const crypto = webcrypto as unknown as Crypto;
pkijs.setEngine("test", new pkijs.CryptoEngine({ name: "test", crypto }));

export type Kind = "RSA" | "ECDSA";
type Keys = CryptoKeyPair;
export type Issued = { cert: pkijs.Certificate; keys: Keys };

const algorithm = (kind: Kind) =>
  kind === "RSA"
    ? {
        name: "RSASSA-PKCS1-v1_5",
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: "SHA-256",
      }
    : { name: "ECDSA", namedCurve: "P-256" };

const keysOf = (kind: Kind) =>
  crypto.subtle.generateKey(algorithm(kind), true, ["sign", "verify"]) as Promise<Keys>;

let serial = 1000;

function name(target: pkijs.RelativeDistinguishedNames, cn: string, iin?: string) {
  target.typesAndValues.push(
    new pkijs.AttributeTypeAndValue({ type: "2.5.4.6", value: new asn1js.PrintableString({ value: "KZ" }) }),
    new pkijs.AttributeTypeAndValue({ type: "2.5.4.3", value: new asn1js.Utf8String({ value: cn }) }),
  );
  if (iin)
    target.typesAndValues.push(
      new pkijs.AttributeTypeAndValue({
        type: "2.5.4.5",
        value: new asn1js.PrintableString({ value: `IIN${iin}` }),
      }),
    );
}

export async function issue(o: {
  cn: string;
  kind: Kind;
  issuer?: Issued;
  ca?: boolean;
  iin?: string;
  notBefore?: Date;
  notAfter?: Date;
  /** An OCSP responder's URL (Authority Information Access). */
  ocspUrl?: string;
}): Promise<Issued> {
  const keys = await keysOf(o.kind);
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ value: serial++ });
  name(cert.subject, o.cn, o.iin);
  if (o.issuer) cert.issuer = o.issuer.cert.subject;
  else name(cert.issuer, o.cn);
  cert.notBefore.value = o.notBefore ?? new Date("2025-01-01T00:00:00Z");
  cert.notAfter.value = o.notAfter ?? new Date("2030-01-01T00:00:00Z");
  const basic = new pkijs.BasicConstraints({ cA: !!o.ca });
  cert.extensions = [
    new pkijs.Extension({
      extnID: "2.5.29.19",
      critical: true,
      extnValue: basic.toSchema().toBER(false),
      parsedValue: basic,
    }),
  ];
  if (o.ocspUrl) {
    const aia = new pkijs.InfoAccess({
      accessDescriptions: [
        new pkijs.AccessDescription({
          accessMethod: "1.3.6.1.5.5.7.48.1",
          accessLocation: new pkijs.GeneralName({ type: 6, value: o.ocspUrl }),
        }),
      ],
    });
    cert.extensions.push(
      new pkijs.Extension({
        extnID: "1.3.6.1.5.5.7.1.1",
        extnValue: aia.toSchema().toBER(false),
        parsedValue: aia,
      }),
    );
  }
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey);
  await cert.sign((o.issuer ?? { keys }).keys.privateKey, "SHA-256");
  return { cert, keys };
}

/** A CRL of `issuer` revoking these certificates, current from 2025 to 2030. */
export async function crlOf(issuer: Issued, revoked: Issued[]): Promise<Uint8Array> {
  const crl = new pkijs.CertificateRevocationList();
  crl.version = 1;
  crl.issuer = issuer.cert.subject;
  crl.thisUpdate = new pkijs.Time({ type: 0, value: new Date("2025-06-01T00:00:00Z") });
  crl.nextUpdate = new pkijs.Time({ type: 0, value: new Date("2030-01-01T00:00:00Z") });
  crl.revokedCertificates = revoked.map(
    (r) =>
      new pkijs.RevokedCertificate({
        userCertificate: r.cert.serialNumber,
        revocationDate: new pkijs.Time({ type: 0, value: new Date("2025-06-01T00:00:00Z") }),
      }),
  );
  await crl.sign(issuer.keys.privateKey, "SHA-256");
  return new Uint8Array(crl.toSchema(true).toBER(false));
}

/** A detached CMS over `text` by `signer`, carrying its certificate and `chain`, in base64. */
export async function signCms(text: string, signer: Issued, chain: Issued[] = []): Promise<string> {
  const data = new TextEncoder().encode(text);
  const digest = await crypto.subtle.digest("SHA-256", data);
  const signed = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: "1.2.840.113549.1.7.1" }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: signer.cert.issuer,
          serialNumber: signer.cert.serialNumber,
        }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({
              type: "1.2.840.113549.1.9.3",
              values: [new asn1js.ObjectIdentifier({ value: "1.2.840.113549.1.7.1" })],
            }),
            new pkijs.Attribute({
              type: "1.2.840.113549.1.9.4",
              values: [new asn1js.OctetString({ valueHex: digest })],
            }),
          ],
        }),
      }),
    ],
    certificates: [signer.cert, ...chain.map((c) => c.cert)],
  });
  await signed.sign(signer.keys.privateKey, 0, "SHA-256", data.buffer as ArrayBuffer);
  const info = new pkijs.ContentInfo({ contentType: "1.2.840.113549.1.7.2", content: signed.toSchema(true) });
  return Buffer.from(info.toSchema().toBER(false)).toString("base64");
}

export const der = (c: Issued) => new Uint8Array(c.cert.toSchema(true).toBER(false));

/** A whole test PKI of one kind: root → intermediate → leaves (good, revoked, expired, another IIN). */
export async function testPki(kind: Kind, iin: string, otherIin: string) {
  const root = await issue({ cn: `Test Root ${kind}`, kind, ca: true });
  const intermediate = await issue({ cn: `Test NCA ${kind}`, kind, ca: true, issuer: root });
  const leaf = await issue({ cn: "SEITQALI NURLAN", kind, issuer: intermediate, iin });
  const revoked = await issue({ cn: "SEITQALI NURLAN", kind, issuer: intermediate, iin });
  const expired = await issue({
    cn: "SEITQALI NURLAN",
    kind,
    issuer: intermediate,
    iin,
    notBefore: new Date("2024-01-01T00:00:00Z"),
    notAfter: new Date("2025-01-01T00:00:00Z"),
  });
  const stranger = await issue({ cn: "AKHMETOVA DINARA", kind, issuer: intermediate, iin: otherIin });
  const outsider = await issue({ cn: "Other CA", kind, ca: true });
  const untrusted = await issue({ cn: "SEITQALI NURLAN", kind, issuer: outsider, iin });
  const crl = await crlOf(intermediate, [revoked]);
  return { root, intermediate, leaf, revoked, expired, stranger, outsider, untrusted, crl };
}

/** An `EDS_TRUST_DIR` holding the PKI's root and its CRL; `remove` deletes it. */
export function trustStore(pki: Awaited<ReturnType<typeof testPki>>) {
  const dir = mkdtempSync(join(tmpdir(), "eds-trust-"));
  writeFileSync(join(dir, "root.cer"), der(pki.root));
  writeFileSync(join(dir, "nca.crl"), pki.crl);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
