import { createHash, webcrypto } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { type EdsCheck, type EdsEvidence, edsFailure, iinOfSerialNumber } from "../domain/signatures.ts";

// Node's own WebCrypto does RSA and ECDSA; pkijs uses it through this engine.
pkijs.setEngine("node", new pkijs.CryptoEngine({ name: "node", crypto: webcrypto as unknown as Crypto }));

/** The certification authorities trusted for EDS, and their revocation lists. */
export type TrustStore = {
  roots: pkijs.Certificate[];
  intermediates: pkijs.Certificate[];
  crls: pkijs.CertificateRevocationList[];
};

const toArrayBuffer = (b: Uint8Array): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** DER or PEM (one or more blocks) to DER buffers. */
function derBlocks(bytes: Buffer): Buffer[] {
  const text = bytes.toString("latin1");
  const pem = [...text.matchAll(/-----BEGIN [^-]+-----([\s\S]*?)-----END [^-]+-----/g)];
  return pem.length ? pem.map((m) => Buffer.from(m[1]!.replace(/\s+/g, ""), "base64")) : [bytes];
}

const isSelfSigned = (c: pkijs.Certificate) => c.subject.isEqual(c.issuer);

/** Builds a trust store from DER/PEM certificates and CRLs (`EDS_TRUST_DIR`: `*.cer|crt|pem|der`, `*.crl`). */
export function trustStoreOf(certs: readonly Uint8Array[], crls: readonly Uint8Array[] = []): TrustStore {
  const parsed = certs.map((b) => pkijs.Certificate.fromBER(toArrayBuffer(b)));
  return {
    roots: parsed.filter(isSelfSigned),
    intermediates: parsed.filter((c) => !isSelfSigned(c)),
    crls: crls.map((b) => pkijs.CertificateRevocationList.fromBER(toArrayBuffer(b))),
  };
}

/** Reads a trust directory; an absent or empty one trusts nobody (every EDS signature is refused). */
export function loadTrustStore(dir: string | undefined): TrustStore {
  if (!dir) return { roots: [], intermediates: [], crls: [] };
  const certs: Buffer[] = [];
  const crls: Buffer[] = [];
  for (const name of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, name));
    if (/\.crl$/i.test(name)) crls.push(...derBlocks(bytes));
    else if (/\.(cer|crt|pem|der)$/i.test(name)) certs.push(...derBlocks(bytes));
  }
  return trustStoreOf(certs, crls);
}

const OID = {
  serialNumber: "2.5.4.5",
  commonName: "2.5.4.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signedData: "1.2.840.113549.1.7.2",
  ecPublicKey: "1.2.840.10045.2.1",
};
const SHORT: Record<string, string> = {
  "2.5.4.3": "CN",
  "2.5.4.4": "SURNAME",
  "2.5.4.5": "SERIALNUMBER",
  "2.5.4.6": "C",
  "2.5.4.10": "O",
  "2.5.4.11": "OU",
  "2.5.4.42": "G",
};
const HASHES: Record<string, string> = {
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
};

const nameText = (n: pkijs.RelativeDistinguishedNames) =>
  n.typesAndValues.map((tv) => `${SHORT[tv.type] ?? tv.type}=${tv.value.valueBlock.value}`).join(", ");
const attr = (n: pkijs.RelativeDistinguishedNames, type: string) =>
  n.typesAndValues.find((tv) => tv.type === type)?.value.valueBlock.value as string | undefined;
const hex = (b: ArrayBuffer) => Buffer.from(b).toString("hex");

export type CmsCheck = {
  /** The detached CMS in base64 (PEM armour and whitespace allowed). */
  cms: string;
  /** The exact text that must have been signed (UTF-8). */
  text: string;
  /** The applicant's IIN: the certificate's SERIALNUMBER must be `IIN` + it. */
  iin: string;
  /** When it is checked: the certificate must be valid and not revoked then. */
  at: Date;
  trust: TrustStore;
};

/**
 * Verifies a detached CMS (PKCS#7) signature as NCALayer makes it, RSA or ECDSA: the format, the
 * signed text (its digest in the signed attributes), the signature itself, the chain to a trusted
 * root, the certificate's validity at `at`, revocation by the trusted CRLs of its issuer, and the
 * IIN in the subject. Every check is reported; the evidence is complete only when all passed.
 */
