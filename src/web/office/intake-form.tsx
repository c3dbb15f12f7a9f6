import { ADDRESSEE_KINDS, APPEALED, GROUNDS } from "../../domain/complaint.ts";
import type { FieldIssue } from "../../domain/errors.ts";
import { BACKDATE_DAYS } from "../../domain/receipt-date.ts";
import { formatDateTime } from "../../i18n/index.ts";
import { calendarDays } from "../../i18n/plural.ts";
import type { IntakeChoices } from "../../queries/intake-choices.ts";
import {
  Button,
  Choices,
  CsrfField,
  DateInput,
  ErrorSummary,
  FileInput,
  Select,
  SingleCheckbox,
  TextArea,
  TextInput,
} from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";
import { type IntakeForm, labelKey, labelOf, OFFICIAL_ROWS } from "./intake.ts";

export type IntakeFormProps = {
  mode: "office" | "callCentre";
  action: string;
  form: IntakeForm;
  issues: FieldIssue[];
  /** The operation's refusal (a conflict), above the issues. */
  message?: string | null;
  choices: IntakeChoices;
  /** Files already uploaded with an earlier attempt of this form. */
  kept: { id: string; filename: string }[];
  /** The registrar's organization (office): the addressee. */
  ownOrganization?: { name: string; kindLabel: string };
  /** The contact centre: the code sent to the caller's phone for this text, if one was. */
  callerCode?: { challengeId: string; phone: string; expiresAt: Date } | null;
};

/**
 * One page, in the order of the paper: receipt, applicant, respondent and officials, grounds,
 * reasons, demands, dates, scans. Plain form (no JavaScript needed), a hidden per-form key so
 * that a double click files once.
 */
