import { shortReference } from "../../../domain/complaint.ts";
import { regimeById } from "../../../domain/deadlines/index.ts";
import type { FieldIssue } from "../../../domain/errors.ts";
import { formatDate, formatDateTime } from "../../../i18n/index.ts";
import { workingDays } from "../../../i18n/plural.ts";
import type { OrganizationItem } from "../../../queries/catalogue.ts";
import type { ComplaintView } from "../../../queries/complaint-view.ts";
import {
  BackLink,
  Button,
  Choices,
  CsrfField,
  ErrorSummary,
  FileNames,
  Paragraphs,
  SummaryRow,
  TextArea,
} from "../../ui/components.tsx";
import { useLang } from "../../ui/i18n.ts";
import { SignedTextDetails, SmsSignForm, type SmsState } from "./sign-pages.tsx";

export type EscalateForm = { reasons: string; demands: string; confirm: boolean; idempotencyKey: string };

/** The escalation already sent from this complaint, if any (a linked complaint that is not its parent). */
export const escalationOf = (v: ComplaintView) => v.linkedComplaintIds.find((id) => id !== v.escalatedFrom);

export const referenceOf = (v: ComplaintView) => v.registration?.number ?? shortReference(v.id);
const complaintPath = (lang: string, id: string) => `/${lang}/complaints/${id}`;

/** What is appealed: the decision, the refusal to consider (its mark's note), or the missed term. */
function Appealed({ v }: { v: ComplaintView }) {
  const { lang, tr } = useLang();
  if (v.decision) {
    return (
      <SummaryRow label={tr("escalate.sent.decision")}>
        <p class="govuk-body govuk-!-font-weight-bold">{tr(`outcome.${v.decision.outcome}`)}</p>
        <Paragraphs text={v.decision.text} />
        <p class="govuk-body-s">{formatDateTime(lang, new Date(v.decision.decidedAt))}</p>
      </SummaryRow>
    );
  }
  const refusal = v.marks.findLast((m) => m.kind === "refusal");
  if (refusal) {
    return (
      <SummaryRow label={tr("escalate.sent.refusal")}>
        {refusal.note ? <Paragraphs text={refusal.note} /> : null}
        <p class="govuk-body-s">{formatDateTime(lang, new Date(refusal.at))}</p>
      </SummaryRow>
    );
  }
  return <SummaryRow label={tr("escalate.sent.decision")}>{tr("escalate.sent.noAnswer")}</SummaryRow>;
}

/** The department the complaint goes to: name, address, and why this one. */
function Department(p: { v: ComplaintView; target: OrganizationItem; reviewDays: number }) {
  const { v, target } = p;
  const { lang, tr } = useLang();
  return (
    <>
      <h2 class="govuk-heading-m">{tr("escalate.to.title")}</h2>
      <dl class="govuk-summary-list">
        <SummaryRow label={tr("escalate.to.department")} id="department">
          {target.name[lang]}
        </SummaryRow>
        {target.address ? (
          <SummaryRow label={tr("escalate.to.address")} id="department-address">
            {target.address[lang]}
          </SummaryRow>
        ) : null}
      </dl>
      <p class="govuk-body">
        {tr("escalate.to.why", {
          respondent: v.respondent.name[lang],
          term: workingDays(lang, p.reviewDays),
        })}
      </p>
    </>
  );
}

/**
 * The applicant's appeal to the authorized body for quality: what will be sent, to which
 * department, reasons and demands, the declaration. Without a form when the appeal is not
 * open now (`blocked` says why, with a link to an escalation already sent).
 */
