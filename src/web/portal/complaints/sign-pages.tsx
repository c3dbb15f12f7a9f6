import type { FieldIssue } from "../../../domain/errors.ts";
import { formatDateTime } from "../../../i18n/index.ts";
import type { SmsChallengeView } from "../../../queries/sms-challenge.ts";
import { Button, CsrfField, TextInput } from "../../ui/components.tsx";
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
