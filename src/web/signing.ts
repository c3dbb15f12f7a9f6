import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { ApplicantData, ComplaintInput, Signature } from "../domain/complaint.ts";
import { decisionSignedText } from "../domain/signatures.ts";
import { checkEdsSignature } from "../operations/check-eds-signature.ts";
import { checkSmsCode } from "../operations/check-sms-code.ts";
import { complaintForAction } from "../operations/complaint-for-action.ts";
import { loadTrustStore, type OcspFetch, type TrustStore } from "../operations/verify-cms.ts";
import { draftFiles, signedContent } from "../queries/drafts.ts";
import { escalationContent } from "../queries/escalation-content.ts";
import type { SessionUser } from "../queries/session-user.ts";
import type { AppEnv } from "./context.ts";

const stores = new Map<string, TrustStore>();
/** The trust store of `EDS_TRUST_DIR`, read once per process (a restart picks up new CRLs). */
function trustStore(dir: string | undefined): TrustStore {
  const key = dir ?? "";
  let store = stores.get(key);
  if (!store) {
    store = loadTrustStore(dir);
    stores.set(key, store);
  }
  return store;
}

/** How long an OCSP responder may take before it counts as unreachable. */
const OCSP_TIMEOUT_MS = 5_000;

/** An OCSP request over HTTP POST (RFC 6960 A.1), as EDS_OCSP allows: the URL is the CA's, from a certificate already chained to the trust store. */
export const fetchOcsp: OcspFetch = async (url, request) => {
  if (!/^https?:\/\//i.test(url)) throw new Error("not an http(s) URL");
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/ocsp-request", accept: "application/ocsp-response" },
    body: Buffer.from(request),
    redirect: "error",
    signal: AbortSignal.timeout(OCSP_TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
};

export type Identity = Pick<ApplicantData, "surname" | "name" | "patronymic" | "iin">;

/**
 * The exact text a filing will sign and its SHA-256, built as `submitComplaint` builds it: the
 * statement, the applicant and the files (the filer's own, not yet taken by a complaint).
 */
export async function signingContent(
  c: Context<AppEnv>,
  filer: SessionUser,
  input: ComplaintInput,
  identity: Identity,
) {
  const files = await draftFiles(c.get("deps").db, input.attachmentIds, filer.id);
  return signedContent(input, identity, files);
}

/**
 * A head's EDS signature over the exact text of the decision about to be taken
 * (`decisionSignedText`), checked before anything is written: who may decide now first (404, 403,
 * 409), then the CMS — chain, validity, revocation, and the certificate's IIN equal to the head's
 * where the account has one, else its surname equal to the head's — refused on `cms` (audited).
 */
export async function checkedDecisionSignature(
  c: Context<AppEnv>,
  head: SessionUser,
  complaintId: string,
  decision: { outcome: string; text: string },
  cms: string,
): Promise<Signature> {
  const { db, now, config } = c.get("deps");
  const content = await decisionContent(c, head, complaintId, decision);
  return checkEdsSignature(db, {
    actorId: head.id,
    cms,
    text: content.text,
    sha256: content.sha256,
    iin: head.iin ?? null,
    surname: head.surname,
    field: "cms",
    now: now(),
    trust: trustStore(config.edsTrustDir),
    ocsp: config.edsOcsp ? fetchOcsp : null,
    requestId: c.get("requestId"),
  });
}

/** The exact text a head signs for this decision and its SHA-256, once the head may decide now. */
export async function decisionContent(
  c: Context<AppEnv>,
  head: SessionUser,
  complaintId: string,
  decision: { outcome: string; text: string },
) {
  const { db, now } = c.get("deps");
  const { complaint } = await complaintForAction(db, complaintId, head, "decide", now(), { lock: false });
  const text = decisionSignedText({
    complaintId: complaint.id,
    organizationId: complaint.holderId,
    outcome: decision.outcome,
    text: decision.text,
    head,
  });
  return { text, sha256: createHash("sha256").update(text).digest("hex") };
}

export type SignatureClaim =
  | { method: "sms_otp"; challengeId: string; code: string }
  | { method: "eds_cms"; cms: string };

/**
 * Checks a signature over the text with this SHA-256 before anything is filed: a failure is a
 * 422 naming `signature…` (audited by the check), success the signature to store.
 */
export async function checkSignature(
  c: Context<AppEnv>,
  filer: SessionUser,
  claim: SignatureClaim,
  content: { text: string; sha256: string },
  iin: string,
): Promise<Signature> {
  const { db, now } = c.get("deps");
  if (claim.method === "sms_otp")
    return checkSmsCode(db, {
      actorId: filer.id,
      challengeId: claim.challengeId,
      code: claim.code,
      sha256: content.sha256,
      now: now(),
      requestId: c.get("requestId"),
    });
  return checkEdsSignature(db, {
    actorId: filer.id,
    cms: claim.cms,
    text: content.text,
    sha256: content.sha256,
    iin,
    now: now(),
    trust: trustStore(c.get("deps").config.edsTrustDir),
    ocsp: c.get("deps").config.edsOcsp ? fetchOcsp : null,
    requestId: c.get("requestId"),
  });
}

/**
 * A filing's signature claim checked against the text the filing will sign: the signature, and
 * for an SMS code what spends it in the filing's transaction.
 */
export async function checkedSignature(
  c: Context<AppEnv>,
  filer: SessionUser,
  claim: SignatureClaim,
  input: ComplaintInput,
  identity: Identity,
) {
  const content = await signingContent(c, filer, input, identity);
  const signature = await checkSignature(c, filer, claim, content, identity.iin);
  const challengeId = claim.method === "sms_otp" ? claim.challengeId : null;
  return {
    signature,
    challengeId,
    spend: {
      actorId: filer.id,
      challengeId: challengeId ?? "",
      sha256: content.sha256,
      requestId: c.get("requestId"),
    },
  };
}

/**
 * The applicant's signature over the exact text of an escalation (`escalationContent`), checked
 * before anything is written: the signature and the SMS challenge for `escalateComplaint` to
 * spend. Null when there is nothing to sign (no such complaint or no quality authority: the
 * operation then says why).
 */
export async function checkedEscalationSignature(
  c: Context<AppEnv>,
  applicant: SessionUser,
  complaintId: string,
  statement: { reasons: string; demands: string },
  claim: SignatureClaim,
) {
  const content = await escalationContent(c.get("deps").db, complaintId, statement);
  if (!content) return null;
  const signature = await checkSignature(c, applicant, claim, content, applicant.iin ?? "");
  return { signature, smsChallengeId: claim.method === "sms_otp" ? claim.challengeId : null };
}
