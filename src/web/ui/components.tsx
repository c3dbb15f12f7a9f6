import type { Child } from "hono/jsx";
import { useRequestContext } from "hono/jsx-renderer";
import type { FieldIssue } from "../../domain/errors.ts";
import { issueText } from "../../i18n/index.ts";
import type { AppEnv } from "../context.ts";
import { DATE_PARTS, dateParts } from "../validation.ts";
import { useLang } from "./i18n.ts";

export function CsrfField() {
  return <input type="hidden" name="_csrf" value={useRequestContext<AppEnv>().get("csrfToken")} />;
}

/** The message of a field issue in the page language (`issueKey`). */
export function useIssueText() {
  const { lang } = useLang();
  return (issue: FieldIssue) => issueText(lang, issue);
}

/**
 * GOV.UK error summary linking each problem to its field; `label`, where a long form gives it,
 * names the field before the message.
 */
export function ErrorSummary({
  issues,
  message,
  label,
}: {
  issues: FieldIssue[];
  message?: string;
  label?: (field: string) => string;
}) {
  const { tr } = useLang();
  const issueText = useIssueText();
  const text = (issue: FieldIssue) =>
    label ? tr("error.labelled", { label: label(issue.field), message: issueText(issue) }) : issueText(issue);
  if (issues.length === 0 && !message) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary" tabindex={-1}>
      <div role="alert">
        <h2 class="govuk-error-summary__title">{tr("error.summary")}</h2>
        <div class="govuk-error-summary__body">
          {message ? <p class="govuk-body">{message}</p> : null}
          <ul class="govuk-list govuk-error-summary__list">
            {issues.map((issue) => (
              <li>
                <a href={`#${fieldId(issue.field)}`}>{text(issue)}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function Button({
  children,
  secondary,
  name,
  value,
}: {
  children: Child;
  secondary?: boolean;
  /** Tells which of a form's buttons was pressed. */
  name?: string;
  value?: string;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      class={`govuk-button${secondary ? " govuk-button--secondary" : ""}`}
      data-prevent-double-click="true"
    >
      {children}
    </button>
  );
}

export function Notice({ children }: { children: Child }) {
  return (
    <div class="govuk-inset-text" role="status">
      {children}
    </div>
  );
}

/** The element id of a field, as the error summary links to it. */
export const fieldId = (field: string) => field.replace(/[^\w-]/g, "-");

type FieldProps = {
  name: string;
  /** The issues' field, and so the element id, when it differs from `name` (several forms on a page). */
  field?: string | undefined;
  /** The label, or the legend of a fieldset. */
  label: string;
  hint?: string | undefined;
  issues?: FieldIssue[] | undefined;
  /** The label or legend is the page heading (a GOV.UK question page). */
  heading?: boolean;
  size?: "s" | "m" | "l";
};

type Control = { id: string; describedBy: string | undefined; error: boolean };

/** A GOV.UK form group: label (or fieldset and legend), hint, inline error, then the control. */
export function FormGroup(p: FieldProps & { fieldset?: boolean; children: (c: Control) => Child }) {
  const text = useIssueText();
  const key = p.field ?? p.name;
  const id = fieldId(key);
  const issue = p.issues?.find((i) => i.field === key);
  const describedBy = [p.hint ? `${id}-hint` : "", issue ? `${id}-error` : ""].filter(Boolean).join(" ");
  const size = p.heading ? "l" : p.size;
  const body = (
    <>
      {p.hint ? (
        <div id={`${id}-hint`} class="govuk-hint">
          {p.hint}
        </div>
      ) : null}
      {issue ? (
        <p id={`${id}-error`} class="govuk-error-message">
          {text(issue)}
        </p>
      ) : null}
      {p.children({ id, describedBy: p.fieldset ? undefined : describedBy || undefined, error: !!issue })}
    </>
  );
  const label = (
    <label class={`govuk-label${size ? ` govuk-label--${size}` : ""}`} for={id}>
      {p.label}
    </label>
  );
  return (
    <div class={`govuk-form-group${issue ? " govuk-form-group--error" : ""}`}>
      {p.fieldset ? (
        <fieldset class="govuk-fieldset" aria-describedby={describedBy || undefined}>
          <legend class={`govuk-fieldset__legend govuk-fieldset__legend--${size ?? "s"}`}>
            {p.heading ? <h1 class="govuk-fieldset__heading">{p.label}</h1> : p.label}
          </legend>
          {body}
        </fieldset>
      ) : (
        <>
          {p.heading ? <h1 class="govuk-label-wrapper">{label}</h1> : label}
          {body}
        </>
      )}
    </div>
  );
}

/** A text input; `autofocus` puts the cursor in the first field of a data-entry form. */
export function TextInput(
  p: FieldProps & {
    value?: string | undefined;
    type?: string;
    autocomplete?: string;
    inputmode?: "numeric" | "tel" | "email" | "text";
    width?: number | undefined;
    autofocus?: boolean;
  },
) {
  return (
    <FormGroup {...p}>
      {(c) => (
        <input
          class={`govuk-input${p.width ? ` govuk-input--width-${p.width}` : ""}${c.error ? " govuk-input--error" : ""}`}
          id={c.id}
          name={p.name}
          type={p.type ?? "text"}
          value={p.value ?? ""}
          autocomplete={p.autocomplete}
          inputmode={p.inputmode}
          autofocus={p.autofocus}
          aria-describedby={c.describedBy}
        />
      )}
    </FormGroup>
  );
}

export function TextArea(p: FieldProps & { value?: string | undefined; rows?: number }) {
  return (
    <FormGroup {...p}>
      {(c) => (
        <textarea
          class={`govuk-textarea${c.error ? " govuk-textarea--error" : ""}`}
          id={c.id}
          name={p.name}
          rows={p.rows ?? 4}
          aria-describedby={c.describedBy}
        >
          {p.value ?? ""}
        </textarea>
      )}
    </FormGroup>
  );
}

export type Option = {
  value: string;
  label: string;
  hint?: string | undefined;
  /**
   * Shown indented under a radio, always: govuk-frontend's reveal sets aria-expanded on the
   * radio, which axe rejects, so the block is not tied to the script.
   */
  conditional?: Child;
};

export function Select(p: FieldProps & { options: Option[]; value?: string | undefined }) {
  return (
    <FormGroup {...p}>
      {(c) => (
        <select
          class={`govuk-select${c.error ? " govuk-select--error" : ""}`}
          id={c.id}
          name={p.name}
          aria-describedby={c.describedBy}
        >
          {p.options.map((o) => (
            <option value={o.value} selected={o.value === p.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormGroup>
  );
}

/** GOV.UK radios or checkboxes in a fieldset; the first input carries the field's id. */
export function Choices(
  p: FieldProps & {
    type: "radio" | "checkbox";
    options: Option[];
    value?: string | readonly string[] | undefined;
    small?: boolean;
  },
) {
  const kind = p.type === "radio" ? "radios" : "checkboxes";
  const chosen = [p.value ?? []].flat();
  return (
    <FormGroup {...p} fieldset>
      {(c) => (
        <div class={`govuk-${kind}${p.small ? ` govuk-${kind}--small` : ""}`} data-module={`govuk-${kind}`}>
          {p.options.map((o, i) => {
            const id = i === 0 ? c.id : `${c.id}-${fieldId(o.value)}`;
            return (
              <>
                <div class={`govuk-${kind}__item`}>
                  <input
                    class={`govuk-${kind}__input`}
                    id={id}
                    name={p.name}
                    type={p.type}
                    value={o.value}
                    checked={chosen.includes(o.value)}
                    aria-describedby={o.hint ? `${id}-item-hint` : undefined}
                  />
                  <label class={`govuk-label govuk-${kind}__label`} for={id}>
                    {o.label}
                  </label>
                  {o.hint ? (
                    <div id={`${id}-item-hint`} class={`govuk-hint govuk-${kind}__hint`}>
                      {o.hint}
                    </div>
                  ) : null}
                </div>
                {o.conditional ? <div class={`govuk-${kind}__conditional`}>{o.conditional}</div> : null}
              </>
            );
          })}
        </div>
      )}
    </FormGroup>
  );
}

/** One small checkbox sending `value` ("1") when ticked. */
export function SingleCheckbox(p: {
  name: string;
  label: string;
  hint?: string;
  checked?: boolean | undefined;
  value?: string;
}) {
  const id = fieldId(p.name);
  return (
    <div class="govuk-form-group">
      <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div class="govuk-checkboxes__item">
          <input
            class="govuk-checkboxes__input"
            id={id}
            name={p.name}
            type="checkbox"
            value={p.value ?? "1"}
            checked={p.checked}
            aria-describedby={p.hint ? `${id}-hint` : undefined}
          />
          <label class="govuk-label govuk-checkboxes__label" for={id}>
            {p.label}
          </label>
          {p.hint ? (
            <div id={`${id}-hint`} class="govuk-hint govuk-checkboxes__hint">
              {p.hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** A file input taking PDF, JPEG and PNG. */
export function FileInput(p: FieldProps & { multiple?: boolean }) {
  return (
    <FormGroup {...p}>
      {(c) => (
        <input
          class={`govuk-file-upload${c.error ? " govuk-file-upload--error" : ""}`}
          id={c.id}
          name={p.name}
          type="file"
          multiple={p.multiple}
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          aria-describedby={c.describedBy}
        />
      )}
    </FormGroup>
  );
}

/**
 * The one date input: GOV.UK's three fields posting `<name>-day`, `-month`, `-year`, which the
 * server reads back with `dateValue` (`src/web/validation.ts`); the day box carries the field id.
 * `value` is an ISO date or a `dateValue` as typed.
 */
export function DateInput(p: FieldProps & { value: string | undefined }) {
  const { tr } = useLang();
  const parts = dateParts(p.value);
  return (
    <FormGroup {...p} fieldset>
      {(c) => (
        <div class="govuk-date-input">
          {DATE_PARTS.map((key) => {
            const id = key === "day" ? c.id : `${c.id}-${key}`;
            return (
              <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                  <label class="govuk-label govuk-date-input__label" for={id}>
                    {tr(`portal.date.${key}`)}
                  </label>
                  <input
                    class={`govuk-input govuk-date-input__input govuk-input--width-${key === "year" ? 4 : 2}${c.error ? " govuk-input--error" : ""}`}
                    id={id}
                    name={`${p.name}-${key}`}
                    type="text"
                    inputmode="numeric"
                    value={parts[key]}
                  />
                </div>
              </div>
            );
          })}
        </div>
      )}
    </FormGroup>
  );
}

/** A GOV.UK summary list row with an optional change link. */
export function SummaryRow(p: { label: string; children: Child; id?: string; change?: string | undefined }) {
  const { tr } = useLang();
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{p.label}</dt>
      <dd class="govuk-summary-list__value" id={p.id}>
        {p.children}
      </dd>
      {p.change ? (
        <dd class="govuk-summary-list__actions">
          <a class="govuk-link" href={p.change}>
            {tr("portal.change")}
            <span class="govuk-visually-hidden"> {p.label}</span>
          </a>
        </dd>
      ) : null}
    </div>
  );
}

/** The legal regime a complaint is reviewed under: its name and why (the receipt date). */
export function RegimeText({ regime }: { regime: string }) {
  const { tr } = useLang();
  return (
    <>
      {tr(`regime.${regime}`)}
      <br />
      <span class="govuk-hint govuk-body-s">{tr(`regime.basis.${regime}`)}</span>
    </>
  );
}

/** The names of attached files as a list, or "no files". */
export function FileNames({ files }: { files: readonly { filename: string }[] }) {
  const { tr } = useLang();
  if (!files.length) return <>{tr("portal.attachments.none")}</>;
  return (
    <ul class="govuk-list">
      {files.map((f) => (
        <li>{f.filename}</li>
      ))}
    </ul>
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

export function BackLink({ href, children }: { href: string; children?: Child }) {
  const { tr } = useLang();
  return (
    <a href={href} class="govuk-back-link">
      {children ?? tr("portal.back")}
    </a>
  );
}

const STATUS_TAG: Record<string, string> = {
  submitted: "govuk-tag--blue",
  registered: "govuk-tag--light-blue",
  in_execution: "govuk-tag--yellow",
  forwarded: "govuk-tag--purple",
  decided: "govuk-tag--green",
  left_without_consideration: "govuk-tag--red",
  withdrawn: "govuk-tag--grey",
};

export function StatusTag({ status }: { status: string }) {
  const { tr } = useLang();
  return <strong class={`govuk-tag ${STATUS_TAG[status] ?? ""}`}>{tr(`status.${status}`)}</strong>;
}

/** The colour of a deadline's state. */
export const DEADLINE_TAG: Record<string, string> = {
  running: "govuk-tag--blue",
  met: "govuk-tag--green",
  missed: "govuk-tag--red",
  overdue: "govuk-tag--red",
};

/** A GOV.UK summary list of `[label key, value, value id]` rows; false rows are left out. */
export function SummaryList({ rows }: { rows: ([key: string, value: Child, id?: string] | false | null)[] }) {
  const { tr } = useLang();
  return (
    <dl class="govuk-summary-list">
      {rows.map((r) =>
        r ? (
          <SummaryRow label={tr(r[0])} id={r[2]}>
            {r[1]}
          </SummaryRow>
        ) : null,
      )}
    </dl>
  );
}

/** A GOV.UK warning text; `label` ("Warning") is read out before it. */
export function WarningText({ label, children }: { label?: string; children: Child }) {
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        {label ? <span class="govuk-visually-hidden">{label} </span> : null}
        {children}
      </strong>
    </div>
  );
}
