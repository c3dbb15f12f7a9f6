import type { FieldIssue } from "../../../domain/errors.ts";
import { formatDateTime } from "../../../i18n/index.ts";
import type { SmsChallengeView } from "../../../queries/sms-challenge.ts";
import { BackLink, Button, CsrfField, ErrorSummary, TextArea, TextInput } from "../../ui/components.tsx";
import { useLang } from "../../ui/i18n.ts";

export type SmsState = {
  /** The registered phone, masked; null: the account has none. */
  phone: string | null;
  /** The code sent for this very text, while it can still sign. */
  challenge: SmsChallengeView | null;
};

/**
 * Signing with an SMS code, without JavaScript: "Send the code" posts to `sendAction`; once sent,
 * the code field and "Sign and send" post to `signAction` with the challenge, and a new code can
 * be asked for. `extra` are the hidden fields the signing form carries (the text's SHA-256).
 */
export function SmsSignForm(p: {
  sms: SmsState;
  sendAction: string;
  signAction: string;
  issues: FieldIssue[];
  hidden: Record<string, string>;
}) {
  const { lang, tr } = useLang();
  const ch = p.sms.challenge;
  if (!p.sms.phone) return <p class="govuk-body">{tr("signature.sms.noPhone")}</p>;
  return (
    <div class="govuk-!-margin-bottom-6" id="sms">
      <h2 class="govuk-heading-m">{tr("signature.sms.legend")}</h2>
      <p class="govuk-body">{tr("signature.sms.lead", { phone: p.sms.phone })}</p>
      {ch ? (
        <>
          <p class="govuk-inset-text" data-test="code-sent">
            {tr("signature.sms.sent", { phone: ch.phone, time: formatDateTime(lang, ch.expiresAt) })}
          </p>
          <form method="post" action={p.signAction} novalidate>
            <CsrfField />
            <input type="hidden" name="method" value="sms_otp" />
            <input type="hidden" name="challengeId" value={ch.id} />
            {Object.entries(p.hidden).map(([name, value]) => (
              <input type="hidden" name={name} value={value} />
            ))}
            <TextInput
              name="code"
              label={tr("signature.sms.code")}
              hint={tr("signature.sms.codeHint")}
              issues={p.issues}
              inputmode="numeric"
              autocomplete="one-time-code"
              width={5}
            />
            <Button>{tr("signature.sms.sign")}</Button>
          </form>
        </>
      ) : null}
      <form method="post" action={p.sendAction} novalidate>
        <CsrfField />
        {Object.entries(p.hidden).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <Button secondary={!!ch}>{tr(ch ? "signature.sms.resend" : "signature.sms.send")}</Button>
      </form>
    </div>
  );
}

/** The exact text a signature covers and its SHA-256, folded away (the declaration, the escalation). */
export function SignedTextDetails(p: { text: string; sha256: string }) {
  const { tr } = useLang();
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{tr("portal.declaration.exact")}</span>
      </summary>
      <div class="govuk-details__text">
        <p class="govuk-body">{tr("portal.declaration.exactHint")}</p>
        <pre class="app-signed-text" tabindex={0}>
          {p.text}
        </pre>
        <p class="govuk-body-s">
          {tr("portal.declaration.fingerprint")} <code>{p.sha256}</code>
        </p>
      </div>
    </details>
  );
}

/**
 * "Sign with EDS": the exact text and its SHA-256, what to do when NCALayer is not running, and a
 * form that takes the detached CMS in base64 (pasted, or filled in by NCALayer with JavaScript).
 */
export function EdsSignPage(p: {
  back: string;
  action: string;
  text: string;
  sha256: string;
  issues: FieldIssue[];
  cms: string;
  /** What the signing form carries besides the hash (an escalation's reasons and demands). */
  hidden?: Record<string, string>;
}) {
  const { tr } = useLang();
  return (
    <>
      <BackLink href={p.back} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary issues={p.issues} />
          <span class="govuk-caption-l">{tr("portal.caption")}</span>
          <h1 class="govuk-heading-l">{tr("signature.eds.title")}</h1>
          <p class="govuk-body">{tr("signature.eds.lead")}</p>
          <h2 class="govuk-heading-m">{tr("signature.eds.text")}</h2>
          <pre class="app-signed-text" tabindex={0} data-signed-text>
            {p.text}
          </pre>
          <p class="govuk-body-s">
            {tr("portal.declaration.fingerprint")} <code class="app-break">{p.sha256}</code>
          </p>
          <div class="govuk-inset-text" data-test="ncalayer-help">
            <h2 class="govuk-heading-s">{tr("signature.eds.ncalayerTitle")}</h2>
            <ol class="govuk-list govuk-list--number">
              <li>{tr("signature.eds.ncalayer1")}</li>
              <li>{tr("signature.eds.ncalayer2")}</li>
              <li>{tr("signature.eds.ncalayer3")}</li>
              <li>{tr("signature.eds.ncalayer4")}</li>
            </ol>
          </div>
          <p class="govuk-error-message" data-ncalayer-down hidden>
            {tr("signature.eds.ncalayerDown")}
          </p>
          <form method="post" action={p.action} novalidate data-ncalayer>
            <CsrfField />
            <input type="hidden" name="sha256" value={p.sha256} />
            {Object.entries(p.hidden ?? {}).map(([name, value]) => (
              <input type="hidden" name={name} value={value} />
            ))}
            <button type="button" class="govuk-button govuk-button--secondary" data-ncalayer-sign hidden>
              {tr("signature.eds.withNcalayer")}
            </button>
            <TextArea
              name="cms"
              label={tr("signature.eds.cms")}
              hint={tr("signature.eds.cmsHint")}
              issues={p.issues}
              value={p.cms}
              rows={8}
            />
            <Button>{tr("signature.eds.submit")}</Button>
          </form>
          <script type="module" src="/assets/ncalayer.js" />
        </div>
      </div>
    </>
  );
}
