import type { Executor } from "../db/connection.ts";
import type { Signature } from "../domain/complaint.ts";
import { DomainError } from "../domain/errors.ts";
import { edsFailure } from "../domain/signatures.ts";
import { audit } from "./audit.ts";
import { type OcspFetch, type TrustStore, verifyCms } from "./verify-cms.ts";

export type EdsSignatureCheck = {
  actorId: string;
  cms: string;
  /** The exact text and its SHA-256 (`POST /api/v1/signatures/text`, the EDS page). */
  text: string;
  sha256: string;
  /** The signer's IIN (the applicant's); null: a staff account without one, `surname` decides. */
  iin: string | null;
  surname?: string | null;
  /** Where a refusal is said (`signature.cms` unless told). */
  field?: string;
  now: Date;
  trust: TrustStore;
  /** Ask the OCSP responder a certificate names (EDS_OCSP); null: the CRLs alone. */
  ocsp?: OcspFetch | null;
  requestId?: string | null;
};

/**
 * Checks an EDS (detached CMS) signature over the exact text before anything is filed. A failure
 * is audited (`signature.eds_refused` with every check) and answered 422 on `signature.cms` with
 * `eds_format`, `eds_content`, `eds_signature`, `eds_validity`, `eds_chain`, `eds_revocation`,
 * `eds_iin` or `eds_unavailable` (no trust store); success is the signature to store.
 */
export async function checkEdsSignature(db: Executor, r: EdsSignatureCheck): Promise<Signature> {
  const { checks, evidence } = r.trust.roots.length
    ? await verifyCms({
        cms: r.cms,
        text: r.text,
        iin: r.iin,
        surname: r.surname ?? null,
        at: r.now,
        trust: r.trust,
        ocsp: r.ocsp ?? null,
      })
    : { checks: [], evidence: null };
  const failure = r.trust.roots.length ? edsFailure(checks) : "eds_unavailable";
  if (failure || !evidence) {
    await audit(db, {
      actorId: r.actorId,
      action: "signature.eds_refused",
      entityType: "signature",
      entityId: r.sha256,
      data: { reason: failure, checks },
      requestId: r.requestId ?? null,
      at: r.now,
    });
    throw new DomainError("validation", "validation", [
      { field: r.field ?? "signature.cms", code: failure ?? "eds_format" },
    ]);
  }
  return { method: "eds_cms", signedAt: r.now.toISOString(), sha256: r.sha256, eds: evidence };
}
