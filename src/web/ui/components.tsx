import type { Child } from "hono/jsx";
import { useRequestContext } from "hono/jsx-renderer";
import type { FieldIssue } from "../../domain/errors.ts";
import type { AppEnv } from "../context.ts";
import { useLang } from "./i18n.ts";

export function CsrfField() {
  return <input type="hidden" name="_csrf" value={useRequestContext<AppEnv>().get("csrfToken")} />;
}

/** The message of a field issue: `field.<code>` in the page language. */
export function useIssueText() {
  const { tr } = useLang();
  return (issue: FieldIssue) =>
    tr(issue.code.includes(".") ? issue.code : `field.${issue.code}`, issue.params);
}

const fieldId = (field: string) => field.replace(/[^\w-]/g, "-");

/** GOV.UK error summary linking each problem to its field. */
export function ErrorSummary({ issues, message }: { issues: FieldIssue[]; message?: string }) {
  const { tr } = useLang();
  const text = useIssueText();
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

type InputProps = {
  name: string;
  label: string;
  value?: string | undefined;
  issues?: FieldIssue[];
  type?: string;
  autocomplete?: string;
  hint?: string;
  inputmode?: "numeric" | "tel" | "email" | "text";
  width?: number;
};

/** A labelled text input with its hint and inline error. */
export function TextInput(p: InputProps) {
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
      <input
        class={`govuk-input${p.width ? ` govuk-input--width-${p.width}` : ""}${issue ? " govuk-input--error" : ""}`}
        id={id}
        name={p.name}
        type={p.type ?? "text"}
        value={p.value ?? ""}
        autocomplete={p.autocomplete}
        inputmode={p.inputmode}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}

export function Button({ children, secondary }: { children: Child; secondary?: boolean }) {
  return (
    <button
      type="submit"
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
