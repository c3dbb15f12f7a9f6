import { createHash, webcrypto } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import {
  certificateSurname,
  type EdsCheck,
  type EdsEvidence,
  edsFailure,
  iinOfSerialNumber,
  sameName,
} from "../domain/signatures.ts";

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
  surname: "2.5.4.4",
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
  /** The signer's IIN: the certificate's SERIALNUMBER must be `IIN` + it. Null: the surname decides. */
  iin: string | null;
  /** Without an IIN (a staff account has none): the certificate's SURNAME (else CN's first word) must be this. */
  surname?: string | null;
  /** When it is checked: the certificate must be valid and not revoked then. */
  at: Date;
  trust: TrustStore;
  /**
   * Asks an OCSP responder (EDS_OCSP): given, a certificate that names one (Authority Information
   * Access, id-ad-ocsp) is checked there too; null or absent, the CRLs alone decide.
   */
  ocsp?: OcspFetch | null;
};

/** POSTs a DER OCSP request to the responder's URL and returns the DER answer (throws when unreachable). */
export type OcspFetch = (url: string, request: Uint8Array) => Promise<Uint8Array>;

const AIA = "1.3.6.1.5.5.7.1.1";
const AD_OCSP = "1.3.6.1.5.5.7.48.1";
const BASIC_OCSP = "1.3.6.1.5.5.7.48.1.1";
/** How far a responder's clock may run ahead of ours. */
const OCSP_SKEW_MS = 5 * 60_000;

/** The OCSP responder's URL in a certificate's Authority Information Access, or null. */
export function ocspUrlOf(cert: pkijs.Certificate): string | null {
  const ext = cert.extensions?.find((e) => e.extnID === AIA);
  if (!ext) return null;
  const aia =
    ext.parsedValue instanceof pkijs.InfoAccess
      ? ext.parsedValue
      : new pkijs.InfoAccess({ schema: asn1js.fromBER(ext.extnValue.valueBlock.valueHexView).result });
  const ad = aia.accessDescriptions.find((d) => d.accessMethod === AD_OCSP && d.accessLocation.type === 6);
  return ad ? String(ad.accessLocation.value) : null;
}

/**
 * The responder's word on `leaf`: 0 good, 1 revoked, 2 unknown — from an answer signed by the
 * issuer or by a responder it delegated to (chained to the trusted roots), about this very
 * certificate, current at `at`. A bad answer throws `OcspInvalid`; no answer, `OcspUnreachable`.
 */
async function ocspStatus(
  leaf: pkijs.Certificate,
  issuer: pkijs.Certificate,
  url: string,
  r: CmsCheck & { ocsp: OcspFetch },
): Promise<number> {
  const request = new pkijs.OCSPRequest();
  await request.createForCertificate(leaf, { hashAlgorithm: "SHA-256", issuerCertificate: issuer });
  let answer: Uint8Array;
  try {
    answer = await r.ocsp(url, new Uint8Array(request.toSchema(true).toBER(false)));
  } catch (error) {
    throw new OcspUnreachable(String((error as Error).message ?? error).slice(0, 100));
  }
  try {
    const response = pkijs.OCSPResponse.fromBER(toArrayBuffer(answer));
    const code = response.responseStatus.valueBlock.valueDec;
    if (code !== 0) throw new Error(`responder status ${code}`);
    if (!response.responseBytes || response.responseBytes.responseType !== BASIC_OCSP)
      throw new Error("not a basic OCSP response");
    const basic = pkijs.BasicOCSPResponse.fromBER(
      toArrayBuffer(response.responseBytes.response.valueBlock.valueHexView),
    );
    const signed = await basic.verify({
      trustedCerts: r.trust.roots,
      issuerCerts: [issuer, ...r.trust.intermediates],
    });
    if (!signed) throw new Error("the responder's signature does not verify");
    const status = await basic.getCertificateStatus(leaf, issuer);
    if (!status.isForCertificate) throw new Error("the answer is about another certificate");
    for (const single of basic.tbsResponseData.responses) {
      if (single.thisUpdate.getTime() > r.at.getTime() + OCSP_SKEW_MS)
        throw new Error("answer from the future");
      if (single.nextUpdate && single.nextUpdate.getTime() < r.at.getTime()) throw new Error("stale answer");
    }
    return status.status;
  } catch (error) {
    throw new OcspInvalid(String((error as Error).message ?? error).slice(0, 100));
  }
}

class OcspUnreachable extends Error {}
class OcspInvalid extends Error {}

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
  // OCSP where the certificate names a responder and EDS_OCSP allows asking it: "revoked",
  // "unknown" or a bad answer refuse; an unreachable responder is tolerated only beside a current CRL.
  const url = r.ocsp && issuer ? ocspUrlOf(leaf) : null;
  let ocspNote = "";
  if (url && r.ocsp && issuer) {
    try {
      const status = await ocspStatus(leaf, issuer, url, { ...r, ocsp: r.ocsp });
      if (status === 1) return fail("revocation", "revoked (OCSP)");
      if (status !== 0) return fail("revocation", "unknown to the OCSP responder");
      ocspNote = "OCSP";
    } catch (error) {
      if (error instanceof OcspUnreachable && current) ocspNote = `OCSP unreachable: ${error.message}`;
      else if (error instanceof OcspUnreachable)
        return fail("revocation", `OCSP unreachable and no current CRL: ${error.message}`);
      else return fail("revocation", `OCSP: ${(error as Error).message}`);
    }
  }
  const crlNote = current ? "CRL" : "no current CRL";
  pass(
    "revocation",
    ocspNote === "OCSP" ? (current ? "CRL, OCSP" : "OCSP") : ocspNote ? `${crlNote}; ${ocspNote}` : crlNote,
  );

  const iin = iinOfSerialNumber(attr(leaf.subject, OID.serialNumber));
  if (r.iin !== null) {
    if (iin !== r.iin) return fail("iin", iin ? `IIN ${iin.slice(0, 4)}••••${iin.slice(8)}` : "no IIN");
    pass("iin");
  } else {
    const surname = certificateSurname(attr(leaf.subject, OID.surname), attr(leaf.subject, OID.commonName));
    if (!r.surname || !sameName(surname, r.surname)) return fail("name", `surname ${surname ?? "none"}`);
    pass("name");
  }

  const ec = leaf.subjectPublicKeyInfo.algorithm.algorithmId === OID.ecPublicKey;
  const evidence: EdsEvidence = {
    cms: base64,
    certificate: Buffer.from(leaf.toSchema().toBER(false)).toString("base64"),
    subject: nameText(leaf.subject),
    issuer: nameText(leaf.issuer),
    serialNumber: hex(toArrayBuffer(leaf.serialNumber.valueBlock.valueHexView)),
    iin: iin ?? "",
    notBefore: leaf.notBefore.value.toISOString(),
    notAfter: leaf.notAfter.value.toISOString(),
    algorithm: `${ec ? "ECDSA" : "RSA"}/${(hash ?? "").toUpperCase()}`,
    checks,
  };
  return { checks, evidence: edsFailure(checks) ? null : evidence };
}
