import type { ProposedAddressee } from "../../../domain/addressees.ts";
import { type AddresseeKind, GROUNDS } from "../../../domain/complaint.ts";
import type { FieldIssue } from "../../../domain/errors.ts";
import type { Names, ServiceItem } from "../../../queries/catalogue.ts";
import type { DraftData, DraftFile } from "../../../queries/drafts.ts";
import type { SessionUser } from "../../../queries/session-user.ts";
import { Button, CsrfField, ErrorSummary, TextInput } from "../../ui/components.tsx";
import { useLang } from "../../ui/i18n.ts";
import { BackLink, Choices, DateField, QuestionForm, SelectField, Textarea } from "./fields.tsx";
import { addresseeValue, type Form, previousStep, type Step, value, values } from "./steps.ts";

export type StepPageProps = {
  step: Step;
  draftId: string;
  data: DraftData;
  /** The submitted form when it is shown again with its errors. */
  form: Form | null;
  issues: FieldIssue[];
  returnTo?: string | undefined;
  user: SessionUser;
  respondents: { id: string; name: Names }[];
  services: ServiceItem[];
  addressees: (ProposedAddressee & { name: Names })[];
  files: DraftFile[];
  maxFiles: number;
  late: boolean;
};

export const draftPath = (lang: string, draftId: string, page = "") =>
  `/${lang}/complaints/new/${draftId}${page ? `/${page}` : ""}`;

/** The form's value when shown again, else the stored answer. */
const pick = (form: Form | null, name: string, stored: string | null | undefined) =>
  form ? value(form, name) : (stored ?? "");

export function StepPage(p: StepPageProps) {
  const { lang, tr } = useLang();
  const prev = previousStep(p.step);
  const back =
    p.returnTo === "check"
      ? draftPath(lang, p.draftId, "check")
      : prev
        ? draftPath(lang, p.draftId, prev)
        : `/${lang}/complaints/new`;
  const common = {
    back,
    issues: p.issues,
    action: draftPath(lang, p.draftId, p.step),
    returnTo: p.returnTo,
    caption: tr("portal.caption"),
  };
  const { data, form } = p;
  switch (p.step) {
    case "respondent":
      return (
        <QuestionForm {...common}>
          <SelectField
            asHeading
            name="respondent.organizationId"
            label={tr("portal.respondent.title")}
            hint={tr("portal.respondent.hint")}
            value={pick(form, "respondent.organizationId", data.respondentId)}
            issues={p.issues}
            options={[
              { value: "", label: tr("portal.choose") },
              ...p.respondents.map((o) => ({ value: o.id, label: o.name[lang] })),
            ]}
          />
        </QuestionForm>
      );
    case "service":
      return (
        <QuestionForm {...common}>
          <SelectField
            asHeading
            name="serviceId"
            label={tr("portal.service.title")}
            hint={tr("portal.service.hint")}
            value={pick(form, "serviceId", data.serviceAnswered ? (data.serviceId ?? "none") : "")}
            issues={p.issues}
            options={[
              { value: "", label: tr("portal.choose") },
              { value: "none", label: tr("portal.service.none") },
              ...p.services.map((s) => ({ value: s.id, label: s.name[lang] })),
            ]}
          />
        </QuestionForm>
      );
    case "addressee":
      return (
        <QuestionForm {...common}>
          <Choices
            asHeading
            type="radio"
            name="addressee"
            legend={tr("portal.addressee.title")}
            hint={tr("portal.addressee.hint")}
            issues={p.issues}
            selected={[
              form ? value(form, "addressee") : data.addressee ? addresseeValue(data.addressee) : "",
            ]}
            options={p.addressees.map((a) => ({
              value: addresseeValue(a),
              label: `${tr(`addressee.${a.kind}`)}: ${a.name[lang]}`,
              hint: a.afterResult
                ? tr("portal.addressee.afterResult")
                : tr(`portal.addressee.hint.${a.kind}`),
            }))}
          />
        </QuestionForm>
      );
    case "officials":
      return (
        <QuestionForm {...common}>
          <h1 class="govuk-heading-l">{tr("portal.officials.title")}</h1>
          <p class="govuk-body">{tr("portal.officials.lead")}</p>
          {[0, 1].map((i) => (
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                {tr(i === 0 ? "portal.officials.first" : "portal.officials.second")}
              </legend>
              {(["position", "surname", "name"] as const).map((f) => (
                <TextInput
                  name={`officials.${i}.${f}`}
                  label={tr(`portal.officials.${f}`)}
                  value={pick(form, `officials.${i}.${f}`, data.officials?.[i]?.[f])}
                  issues={p.issues}
                  width={f === "position" ? undefined : 20}
                />
              ))}
            </fieldset>
          ))}
        </QuestionForm>
      );
    case "grounds":
      return (
        <QuestionForm {...common}>
          <Choices
            asHeading
            type="checkbox"
            name="grounds"
            legend={tr("portal.grounds.title")}
            hint={tr("portal.grounds.hint")}
            issues={p.issues}
            selected={form ? values(form, "grounds") : (data.grounds ?? [])}
            options={GROUNDS.map((g) => ({ value: g, label: tr(`ground.${g}`) }))}
          />
        </QuestionForm>
      );
    case "reasons":
    case "demands":
      return (
        <QuestionForm {...common}>
          <Textarea
            asHeading
            name={p.step}
            label={tr(`portal.${p.step}.title`)}
            hint={tr(`portal.${p.step}.hint`)}
            value={pick(form, p.step, data[p.step])}
            issues={p.issues}
            rows={p.step === "reasons" ? 10 : 6}
          />
        </QuestionForm>
      );
    case "learned": {
      const [y = "", m = "", d = ""] = (data.learnedOn ?? "").split("-");
      const stored = { day: d.replace(/^0/, ""), month: m.replace(/^0/, ""), year: y };
      return (
        <QuestionForm {...common}>
          <DateField
            name="learnedOn"
            legend={tr("portal.learned.title")}
            hint={tr("portal.learned.hint")}
            issues={p.issues}
            value={
              form
                ? {
                    day: value(form, "learnedOn-day"),
                    month: value(form, "learnedOn-month"),
                    year: value(form, "learnedOn-year"),
                  }
                : stored
            }
          />
          {p.late && !form ? <LateWarning /> : null}
        </QuestionForm>
      );
    }
    case "contacts":
      return (
        <QuestionForm {...common}>
          <h1 class="govuk-heading-l">{tr("portal.contacts.title")}</h1>
          <p class="govuk-body">{tr("portal.contacts.identity")}</p>
          <dl class="govuk-summary-list">
            {(
              [
                ["portal.identity.surname", p.user.surname],
                ["portal.identity.name", p.user.name],
                ["portal.identity.patronymic", p.user.patronymic ?? ""],
                ["portal.identity.iin", p.user.iin ?? ""],
              ] as const
            ).map(([key, text]) => (
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{tr(key)}</dt>
                <dd class="govuk-summary-list__value">{text || "—"}</dd>
              </div>
            ))}
          </dl>
          <TextInput
            name="applicant.postalAddress"
            label={tr("portal.contacts.postalAddress")}
            hint={tr("portal.contacts.postalAddress.hint")}
            autocomplete="street-address"
            value={pick(form, "applicant.postalAddress", data.postalAddress)}
            issues={p.issues}
          />
          <TextInput
            name="applicant.phones"
            label={tr("portal.contacts.phones")}
            hint={tr("portal.contacts.phones.hint")}
            type="tel"
            autocomplete="tel"
            value={pick(
              form,
              "applicant.phones",
              data.phones ? data.phones.join(", ") : (p.user.phone ?? ""),
            )}
            issues={p.issues}
          />
          <TextInput
            name="applicant.email"
            label={tr("portal.contacts.email")}
            hint={tr("portal.contacts.email.hint")}
            type="email"
            autocomplete="email"
            value={pick(form, "applicant.email", data.email === undefined ? p.user.email : data.email)}
            issues={p.issues}
          />
        </QuestionForm>
      );
    case "attachments":
      return <AttachmentsPage {...p} back={back} />;
  }
}