export function EscalatePage(p: {
  v: ComplaintView;
  target: OrganizationItem | null;
  /** The quality authority's review term in the regime in force today. */
  reviewDays: number;
  form: EscalateForm;
  issues: FieldIssue[];
  blocked?: { message: string; escalationId?: string | undefined } | undefined;
  /** The tick-box signature (`portal_session`) is offered (PORTAL_SESSION_SIGNING). */
  sessionSigning: boolean;
  /** Without the tick box, once the reasons and demands are written: the text to sign. */
  signing?: { text: string; sha256: string; sms: SmsState } | undefined;
}) {
  const { lang, tr } = useLang();
  const { v } = p;
  const confirmIssue = p.issues.some((i) => i.field === "confirm");
  const action = `${complaintPath(lang, v.id)}/escalate`;
  return (
    <>
      <BackLink href={complaintPath(lang, v.id)} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary issues={p.issues} message={p.blocked?.message} />
          <span class="govuk-caption-l">{tr("complaint.title", { reference: referenceOf(v) })}</span>
          <h1 class="govuk-heading-l">{tr("complaint.escalate.title")}</h1>
          {p.blocked ? (
            p.blocked.escalationId ? (
              <p class="govuk-body">
                <a class="govuk-link" href={complaintPath(lang, p.blocked.escalationId)}>
                  {tr("escalate.already.link")}
                </a>
              </p>
            ) : null
          ) : (
            <p class="govuk-body">{tr("escalate.lead")}</p>
          )}

          <h2 class="govuk-heading-m">{tr("escalate.sent.title")}</h2>
          <dl class="govuk-summary-list">
            <SummaryRow label={tr("escalate.sent.original")}>
              <a class="govuk-link" href={complaintPath(lang, v.id)}>
                {referenceOf(v)}
              </a>
              {v.registrations.length > 1 ? (
                <ul class="govuk-list govuk-body-s">
                  {v.registrations.map((r) => (
                    <li>{`${r.number}, ${formatDate(lang, r.registeredOn)}`}</li>
                  ))}
                </ul>
              ) : null}
            </SummaryRow>
            <SummaryRow label={tr("portal.check.respondent")}>{v.respondent.name[lang]}</SummaryRow>
            <Appealed v={v} />
            <SummaryRow label={tr("escalate.sent.files")}>
              <FileNames files={v.attachments} />
            </SummaryRow>
          </dl>
          <p class="govuk-body">{tr("escalate.sent.case")}</p>

          {p.target ? <Department v={v} target={p.target} reviewDays={p.reviewDays} /> : null}

          {p.blocked || !p.target ? null : p.signing ? (
            <EscalationSigning action={action} form={p.form} issues={p.issues} signing={p.signing} />
          ) : (
            <form method="post" action={action} novalidate>
              <CsrfField />
              <input type="hidden" name="idempotencyKey" value={p.form.idempotencyKey} />
              <h2 class="govuk-heading-m">{tr("escalate.form.title")}</h2>
              {(["reasons", "demands"] as const).map((name) => (
                <TextArea
                  name={name}
                  label={tr(`escalate.${name}.label`)}
                  hint={name === "reasons" ? tr("escalate.reasons.hint") : undefined}
                  issues={p.issues}
                  value={p.form[name]}
                  rows={name === "reasons" ? 8 : 5}
                  size="s"
                />
              ))}
              {p.sessionSigning ? (
                <>
                  <Choices
                    type="checkbox"
                    name="confirm"
                    label={tr("portal.declaration.legend")}
                    issues={confirmIssue ? p.issues : []}
                    options={[{ value: "yes", label: tr("portal.declaration.confirm") }]}
                    value={p.form.confirm ? "yes" : undefined}
                    size="m"
                  />
                  <Button>{tr("escalate.submit")}</Button>
                </>
              ) : (
                <Button>{tr("escalate.continue")}</Button>
              )}
            </form>
          )}
        </div>
      </div>
    </>
  );
}

/**
 * Signing the escalation without the tick box, as the declaration signs a filing: the reasons and
 * demands as written, the exact text and its hash, an SMS code, or EDS. Each form carries the
 * text's parts, so nothing is kept between the steps.
 */
function EscalationSigning(p: {
  action: string;
  form: EscalateForm;
  issues: FieldIssue[];
  signing: { text: string; sha256: string; sms: SmsState };
}) {
  const { tr } = useLang();
  const hidden = {
    reasons: p.form.reasons,
    demands: p.form.demands,
    idempotencyKey: p.form.idempotencyKey,
    sha256: p.signing.sha256,
  };
  return (
    <>
      <h2 class="govuk-heading-m">{tr("escalate.sign.title")}</h2>
      <p class="govuk-body">{tr("escalate.sign.lead")}</p>
      <dl class="govuk-summary-list">
        <SummaryRow label={tr("escalate.reasons.label")}>
          <Paragraphs text={p.form.reasons} />
        </SummaryRow>
        <SummaryRow label={tr("escalate.demands.label")}>
          <Paragraphs text={p.form.demands} />
        </SummaryRow>
      </dl>
      <form method="post" action={p.action} novalidate>
        <CsrfField />
        <input type="hidden" name="edit" value="yes" />
        {Object.entries(hidden).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <Button secondary>{tr("escalate.sign.edit")}</Button>
      </form>
      <SignedTextDetails text={p.signing.text} sha256={p.signing.sha256} />
      <SmsSignForm
        sms={p.signing.sms}
        sendAction={`${p.action}/code`}
        signAction={p.action}
        issues={p.issues}
        hidden={hidden}
      />
      <form method="post" action={`${p.action}/eds`} novalidate>
        <CsrfField />
        {Object.entries(hidden).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <Button secondary>{tr("signature.eds.link")}</Button>
      </form>
    </>
  );
}

/** The confirmation: a panel with the new complaint's reference and department, what happens next. */
export function EscalatedPage({ v }: { v: ComplaintView }) {
  const { lang, tr } = useLang();
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <div class="govuk-panel govuk-panel--confirmation">
          <h1 class="govuk-panel__title">{tr("escalated.title")}</h1>
          <div class="govuk-panel__body">
            {tr("portal.submitted.reference")}
            <br />
            <strong data-reference>{referenceOf(v)}</strong>
          </div>
        </div>
        <p class="govuk-body">{tr("escalated.to", { name: v.holder.name[lang] })}</p>
        <p class="govuk-body">{tr("portal.submitted.signed")}</p>
        <h2 class="govuk-heading-m">{tr("portal.next.title")}</h2>
        <ol class="govuk-list govuk-list--number">
          <li>{tr("escalated.next.registration")}</li>
          <li>
            {tr("escalated.next.review", {
              term: workingDays(lang, regimeById(v.regime).review.quality_authority.workingDays),
            })}
          </li>
          <li>{tr("escalated.next.court")}</li>
        </ol>
        <p class="govuk-body">
          <a class="govuk-link" href={complaintPath(lang, v.id)}>
            {tr("escalated.open")}
          </a>
        </p>
        {v.escalatedFrom ? (
          <p class="govuk-body">
            <a class="govuk-link" href={complaintPath(lang, v.escalatedFrom)}>
              {tr("escalated.original")}
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
