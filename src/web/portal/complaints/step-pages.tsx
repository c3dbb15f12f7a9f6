import type { Child } from "hono/jsx";
import type { ProposedAddressee } from "../../../domain/addressees.ts";
import { type AddresseeKind, APPEALED, GROUNDS } from "../../../domain/complaint.ts";
import type { FieldIssue } from "../../../domain/errors.ts";
import type { Names, ServiceItem } from "../../../queries/catalogue.ts";
import type { DraftData, DraftFile } from "../../../queries/drafts.ts";
import type { SessionUser } from "../../../queries/session-user.ts";
import {
  BackLink,
  Button,
  Choices,
  CsrfField,
  DateInput,
  ErrorSummary,
  FileInput,
  type Option,
  Select,
  SummaryRow,
  TextArea,
  TextInput,
  WarningText,
} from "../../ui/components.tsx";
import { useLang } from "../../ui/i18n.ts";
import { dateValue } from "../../validation.ts";
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
  /** The page's only field: its label or legend is the page heading. */
  const q = {
    heading: true,
    label: tr(`portal.${p.step}.title`),
    hint: tr(`portal.${p.step}.hint`),
    issues: p.issues,
  };
  /** The respondent's or the service's question: one select. */
  const select = (value: string, items: (Option | { id: string; name: Names })[]) => {
    const name = p.step === "respondent" ? "respondent.organizationId" : "serviceId";
    return (
      <QuestionForm {...common}>
        <Select
          {...q}
          name={name}
          value={value}
          options={[
            { value: "", label: tr("portal.choose") },
            ...items.map((o) => ("id" in o ? { value: o.id, label: o.name[lang] } : o)),
          ]}
        />
      </QuestionForm>
    );
  };
  switch (p.step) {
    case "respondent":
      return select(pick(form, "respondent.organizationId", data.respondentId), p.respondents);
    case "appealed":
      return (
        <QuestionForm {...common}>
          <Choices
            {...q}
            type="radio"
            name="appealed"
            value={pick(form, "appealed", data.appealed)}
            options={APPEALED.map((a) => ({
              value: a,
              label: tr(`appealed.${a}`),
              hint: tr(`portal.appealed.hint.${a}`),
            }))}
          />
        </QuestionForm>
      );
    case "service":
      return select(pick(form, "serviceId", data.serviceAnswered ? (data.serviceId ?? "none") : ""), [
        { value: "none", label: tr("portal.service.none") },
        ...p.services,
      ]);
    case "addressee":
      return (
        <QuestionForm {...common}>
          <Choices
            {...q}
            type="radio"
            name="addressee"
            value={form ? value(form, "addressee") : data.addressee ? addresseeValue(data.addressee) : ""}
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
            {...q}
            type="checkbox"
            name="grounds"
            value={form ? values(form, "grounds") : (data.grounds ?? [])}
            options={GROUNDS.map((g) => ({ value: g, label: tr(`ground.${g}`) }))}
          />
        </QuestionForm>
      );
    case "reasons":
    case "demands":
      return (
        <QuestionForm {...common}>
          <TextArea
            {...q}
            name={p.step}
            value={pick(form, p.step, data[p.step])}
            rows={p.step === "reasons" ? 10 : 6}
          />
        </QuestionForm>
      );
    case "learned": {
      return (
        <QuestionForm {...common}>
          <DateInput
            {...q}
            name="learnedOn"
            value={form ? dateValue((k) => value(form, k), "learnedOn") : data.learnedOn}
          />
          {p.late && !form ? <LateWarning /> : null}
          <TextArea
            name="lateReason"
            label={tr("portal.learned.lateReason")}
            hint={tr("portal.learned.lateReasonHint")}
            value={pick(form, "lateReason", data.lateReason)}
            issues={p.issues}
            rows={3}
          />
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
              <SummaryRow label={tr(key)}>{text || "—"}</SummaryRow>
            ))}
          </dl>
          {(
            [
              ["postalAddress", "text", "street-address", data.postalAddress],
              ["phones", "tel", "tel", data.phones ? data.phones.join(", ") : (p.user.phone ?? "")],
              ["email", "email", "email", data.email === undefined ? p.user.email : data.email],
            ] as const
          ).map(([field, type, autocomplete, stored]) => (
            <TextInput
              name={`applicant.${field}`}
              label={tr(`portal.contacts.${field}`)}
              hint={tr(`portal.contacts.${field}.hint`)}
              type={type}
              autocomplete={autocomplete}
              value={pick(form, `applicant.${field}`, stored)}
              issues={p.issues}
            />
          ))}
        </QuestionForm>
      );
    case "attachments":
      return <AttachmentsPage {...p} back={back} />;
  }
}

/** A question page: back link, error summary, one form posting to itself with the CSRF field. */
function QuestionForm(p: {
  back: string | null;
  issues: FieldIssue[];
  action: string;
  returnTo?: string | undefined;
  children: Child;
  caption?: string;
}) {
  const { tr } = useLang();
  return (
    <>
      {p.back ? <BackLink href={p.back} /> : null}
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary issues={p.issues} />
          {p.caption ? <span class="govuk-caption-l">{p.caption}</span> : null}
          <form method="post" action={p.action} novalidate>
            <CsrfField />
            {p.returnTo ? <input type="hidden" name="return" value={p.returnTo} /> : null}
            {p.children}
            <Button>{tr("portal.continue")}</Button>
          </form>
        </div>
      </div>
    </>
  );
}

export function LateWarning() {
  const { tr } = useLang();
  return <WarningText label={tr("portal.warning")}>{tr("portal.learned.late")}</WarningText>;
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
          <form method="post" action={base} enctype="multipart/form-data" novalidate>
            <CsrfField />
            {p.files.length < p.maxFiles ? (
              <>
                <FileInput
                  name="file"
                  size="m"
                  label={tr("portal.attachments.file")}
                  hint={tr("portal.attachments.hint")}
                  issues={p.issues}
                />
                <Button secondary name="then" value="stay">
                  {tr("portal.attachments.upload")}
                </Button>
              </>
            ) : null}
            <div>
              <Button name="then" value="check">
                {tr("portal.continue")}
              </Button>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}

export type AddresseeLabel = { kind: AddresseeKind; name: Names };
