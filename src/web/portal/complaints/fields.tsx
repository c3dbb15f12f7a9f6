import type { Child } from "hono/jsx";
import type { FieldIssue } from "../../../domain/errors.ts";
import { Button, CsrfField, ErrorSummary, useIssueText } from "../../ui/components.tsx";
import { useLang } from "../../ui/i18n.ts";

/** The element id of a field, as the error summary links to it. */
export const fieldId = (field: string) => field.replace(/[^\w-]/g, "-");

function InlineError({ id, issue }: { id: string; issue: FieldIssue | undefined }) {
  const text = useIssueText();
  return issue ? (
    <p id={`${id}-error`} class="govuk-error-message">
      {text(issue)}
    </p>
  ) : null;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

/** A question page's heading as the label or legend of its only field (GOV.UK question pages). */
export function Textarea(p: {
  name: string;
  label: string;
  value?: string | undefined;
  issues: FieldIssue[];
  hint?: string;
  rows?: number;
  asHeading?: boolean;
}) {
  const id = fieldId(p.name);
  const issue = p.issues.find((i) => i.field === p.name);
  const label = (
    <label class={`govuk-label${p.asHeading ? " govuk-label--l" : ""}`} for={id}>
      {p.label}
    </label>
  );
  return (
    <div class={`govuk-form-group${issue ? " govuk-form-group--error" : ""}`}>
      {p.asHeading ? <h1 class="govuk-label-wrapper">{label}</h1> : label}
      {p.hint ? (
        <div id={`${id}-hint`} class="govuk-hint">
          {p.hint}
        </div>
      ) : null}
      <InlineError id={id} issue={issue} />
      <textarea
        class={`govuk-textarea${issue ? " govuk-textarea--error" : ""}`}
        id={id}
        name={p.name}
        rows={p.rows ?? 8}
        aria-describedby={describedBy(p.hint && `${id}-hint`, issue && `${id}-error`)}
      >
        {p.value ?? ""}
      </textarea>
    </div>
  );
}

export type Option = { value: string; label: string; hint?: string | undefined };

/** Radios or checkboxes in a fieldset whose legend is the page heading; the first input carries the field id. */
export function Choices(p: {
  type: "radio" | "checkbox";
  name: string;
  legend: string;
  options: Option[];
  selected: readonly string[];
  issues: FieldIssue[];
  hint?: string;
  asHeading?: boolean;
}) {
  const id = fieldId(p.name);
  const issue = p.issues.find((i) => i.field === p.name);
  const kind = p.type === "radio" ? "radios" : "checkboxes";
  return (
    <div class={`govuk-form-group${issue ? " govuk-form-group--error" : ""}`}>
      <fieldset
        class="govuk-fieldset"
        aria-describedby={describedBy(p.hint && `${id}-hint`, issue && `${id}-error`)}
      >
        <legend
          class={`govuk-fieldset__legend${p.asHeading ? " govuk-fieldset__legend--l" : " govuk-fieldset__legend--m"}`}
        >
          {p.asHeading ? <h1 class="govuk-fieldset__heading">{p.legend}</h1> : p.legend}
        </legend>
        {p.hint ? (
          <div id={`${id}-hint`} class="govuk-hint">
            {p.hint}
          </div>
        ) : null}
        <InlineError id={id} issue={issue} />
        <div class={`govuk-${kind}`} data-module={`govuk-${kind}`}>
          {p.options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div class={`govuk-${kind}__item`}>
                <input
                  class={`govuk-${kind}__input`}
                  id={optionId}
                  name={p.name}
                  type={p.type}
                  value={o.value}
                  checked={p.selected.includes(o.value)}
                  aria-describedby={o.hint ? `${optionId}-item-hint` : undefined}
                />
                <label class={`govuk-label govuk-${kind}__label`} for={optionId}>
                  {o.label}
                </label>
                {o.hint ? (
                  <div id={`${optionId}-item-hint`} class={`govuk-hint govuk-${kind}__hint`}>
                    {o.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A select whose label is the page heading. */
export function SelectField(p: {
  name: string;
  label: string;
  options: Option[];
  value?: string | undefined;
  issues: FieldIssue[];
  hint?: string;
  asHeading?: boolean;
}) {
  const id = fieldId(p.name);
  const issue = p.issues.find((i) => i.field === p.name);
  const label = (
    <label class={`govuk-label${p.asHeading ? " govuk-label--l" : ""}`} for={id}>
      {p.label}
    </label>
  );
  return (
    <div class={`govuk-form-group${issue ? " govuk-form-group--error" : ""}`}>
      {p.asHeading ? <h1 class="govuk-label-wrapper">{label}</h1> : label}
      {p.hint ? (
        <div id={`${id}-hint`} class="govuk-hint">
          {p.hint}
        </div>
      ) : null}
      <InlineError id={id} issue={issue} />
      <select
        class={`govuk-select${issue ? " govuk-select--error" : ""}`}
        id={id}
        name={p.name}
        aria-describedby={describedBy(p.hint && `${id}-hint`, issue && `${id}-error`)}
      >
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** GOV.UK date input: day, month, year; the day box carries the field id. */
export function DateField(p: {
  name: string;
  legend: string;
  hint: string;
  value: { day: string; month: string; year: string };
  issues: FieldIssue[];
}) {
  const { tr } = useLang();
  const id = fieldId(p.name);
  const issue = p.issues.find((i) => i.field === p.name);
  const part = (key: "day" | "month" | "year", width: number) => (
    <div class="govuk-date-input__item">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-date-input__label" for={key === "day" ? id : `${id}-${key}`}>
          {tr(`portal.date.${key}`)}
        </label>
        <input
          class={`govuk-input govuk-date-input__input govuk-input--width-${width}${issue ? " govuk-input--error" : ""}`}
          id={key === "day" ? id : `${id}-${key}`}
          name={`${p.name}-${key}`}
          type="text"
          inputmode="numeric"
          value={p.value[key]}
        />
      </div>
    </div>
  );
  return (
    <div class={`govuk-form-group${issue ? " govuk-form-group--error" : ""}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(`${id}-hint`, issue && `${id}-error`)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
          <h1 class="govuk-fieldset__heading">{p.legend}</h1>
        </legend>
        <div id={`${id}-hint`} class="govuk-hint">
          {p.hint}
        </div>
        <InlineError id={id} issue={issue} />
        <div class="govuk-date-input">
          {part("day", 2)}
          {part("month", 2)}
          {part("year", 4)}
        </div>
      </fieldset>
    </div>
  );
}

export function BackLink({ href }: { href: string }) {
  const { tr } = useLang();
  return (
    <a href={href} class="govuk-back-link">
      {tr("portal.back")}
    </a>
  );
}

/** A question page: back link, error summary, one form posting to itself with the CSRF field. */
export function QuestionForm(p: {
  back: string | null;
  issues: FieldIssue[];
  action: string;
  returnTo?: string | undefined;
  children: Child;
  button?: string;
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
            <Button>{p.button ?? tr("portal.continue")}</Button>
          </form>
        </div>
      </div>
    </>
  );
}

/** A GOV.UK summary list row with an optional change link. */
export function SummaryRow(p: {
  label: string;
  children: Child;
  change?: string | undefined;
  changeLabel?: string;
}) {
  const { tr } = useLang();
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{p.label}</dt>
      <dd class="govuk-summary-list__value">{p.children}</dd>
      {p.change ? (
        <dd class="govuk-summary-list__actions">
          <a class="govuk-link" href={p.change}>
            {tr("portal.change")}
            <span class="govuk-visually-hidden"> {p.changeLabel ?? p.label}</span>
          </a>
        </dd>
      ) : null}
    </div>
  );
}

/** Text as typed, paragraphs kept (JSX escapes every character). */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((para) => (
        <p class="govuk-body">
          {para.split("\n").map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}

export function StatusTag({ status }: { status: string }) {
  const { tr } = useLang();
  const colour: Record<string, string> = {
    submitted: "govuk-tag--blue",
    registered: "govuk-tag--light-blue",
    in_execution: "govuk-tag--yellow",
    forwarded: "govuk-tag--purple",
    decided: "govuk-tag--green",
    left_without_consideration: "govuk-tag--red",
    withdrawn: "govuk-tag--grey",
  };
  return <strong class={`govuk-tag ${colour[status] ?? ""}`}>{tr(`status.${status}`)}</strong>;
}
