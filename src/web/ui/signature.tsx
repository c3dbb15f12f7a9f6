import type { Signature } from "../../domain/complaint.ts";
import { signerName } from "../../domain/signatures.ts";
import { formatDateTime } from "../../i18n/index.ts";
import { useLang } from "./i18n.ts";
import { Table } from "./table.tsx";

/** How the complaint was signed, in words: the method and where the code went or whose certificate. */
export function signatureText(
  tr: (key: string, params?: Record<string, string | number>) => string,
  s: Signature,
) {
  return tr(`signature.method.${s.method}`, { phone: s.phone ?? "", subject: s.eds?.subject ?? "" });
}

/**
 * The signature section of a complaint page: method, time and the text's SHA-256; for an EDS
 * signature (staff: `details`) the certificate and the checks it passed.
 */
export function SignatureSummary({
  signature: s,
  details,
}: {
  signature: Signature | null;
  details?: boolean;
}) {
  const { lang, tr } = useLang();
  if (!s) return null;
  return (
    <section aria-labelledby="signature-title" data-test="signature">
      <h2 class="govuk-heading-m" id="signature-title">
        {tr("signature.heading")}
      </h2>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{tr("signature.heading")}</dt>
          <dd class="govuk-summary-list__value">{signatureText(tr, s)}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{tr("signature.signedAt")}</dt>
          <dd class="govuk-summary-list__value">{formatDateTime(lang, new Date(s.signedAt))}</dd>
        </div>
        {s.eds ? (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{tr("signature.signerIin")}</dt>
            <dd class="govuk-summary-list__value">{s.eds.iin}</dd>
          </div>
        ) : null}
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{tr("signature.fingerprint")}</dt>
          <dd class="govuk-summary-list__value">
            <code class="app-break">{s.sha256}</code>
          </dd>
        </div>
        {details && s.eds ? (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{tr("signature.certificate")}</dt>
            <dd class="govuk-summary-list__value">
              {s.eds.subject}
              <br />
              {s.eds.issuer}
              <br />
              {s.eds.serialNumber} · {s.eds.algorithm} · {s.eds.notBefore.slice(0, 10)} –{" "}
              {s.eds.notAfter.slice(0, 10)}
            </dd>
          </div>
        ) : null}
      </dl>
      {details && s.eds ? (
        <Table
          caption={tr("signature.checks")}
          head={[tr("signature.check"), tr("signature.result")]}
          rows={s.eds.checks.map((c) => [
            tr(`signature.check.${c.check}`),
            `${tr(c.ok ? "signature.check.passed" : "signature.check.failed")}${c.detail ? ` (${c.detail})` : ""}`,
          ])}
        />
      ) : null}
    </section>
  );
}

/** "Signed with EDS by …" under a decision the head signed (staff and citizen complaint pages). */
export function DecisionSignature({ decision }: { decision: { signature?: Signature } }) {
  const { lang, tr } = useLang();
  const s = decision.signature;
  if (!s?.eds) return null;
  return (
    <p class="govuk-body-s" data-test="decision-eds">
      {tr("decision.eds.signedBy", {
        signer: signerName(s.eds.subject),
        time: formatDateTime(lang, new Date(s.signedAt)),
      })}{" "}
      <span class="govuk-hint">
        {tr("portal.declaration.fingerprint")} <code class="app-break">{s.sha256}</code>
      </span>
    </p>
  );
}