export async function verifyCms(r: CmsCheck): Promise<{ checks: EdsCheck[]; evidence: EdsEvidence | null }> {
  const checks: EdsCheck[] = [];
  const fail = (check: EdsCheck["check"], detail?: string) => {
    checks.push({ check, ok: false, ...(detail ? { detail } : {}) });
    return { checks, evidence: null };
  };
  const pass = (check: EdsCheck["check"], detail?: string) =>
    checks.push({ check, ok: true, ...(detail ? { detail } : {}) });

  const base64 = r.cms.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");
  let signed: pkijs.SignedData;
  let signer: pkijs.Certificate | undefined;
  let bundled: pkijs.Certificate[];
  try {
    if (!/^[A-Za-z0-9+/]+=*$/.test(base64)) throw new Error("not base64");
    const info = pkijs.ContentInfo.fromBER(toArrayBuffer(Buffer.from(base64, "base64")));
    if (info.contentType !== OID.signedData) throw new Error("not SignedData");
    signed = new pkijs.SignedData({ schema: info.content });
    if (signed.signerInfos.length !== 1) throw new Error("one signer expected");
    bundled = (signed.certificates ?? []).filter(
      (c): c is pkijs.Certificate => c instanceof pkijs.Certificate,
    );
    const sid = signed.signerInfos[0]!.sid;
    signer = bundled.find(
      (c) =>
        sid instanceof pkijs.IssuerAndSerialNumber &&
        c.issuer.isEqual(sid.issuer) &&
        c.serialNumber.isEqual(sid.serialNumber),
    );
    if (!signer) throw new Error("the signer's certificate is not in the CMS");
  } catch (error) {
    return fail("format", (error as Error).message);
  }
  pass("format");

  // The signed text: the digest in the signed attributes must be the text's (detached content).
  const si = signed.signerInfos[0]!;
  const hash = HASHES[si.digestAlgorithm.algorithmId];
  const digest = si.signedAttrs?.attributes.find((a) => a.type === OID.messageDigest)?.values[0];
  const data = Buffer.from(r.text, "utf8");
  const embedded = signed.encapContentInfo.eContent?.valueBlock.valueHexView;
  if (embedded && Buffer.compare(Buffer.from(embedded), data) !== 0) return fail("content", "another text");
  if (!hash || !(digest instanceof asn1js.OctetString)) return fail("content", "no message digest");
  if (hex(toArrayBuffer(digest.valueBlock.valueHexView)) !== createHash(hash).update(data).digest("hex"))
    return fail("content", "digest differs");
  pass("content");

  try {
    const ok = await signed.verify({ signer: 0, data: toArrayBuffer(data), checkChain: false });
    if (!ok) return fail("signature");
  } catch (error) {
    return fail("signature", String((error as Error).message ?? error).slice(0, 200));
  }
  pass("signature");

  const leaf = signer;
  if (leaf.notBefore.value.getTime() > r.at.getTime() || leaf.notAfter.value.getTime() < r.at.getTime())
    return fail("validity", `${leaf.notBefore.value.toISOString()} – ${leaf.notAfter.value.toISOString()}`);
  pass("validity");

  const chain = new pkijs.CertificateChainValidationEngine({
    trustedCerts: r.trust.roots,
    certs: [leaf, ...bundled.filter((c) => c !== leaf), ...r.trust.intermediates],
    checkDate: r.at,
  });
  const path = await chain.verify();
  if (!path.result) return fail("chain", path.resultMessage);
  pass("chain");

  // Revocation: a CRL of the signer's issuer, signed by that issuer, current at `at`.
  const issuer = (path.certificatePath ?? []).find((c) => c.subject.isEqual(leaf.issuer));
  const crls = r.trust.crls.filter((crl) => crl.issuer.isEqual(leaf.issuer));
  let current = false;
  for (const crl of crls) {
    if (!issuer || !(await crl.verify({ issuerCertificate: issuer }))) continue;
    if (crl.thisUpdate.value.getTime() > r.at.getTime()) continue;
    current ||= !crl.nextUpdate || crl.nextUpdate.value.getTime() >= r.at.getTime();
    if (crl.isCertificateRevoked(leaf)) return fail("revocation", "revoked");
  }
  pass("revocation", current ? "CRL" : "no current CRL");

  const iin = iinOfSerialNumber(attr(leaf.subject, OID.serialNumber));
  if (iin !== r.iin) return fail("iin", iin ? `IIN ${iin.slice(0, 4)}••••${iin.slice(8)}` : "no IIN");
  pass("iin");

  const ec = leaf.subjectPublicKeyInfo.algorithm.algorithmId === OID.ecPublicKey;
  const evidence: EdsEvidence = {
    cms: base64,
    certificate: Buffer.from(leaf.toSchema().toBER(false)).toString("base64"),
    subject: nameText(leaf.subject),
    issuer: nameText(leaf.issuer),
    serialNumber: hex(toArrayBuffer(leaf.serialNumber.valueBlock.valueHexView)),
    iin,
    notBefore: leaf.notBefore.value.toISOString(),
    notAfter: leaf.notAfter.value.toISOString(),
    algorithm: `${ec ? "ECDSA" : "RSA"}/${(hash ?? "").toUpperCase()}`,
    checks,
  };
  return { checks, evidence: edsFailure(checks) ? null : evidence };
}
