import type { Child } from "hono/jsx";
import type { FieldIssue } from "../../domain/errors.ts";
import { useIssueText } from "./components.tsx";

const fieldId = (field: string) => field.replace(/[^\w-]/g, "-");

function InlineError({ id, issue }: { id: string; issue: FieldIssue | undefined }) {
  const text = useIssueText();
  return issue ? (
    <p id={`${id}-error`} class="govuk-error-message">
      {text(issue)}
    </p>
  ) : null;
}

export type RadioOption = {
  value: string;
  label: string;
  /**
   * Shown indented under the option, always: govuk-frontend's reveal sets aria-expanded on the
   * radio, which axe rejects, so the block is not tied to the script.
   */
  conditional?: Child;
};

/**
 * GOV.UK radios in a fieldset with its legend, hint and inline error. The first radio carries
 * the field's id, so that the error summary's link lands on it.
 */
export function Radios(p: {
  name: string;
  legend: string;
  options: RadioOption[];
  value?: string | undefined;
  issues?: FieldIssue[];
  hint?: string;
  small?: boolean;
}) {
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
        <InlineError id={id} issue={issue} />
        <div class={`govuk-radios${p.small ? " govuk-radios--small" : ""}`} data-module="govuk-radios">
          {p.options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${fieldId(o.value)}`;
            return (
              <>
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
                {o.conditional ? <div class="govuk-radios__conditional">{o.conditional}</div> : null}
              </>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A single GOV.UK checkbox sending `value` when ticked. */
export function Checkbox(p: { name: string; label: string; checked?: boolean; value?: string }) {
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
          />
          <label class="govuk-label govuk-checkboxes__label" for={id}>
            {p.label}
          </label>
        </div>
      </div>
    </div>
  );
}

/** A labelled GOV.UK select. */
export function Select(p: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  issues?: FieldIssue[];
}) {
  const id = fieldId(p.name);
  const issue = p.issues?.find((i) => i.field === p.name);
  return (
    <div class={`govuk-form-group${issue ? " govuk-form-group--error" : ""}`}>
      <label class="govuk-label" for={id}>
        {p.label}
      </label>
      <InlineError id={id} issue={issue} />
      <select
        class={`govuk-select${issue ? " govuk-select--error" : ""}`}
        id={id}
        name={p.name}
        aria-describedby={issue ? `${id}-error` : undefined}
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
