import { ADDRESSEE_KINDS, GROUNDS } from "../../domain/complaint.ts";
import type { FieldIssue } from "../../domain/errors.ts";
import type { IntakeChoices } from "../../queries/intake-choices.ts";
import { Button, CsrfField, ErrorSummary } from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";
import {
  CheckboxGroup,
  FileField,
  InputField,
  RadioGroup,
  SelectField,
  SingleCheckbox,
  TextArea,
} from "./fields.tsx";
import { type IntakeForm, labelKey, OFFICIAL_ROWS } from "./intake.ts";

export type IntakeFormProps = {
  mode: "office" | "callCentre";
  action: string;
  form: IntakeForm;
  issues: FieldIssue[];
  choices: IntakeChoices;
  /** Files already uploaded with an earlier attempt of this form. */
  kept: { id: string; filename: string }[];
  /** The registrar's organization (office): the addressee. */
  ownOrganization?: { name: string; kindLabel: string };
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
  const orgOptions = p.choices.organizations.map((o) => ({ value: o.id, label: o.name[lang] }));
  const prefix = p.mode === "office" ? "officeIntake" : "callCentre";
  return (
    <>
      <h1 class="govuk-heading-l">{tr(`${prefix}.title`)}</h1>
      <p class="govuk-body">{tr(`${prefix}.lead`)}</p>
      <ErrorSummary issues={p.issues} />
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
            <div class="app-inline-fields">
              <InputField
                name="receivedAt.date"
                type="date"
                label={label("receivedAt.date")}
                value={v["receivedAt.date"]}
                hint={tr("officeIntake.receivedHint")}
                {...common}
              />
              <InputField
                name="receivedAt.time"
                type="time"
                label={label("receivedAt.time")}
                value={v["receivedAt.time"]}
                width={5}
                {...common}
              />
            </div>
          </fieldset>
        ) : (
          <fieldset class="govuk-fieldset">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
              {tr("callCentre.addressee")}
            </legend>
            <RadioGroup
              name="addressee.kind"
              legend={label("addressee.kind")}
              options={ADDRESSEE_KINDS.map((k) => ({ value: k, label: tr(`addressee.${k}`) }))}
              value={v["addressee.kind"]}
              {...common}
            />
            <SelectField
              name="addressee.organizationId"
              label={label("addressee.organizationId")}
              options={[{ value: "", label: tr("officeIntake.choose") }, ...orgOptions]}
              value={v["addressee.organizationId"]}
              {...common}
            />
          </fieldset>
        )}

        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
            {tr("officeIntake.applicant")}
          </legend>
          <InputField
            name="applicant.surname"
            label={label("applicant.surname")}
            value={v["applicant.surname"]}
            width={20}
            autofocus={p.issues.length === 0}
            {...common}
          />
          <InputField
            name="applicant.name"
            label={label("applicant.name")}
            value={v["applicant.name"]}
            width={20}
            {...common}
          />
          <InputField
            name="applicant.patronymic"
            label={label("applicant.patronymic")}
            value={v["applicant.patronymic"]}
            width={20}
            {...common}
          />
          <InputField
            name="applicant.iin"
            label={label("applicant.iin")}
            hint={tr("officeIntake.iinHint")}
            value={v["applicant.iin"]}
            inputmode="numeric"
            width={10}
            {...common}
          />
          <TextArea
            name="applicant.postalAddress"
            label={label("applicant.postalAddress")}
            value={v["applicant.postalAddress"]}
            rows={2}
            {...common}
          />
          <InputField
            name="applicant.phones"
            label={label("applicant.phones")}
            hint={tr("officeIntake.phonesHint")}
            value={v["applicant.phones"]}
            type="tel"
            width={30}
            {...common}
          />
          <InputField
            name="applicant.email"
            label={label("applicant.email")}
            value={v["applicant.email"]}
            type="email"
            width={30}
            {...common}
          />
        </fieldset>

        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
            {tr("officeIntake.respondent")}
          </legend>
          <SelectField
            name="respondent.organizationId"
            label={label("respondent.organizationId")}
            options={[{ value: "", label: tr("officeIntake.choose") }, ...orgOptions]}
            value={v["respondent.organizationId"]}
            {...common}
          />
          {Array.from({ length: OFFICIAL_ROWS }, (_, i) => (
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                {tr("officeIntake.official", { n: i + 1 })}
                {i > 0 ? ` ${tr("officeIntake.optional")}` : ""}
              </legend>
              <InputField
                name={`respondent.officials.${i}.position`}
                label={label(`respondent.officials.${i}.position`)}
                value={v[`respondent.officials.${i}.position`]}
                width={30}
                {...common}
              />
              <InputField
                name={`respondent.officials.${i}.surname`}
                label={label(`respondent.officials.${i}.surname`)}
                value={v[`respondent.officials.${i}.surname`]}
                width={20}
                {...common}
              />
              <InputField
                name={`respondent.officials.${i}.name`}
                label={label(`respondent.officials.${i}.name`)}
                value={v[`respondent.officials.${i}.name`]}
                width={20}
                {...common}
              />
            </fieldset>
          ))}
        </fieldset>

        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
            {tr("officeIntake.content")}
          </legend>
          <SelectField
            name="serviceId"
            label={label("serviceId")}
            options={[
              { value: "", label: tr("officeIntake.serviceNone") },
              ...p.choices.services.map((s) => ({ value: s.id, label: s.name[lang] })),
            ]}
            value={v.serviceId}
            {...common}
          />
          <CheckboxGroup
            name="grounds"
            legend={label("grounds")}
            options={GROUNDS.map((g) => ({ value: g, label: tr(`ground.${g}`) }))}
            values={p.form.grounds}
            {...common}
          />
          <TextArea name="reasons" label={label("reasons")} value={v.reasons} rows={6} {...common} />
          <TextArea name="demands" label={label("demands")} value={v.demands} rows={3} {...common} />
          <InputField
            name="learnedOn"
            type="date"
            label={label("learnedOn")}
            hint={tr("officeIntake.learnedOnHint")}
            value={v.learnedOn}
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
              <FileField
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

        <Button>{tr(`${prefix}.submit`)}</Button>
      </form>
    </>
  );
}
