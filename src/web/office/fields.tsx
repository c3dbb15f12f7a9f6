import type { Child } from "hono/jsx";
import type { FieldIssue } from "../../domain/errors.ts";
import { useIssueText } from "../ui/components.tsx";

/** The element id of a field (the error summary links to it). */
export const fieldId = (field: string) => field.replace(/[^\w-]/g, "-");

function Group(p: {
  name: string;
  label: string;
  hint?: string | undefined;
  issues?: FieldIssue[] | undefined;
  children: (describedBy: string | undefined, hasError: boolean) => Child;
}) {
  const text = useIssueText();
  const id = fieldId(p.name);
  const issue = p.issues?.find((i) => i.field === p.name);
  const describedBy = [p.hint ? `${id}-hint` : "", issue ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div class={`govuk-form-group${issue ? " govuk-form-group--error" : ""}`}>
      <label class="govuk-label" for={id}>
        {p.label}
      </label>
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
      {p.children(describedBy || undefined, Boolean(issue))}
    </div>
  );
}

/** A labelled textarea with its hint and inline error. */
export function TextArea(p: {
  name: string;
  label: string;
  value?: string | undefined;
  hint?: string;
  issues?: FieldIssue[];
  rows?: number;
}) {
  return (
    <Group name={p.name} label={p.label} hint={p.hint} issues={p.issues}>
      {(describedBy, error) => (
        <textarea
          class={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
          id={fieldId(p.name)}
          name={p.name}
          rows={p.rows ?? 4}
          aria-describedby={describedBy}
        >
          {p.value ?? ""}
        </textarea>
      )}
    </Group>
  );
}

/** A labelled select. */
export function SelectField(p: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  hint?: string;
  issues?: FieldIssue[];
}) {
  return (
    <Group name={p.name} label={p.label} hint={p.hint} issues={p.issues}>
      {(describedBy, error) => (
        <select
          class={`govuk-select${error ? " govuk-select--error" : ""}`}
          id={fieldId(p.name)}
          name={p.name}
          aria-describedby={describedBy}
        >
          {p.options.map((o) => (
            <option value={o.value} selected={o.value === p.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Group>
  );
}

/** A file input (several files). */
export function FileField(p: { name: string; label: string; hint?: string; issues?: FieldIssue[] }) {
  return (
    <Group name={p.name} label={p.label} hint={p.hint} issues={p.issues}>
      {(describedBy, error) => (
        <input
          class={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
          id={fieldId(p.name)}
          name={p.name}
          type="file"
          multiple
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          aria-describedby={describedBy}
        />
      )}
    </Group>
  );
}

/** GOV.UK checkboxes in a fieldset; the first box carries the field's id. */
export function CheckboxGroup(p: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  values: string[];
  hint?: string;
  issues?: FieldIssue[];
}) {
  const text = useIssueText();
  const id = fieldId(p.name);
  const issue = p.issues?.find((i) => i.field === p.name);
  const describedBy = [p.hint ? `${id}-hint` : "", issue ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div class={`govuk-form-group${issue ? " govuk-form-group--error" : ""}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{p.legend}</legend>
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
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {p.options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${fieldId(o.value)}`;
            return (
              <div class="govuk-checkboxes__item">
                <input
                  class="govuk-checkboxes__input"
                  id={optionId}
                  name={p.name}
                  type="checkbox"
                  value={o.value}
                  checked={p.values.includes(o.value)}
                />
                <label class="govuk-label govuk-checkboxes__label" for={optionId}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** GOV.UK radios in a fieldset; the first radio carries the field's id. */
export function RadioGroup(p: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  issues?: FieldIssue[];
}) {
  const text = useIssueText();
  const id = fieldId(p.name);
  const issue = p.issues?.find((i) => i.field === p.name);
  return (
    <div class={`govuk-form-group${issue ? " govuk-form-group--error" : ""}`}>
      <fieldset class="govuk-fieldset" aria-describedby={issue ? `${id}-error` : undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{p.legend}</legend>
        {issue ? (
          <p id={`${id}-error`} class="govuk-error-message">
            {text(issue)}
          </p>
        ) : null}
        <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
          {p.options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${fieldId(o.value)}`;
            return (
              <div class="govuk-radios__item">
                <input
                  class="govuk-radios__input"
                  id={optionId}
                  name={p.name}
                  type="radio"
                  value={o.value}
                  checked={p.value === o.value}
                />
                <label class="govuk-label govuk-radios__label" for={optionId}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One checkbox with a hint, sending "1" when ticked. */
export function SingleCheckbox(p: { name: string; label: string; hint?: string; checked: boolean }) {
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
            value="1"
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

/** A labelled input; `autofocus` puts the cursor in the first field of a data-entry form. */
export function InputField(p: {
  name: string;
  label: string;
  value?: string | undefined;
  hint?: string;
  issues?: FieldIssue[];
  type?: string;
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  inputmode?: "numeric" | "tel" | "email" | "text";
  autocomplete?: string;
  autofocus?: boolean;
}) {
  return (
    <Group name={p.name} label={p.label} hint={p.hint} issues={p.issues}>
      {(describedBy, error) => (
        <input
          class={`govuk-input${p.width ? ` govuk-input--width-${p.width}` : ""}${error ? " govuk-input--error" : ""}`}
          id={fieldId(p.name)}
          name={p.name}
          type={p.type ?? "text"}
          value={p.value ?? ""}
          inputmode={p.inputmode}
          autocomplete={p.autocomplete ?? "off"}
          autofocus={p.autofocus}
          aria-describedby={describedBy}
        />
      )}
    </Group>
  );
}