export function IntakeFormPage(p: IntakeFormProps) {
  const { lang, tr } = useLang();
  const v = p.form.values;
  const label = (field: string) => tr(labelKey(field));
  const common = { issues: p.issues };
  const text = (name: string, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput name={name} label={label(name)} value={v[name]} autocomplete="off" {...common} {...extra} />
  );
  const date = (name: string, hint: string) => (
    <DateInput name={name} label={label(name)} hint={hint} value={v[name]} {...common} />
  );
  const orgOptions = [
    { value: "", label: tr("officeIntake.choose") },
    ...p.choices.organizations.map((o) => ({ value: o.id, label: o.name[lang] })),
  ];
  const prefix = p.mode === "office" ? "officeIntake" : "callCentre";
  return (
    <>
      <h1 class="govuk-heading-l">{tr(`${prefix}.title`)}</h1>
      <p class="govuk-body">{tr(`${prefix}.lead`)}</p>
      <ErrorSummary
        issues={p.issues}
        message={p.message ?? undefined}
        label={(field) => labelOf(lang, field)}
      />
      <form
        method="post"
        action={p.action}
        enctype={p.mode === "office" ? "multipart/form-data" : "application/x-www-form-urlencoded"}
        novalidate
      >
        <CsrfField />
        <input type="hidden" name="idempotencyKey" value={p.form.idempotencyKey} />

        {p.mode === "office" ? (
          <fieldset class="govuk-fieldset">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
              {tr("officeIntake.receipt")}
            </legend>
            <p class="govuk-body">
              {tr("officeIntake.addresseeIs", {
                kind: p.ownOrganization?.kindLabel ?? "",
                organization: p.ownOrganization?.name ?? "",
              })}
            </p>
            {date("receivedAt.date", tr("officeIntake.receivedHint"))}
            {text("receivedAt.time", { type: "time", width: 5 })}
            <details
              class="govuk-details"
              open={Boolean(v.backdateReason) || p.issues.some((i) => i.field === "backdateReason")}
            >
              <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">
                  {tr("officeIntake.backdate.summary", { days: calendarDays(lang, BACKDATE_DAYS) })}
                </span>
              </summary>
              <div class="govuk-details__text">
                <TextArea
                  name="backdateReason"
                  label={label("backdateReason")}
                  hint={tr("officeIntake.backdate.hint")}
                  value={v.backdateReason}
                  rows={2}
                  {...common}
                />
              </div>
            </details>
          </fieldset>
        ) : (
          <fieldset class="govuk-fieldset">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
              {tr("callCentre.addressee")}
            </legend>
            <Choices
              type="radio"
              small
              name="addressee.kind"
              label={label("addressee.kind")}
              options={ADDRESSEE_KINDS.map((k) => ({ value: k, label: tr(`addressee.${k}`) }))}
              value={v["addressee.kind"]}
              {...common}
            />
            <Select
              name="addressee.organizationId"
              label={label("addressee.organizationId")}
              options={orgOptions}
              value={v["addressee.organizationId"]}
              {...common}
            />
          </fieldset>
        )}

        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
            {tr("officeIntake.applicant")}
          </legend>
          {text("applicant.surname", { width: 20, autofocus: p.issues.length === 0 })}
          {text("applicant.name", { width: 20 })}
          {text("applicant.patronymic", { width: 20 })}
          {text("applicant.iin", { hint: tr("officeIntake.iinHint"), inputmode: "numeric", width: 10 })}
          <TextArea
            name="applicant.postalAddress"
            label={label("applicant.postalAddress")}
            value={v["applicant.postalAddress"]}
            rows={2}
            {...common}
          />
          {text("applicant.phones", { hint: tr("officeIntake.phonesHint"), type: "tel", width: 30 })}
          {text("applicant.email", { type: "email", width: 30 })}
        </fieldset>

        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
            {tr("officeIntake.respondent")}
          </legend>
          <Select
            name="respondent.organizationId"
            label={label("respondent.organizationId")}
            options={orgOptions}
            value={v["respondent.organizationId"]}
            {...common}
          />
          {Array.from({ length: OFFICIAL_ROWS }, (_, i) => (
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                {tr("officeIntake.official", { n: i + 1 })}
                {i > 0 ? ` ${tr("officeIntake.optional")}` : ""}
              </legend>
              {text(`respondent.officials.${i}.position`, { width: 30 })}
              {text(`respondent.officials.${i}.surname`, { width: 20 })}
              {text(`respondent.officials.${i}.name`, { width: 20 })}
            </fieldset>
          ))}
        </fieldset>

        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
            {tr("officeIntake.content")}
          </legend>
          <Choices
            type="radio"
            small
            name="appealed"
            label={label("appealed")}
            options={APPEALED.map((a) => ({ value: a, label: tr(`appealed.${a}`) }))}
            value={v.appealed}
            {...common}
          />
          <Select
            name="serviceId"
            label={label("serviceId")}
            options={[
              { value: "", label: tr("officeIntake.serviceNone") },
              ...p.choices.services.map((s) => ({ value: s.id, label: s.name[lang] })),
            ]}
            value={v.serviceId}
            {...common}
          />
          <Choices
            type="checkbox"
            small
            name="grounds"
            label={label("grounds")}
            options={GROUNDS.map((g) => ({ value: g, label: tr(`ground.${g}`) }))}
            value={p.form.grounds}
            {...common}
          />
          <TextArea name="reasons" label={label("reasons")} value={v.reasons} rows={6} {...common} />
          <TextArea name="demands" label={label("demands")} value={v.demands} rows={3} {...common} />
          {date("learnedOn", tr("officeIntake.learnedOnHint"))}
          <TextArea
            name="lateReason"
            label={label("lateReason")}
            hint={tr("portal.learned.lateReasonHint")}
            value={v.lateReason}
            rows={2}
            {...common}
          />
        </fieldset>

        {p.mode === "office" ? (
          <>
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                {tr("officeIntake.scans")}
              </legend>
              {p.kept.length ? (
                <>
                  <p class="govuk-body">{tr("officeIntake.kept")}</p>
                  <ul class="govuk-list govuk-list--bullet">
                    {p.kept.map((k) => (
                      <li>
                        {k.filename}
                        <input type="hidden" name="attachmentIds" value={k.id} />
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <FileInput
                multiple
                name="scans"
                label={label("scans")}
                hint={tr("officeIntake.scansHint")}
                {...common}
              />
            </fieldset>
            <SingleCheckbox
              name="acceptIncomplete"
              label={tr("officeIntake.acceptIncomplete")}
              hint={tr("officeIntake.acceptIncompleteHint")}
              checked={p.form.acceptIncomplete}
            />
          </>
        ) : null}

        {p.mode === "callCentre" ? (
          <fieldset class="govuk-fieldset govuk-!-margin-bottom-6" id="sms">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
              {tr("signature.caller.legend")}
            </legend>
            <p class="govuk-body">{tr("signature.caller.lead")}</p>
            {p.callerCode ? (
              <>
                <p class="govuk-inset-text" data-test="code-sent">
                  {tr("signature.sms.sent", {
                    phone: p.callerCode.phone,
                    time: formatDateTime(lang, p.callerCode.expiresAt),
                  })}
                </p>
                <input type="hidden" name="challengeId" value={p.callerCode.challengeId} />
                <TextInput
                  name="code"
                  label={tr("signature.sms.code")}
                  hint={tr("signature.sms.codeHint")}
                  inputmode="numeric"
                  autocomplete="off"
                  width={5}
                  {...common}
                />
              </>
            ) : null}
            <Button secondary name="action" value="sendCode">
              {tr(p.callerCode ? "signature.sms.resend" : "signature.caller.send")}
            </Button>
          </fieldset>
        ) : null}

        <Button>{tr(`${prefix}.submit`)}</Button>
      </form>
    </>
  );
}
