/**
 * Signing a complaint by the person it names (issue 14): a one-time code sent by SMS to the
 * applicant's phone (the egov.kz pattern) or an EDS (CMS) signature. The rules are pure: the
 * code's life, its attempts and resend pace, and what a stored signature shows.
 */

/** A code lives 5 minutes from sending. */
export const SMS_CODE_TTL_MS = 5 * 60_000;
/** Three wrong tries spend a code. */
export const SMS_CODE_ATTEMPTS = 3;
/** A new code for the same person no sooner than a minute after the last one. */
export const SMS_RESEND_AFTER_MS = 60_000;
/** And no more than this many codes for one person in an hour. */
export const SMS_CODES_PER_HOUR = 5;

/** The stored state of one code: only the hash of the code, never the code. */
export type SmsChallengeState = {
  sha256: string;
  attempts: number;
  expiresAt: Date;
  usedAt: Date | null;
};

export type SmsCodeProblem =
  | "sms_code_used"
  | "sms_code_exhausted"
  | "sms_code_expired"
  | "signature_text_changed"
  | "sms_code_wrong";

/**
 * Why a code cannot sign `sha256` now (null: it can). Checked in this order: a spent or exhausted
 * code says so whatever was typed; an expired one too; a code for another text asks for a new
 * code (the text changed after it was sent); only then is the typed code compared.
 */
export function smsCodeProblem(
  ch: SmsChallengeState,
  a: { sha256: string; codeMatches: boolean; now: Date },
): SmsCodeProblem | null {
  if (ch.usedAt) return "sms_code_used";
  if (ch.attempts >= SMS_CODE_ATTEMPTS) return "sms_code_exhausted";
  if (a.now.getTime() >= ch.expiresAt.getTime()) return "sms_code_expired";
  if (ch.sha256 !== a.sha256) return "signature_text_changed";
  if (!a.codeMatches) return "sms_code_wrong";
  return null;
}

/** Whether a wrong try counts against the code (only a typed code that did not match). */
export const countsAsAttempt = (p: SmsCodeProblem | null) => p === "sms_code_wrong";

/** Seconds until another code may be sent after one sent at `lastAt`, or 0. */
export function resendWaitSeconds(lastAt: Date | null, now: Date): number {
  if (!lastAt) return 0;
  const left = lastAt.getTime() + SMS_RESEND_AFTER_MS - now.getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/** A typed code: six digits, spaces and dashes ignored ("123 456"). */
export function normalizeCode(value: string): string | null {
  const digits = value.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** +77011234567 → +7 701 ••• •• 67: the phone a code went to, as shown and stored. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 6) return "••••";
  if (digits.length === 11 && digits.startsWith("7"))
    return `+7 ${digits.slice(1, 4)} ••• •• ${digits.slice(9)}`;
  return `${digits.slice(0, 3)}••••${digits.slice(-2)}`;
}

/** One check an EDS signature passed or failed, with what was found (shown to staff). */
export type EdsCheck = {
  check: "format" | "signature" | "chain" | "validity" | "revocation" | "iin" | "name" | "content";
  ok: boolean;
  detail?: string;
};

/** What an EDS signature stores beside the complaint: the CMS, its certificate and the checks. */
export type EdsEvidence = {
  /** The detached CMS (PKCS#7) in base64, as submitted. */
  cms: string;
  /** The signer's certificate, DER in base64. */
  certificate: string;
  subject: string;
  issuer: string;
  serialNumber: string;
  iin: string;
  notBefore: string;
  notAfter: string;
  /** `RSA` or `ECDSA` with the hash (`RSASSA-PKCS1-v1_5/SHA-256`, `ECDSA/SHA-256`). */
  algorithm: string;
  checks: EdsCheck[];
};

/** The failure code of the first failed check (`eds_<check>`), or null when every check passed. */
export function edsFailure(checks: readonly EdsCheck[]): `eds_${EdsCheck["check"]}` | null {
  const failed = checks.find((c) => !c.ok);
  return failed ? `eds_${failed.check}` : null;
}

/** The IIN in an X.509 subject's SERIALNUMBER (`IIN900101300126`), or null. */
export function iinOfSerialNumber(serial: string | undefined): string | null {
  const m = /^IIN(\d{12})$/.exec(serial?.trim() ?? "");
  return m ? m[1]! : null;
}

/** The signer's name in a certificate subject as stored (`CN=…, SERIALNUMBER=…`): its CN, else the whole subject. */
export function signerName(subject: string): string {
  const cn = /(?:^|,\s*)CN=([^,]+)/.exec(subject);
  return cn ? cn[1]!.trim() : subject;
}

/** The surname a certificate names: its SURNAME, else the first word of its CN (NCA: `CN=ФАМИЛИЯ ИМЯ`). */
export function certificateSurname(surname: string | undefined, cn: string | undefined): string | null {
  const s = surname?.trim() || cn?.trim().split(/\s+/)[0];
  return s || null;
}

/** Two spellings of one name: case, spaces and Ё/Е aside. */
export function sameName(a: string | null, b: string | null): boolean {
  const norm = (x: string) => x.trim().toLocaleUpperCase("kk").replace(/Ё/g, "Е").replace(/\s+/g, " ");
  return Boolean(a && b && norm(a) === norm(b));
}

/**
 * The exact text a head signs with EDS for a decision, before it is taken (its letter number and
 * time come with the decision): the complaint, the deciding body, the outcome, the reasoned text
 * and the head's name, in a stable key order.
 */
export function decisionSignedText(d: {
  complaintId: string;
  organizationId: string;
  outcome: string;
  text: string;
  head: { surname: string; name: string; patronymic: string | null };
}): string {
  return JSON.stringify({
    complaintId: d.complaintId,
    head: { name: d.head.name, patronymic: d.head.patronymic, surname: d.head.surname },
    organizationId: d.organizationId,
    outcome: d.outcome,
    text: d.text,
  });
}