export function LateWarning() {
  const { tr } = useLang();
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">{tr("portal.warning")}</span>
        {tr("portal.learned.late")}
      </strong>
    </div>
  );
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(bytes < 100 * 1024 ? 2 : 1);

function AttachmentsPage(p: StepPageProps & { back: string }) {
  const { lang, tr } = useLang();
  const base = draftPath(lang, p.draftId, "attachments");
  return (
    <>
      <BackLink href={p.back} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary issues={p.issues} />
          <span class="govuk-caption-l">{tr("portal.caption")}</span>
          <h1 class="govuk-heading-l">{tr("portal.attachments.title")}</h1>
          <p class="govuk-body">{tr("portal.attachments.lead", { max: p.maxFiles })}</p>
          {p.files.length ? (
            <dl class="govuk-summary-list">
              {p.files.map((f) => (
                <div class="govuk-summary-list__row">
                  <dt class="govuk-summary-list__key">{f.filename}</dt>
                  <dd class="govuk-summary-list__value">
                    {tr("portal.attachments.size", { size: megabytes(f.size) })}
                  </dd>
                  <dd class="govuk-summary-list__actions">
                    <form method="post" action={`${base}/${f.id}/remove`}>
                      <CsrfField />
                      <button
                        type="submit"
                        class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                      >
                        {tr("portal.attachments.remove")}
                        <span class="govuk-visually-hidden"> {f.filename}</span>
                      </button>
                    </form>
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p class="govuk-body">{tr("portal.attachments.none")}</p>
          )}
          {p.files.length < p.maxFiles ? (
            <form method="post" action={base} enctype="multipart/form-data" novalidate>
              <CsrfField />
              <FileInput issues={p.issues} />
              <Button secondary>{tr("portal.attachments.upload")}</Button>
            </form>
          ) : null}
          <p class="govuk-body">
            <a class="govuk-button" href={draftPath(lang, p.draftId, "check")}>
              {tr("portal.continue")}
            </a>
          </p>
        </div>
      </div>
    </>
  );
}

function FileInput({ issues }: { issues: FieldIssue[] }) {
  const { tr } = useLang();
  const issue = issues.find((i) => i.field === "file");
  return (
    <div class={`govuk-form-group${issue ? " govuk-form-group--error" : ""}`}>
      <label class="govuk-label govuk-label--m" for="file">
        {tr("portal.attachments.file")}
      </label>
      <div id="file-hint" class="govuk-hint">
        {tr("portal.attachments.hint")}
      </div>
      {issue ? (
        <p id="file-error" class="govuk-error-message">
          {tr(issue.code.includes(".") ? issue.code : `field.${issue.code}`, issue.params)}
        </p>
      ) : null}
      <input
        class={`govuk-file-upload${issue ? " govuk-file-upload--error" : ""}`}
        id="file"
        name="file"
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        aria-describedby={issue ? "file-hint file-error" : "file-hint"}
      />
    </div>
  );
}

export type AddresseeLabel = { kind: AddresseeKind; name: Names };
