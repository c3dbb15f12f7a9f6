import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import { DomainError, type FieldIssue, invalid } from "../domain/errors.ts";
import type { Lang } from "../i18n/index.ts";
import type { AppEnv } from "./context.ts";
import { errorText, STATUS } from "./errors.tsx";
import { dateValue, fieldIssues } from "./validation.ts";

/**
 * The one way every page takes a posted form (the GOV.UK pattern):
 *
 *   read (`readForm`) → check with the API's own zod schema → run the operation → 303 to the
 *   next page; or, on a rejection, the same page again with what was typed, the error summary
 *   linking to each field, the status (422 for the fields, 409/403 for the operation's refusal)
 *   and "Error: " before the title (the layout adds it: `rejected`).
 *
 * `submitForm` is the pipeline; a page gives it the values checked (`parseWith` the API's
 * schema), the operation and how to draw itself. Copy `src/web/portal/complaints/withdraw-routes.tsx`
 * to add a page with a form.
 */

/** A posted form's text fields, trimmed; the CSRF token and files left out. */
export type Posted = {
  /** The field's text ("" when absent). */
  text(name: string): string;
  /** Every value of a repeated field (checkboxes). */
  all(name: string): string[];
  /** A GOV.UK date input's value (`dateValue`): ISO, "" when empty, as typed when not a date. */
  date(name: string): string | undefined;
  /** Whether a checkbox or radio with this value was sent. */
  checked(name: string, value?: string): boolean;
  /** The non-empty text fields, for pages that show them again. */
  values(): Record<string, string>;
  /** The body as parsed (files included), for the pages that take files. */
  raw: Record<string, string | File | (string | File)[]>;
};

export async function readForm(c: Context<AppEnv>): Promise<Posted> {
  const raw = await c.req.parseBody({ all: true });
  const strings = (name: string): string[] => {
    const v = raw[name];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v])
      .filter((x): x is string => typeof x === "string")
      .map((x) => x.trim());
  };
  const text = (name: string) => strings(name)[0] ?? "";
  return {
    raw,
    text,
    all: (name) => strings(name).filter(Boolean),
    date: (name) => dateValue((key) => (raw[key] === undefined ? undefined : text(key)), name),
    checked: (name, value = "yes") => strings(name).includes(value),
    values: () =>
      Object.fromEntries(
        Object.keys(raw)
          .filter((k) => k !== "_csrf" && text(k) !== "")
          .map((k) => [k, text(k)]),
      ),
  };
}

/** Why a form came back: the fields' issues, the operation's message, and the HTTP status. */
export type Rejection = { issues: FieldIssue[]; message: string | null; status: ContentfulStatusCode };

/** Marks the response as a form shown again with errors: its status, and "Error: " in the title. */
export function rejected(c: Context<AppEnv>, status: ContentfulStatusCode = 422): void {
  c.status(status);
  c.set("rejected", true);
}

/**
 * An operation's refusal as a rejection (validation 422, conflict 409, forbidden 403, too many
 * 429, a wrong password 401, a file too large 413 or of a wrong type 415); anything else is thrown
 * again for the error page.
 */
export function rejectionOf(lang: Lang, error: unknown): Rejection {
  if (
    !(error instanceof DomainError) ||
    ![
      "validation",
      "conflict",
      "forbidden",
      "rate_limited",
      "unauthenticated",
      "payload_too_large",
      "unsupported_media_type",
    ].includes(error.kind)
  )
    throw error;
  return {
    issues: error.fields,
    message: error.fields.length ? null : errorText(lang, error),
    status: STATUS[error.kind],
  };
}

/** A form's values checked: the operation's input, or the issues. */
export type Checked<T> = { ok: true; data: T } | { ok: false; issues: FieldIssue[] };

/** Checks a form's values, put in the shape of the API's body, with the API's own schema. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Checked<z.infer<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: fieldIssues(parsed.error) };
}

/** A check's refusal said at one field of the form (`.catch(issuesAt("code"))`); anything else is thrown on. */
export const issuesAt =
  (field: string) =>
  (error: unknown): never => {
    if (!(error instanceof DomainError) || error.kind !== "validation") throw error;
    throw invalid(error.fields.map((f) => ({ ...f, field })));
  };

export type FormSpec<T> = {
  /** The posted values checked, usually `parseWith(the API's schema, the values in its shape)`. */
  checked: Checked<T>;
  /** The API body's path of an issue → the form's field, where they differ. */
  field?: (path: string) => string;
  /** Runs the operation; where to go next (303). */
  run: (data: T) => Promise<string>;
  /** The page again, with the rejection (its status is already set). */
  render: (rejection: Rejection) => Response | Promise<Response>;
};

/** The pipeline: checked → run → redirect, or the page again with the issues. */
export async function submitForm<T>(c: Context<AppEnv>, spec: FormSpec<T>) {
  const name = spec.field ?? ((path: string) => path);
  const back = (r: Rejection) => {
    rejected(c, r.status);
    return spec.render({ ...r, issues: r.issues.map((i) => ({ ...i, field: name(i.field) })) });
  };
  if (!spec.checked.ok) return back({ issues: spec.checked.issues, message: null, status: 422 });
  let next: string;
  try {
    next = await spec.run(spec.checked.data);
  } catch (error) {
    return back(rejectionOf(c.get("lang"), error));
  }
  return c.redirect(next, 303);
}
