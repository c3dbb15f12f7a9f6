/**
 * What can be wrong with one field: a closed vocabulary of snake_case codes, the same in
 * problem+json and on pages. The text of a code is `field.<code>` in the catalogues, or a field's
 * own `field.<path>.<code>` where the catalogue has one (see `issueKey` in src/i18n).
 */
export const FIELD_CODES = [
  // from the schemas (src/web/validation.ts maps zod's issues onto these)
  "required",
  "invalid",
  "choose_one",
  "number",
  "number_min",
  "number_max",
  "email",
  "too_long",
  "control_characters",
  // identity, contacts, dates and times
  "iin_invalid",
  "phone_invalid",
  "email_invalid",
  "date_invalid",
  "date_real",
  "date_iso",
  "date_in_future",
  "time_invalid",
  "year_digits",
  // the calendar
  "date_out_of_calendar",
  "year_out_of_calendar",
  "past_calendar",
  "working_days_range",
  "working_day_kind",
  "weekend_already_off",
  "weekday_already_working",
  "no_calendar_entry",
  // reference data and addressees
  "unknown_organization",
  "unknown_service",
  "unknown_executor",
  "unknown_reviewing_body",
  "not_your_organization",
  "addressee_not_allowed",
  // attachments
  "unknown_attachment",
  "too_many_attachments",
  "attachment_too_large",
  "attachment_type",
  // the procedure
  "backdate_reason_required",
  "term_not_refused",
  "extension_too_long",
  // a step of the portal's filing left undone
  "incomplete",
  // signatures: the SMS code and the EDS (CMS) checks
  "sms_code_required",
  "sms_code_wrong",
  "sms_code_expired",
  "sms_code_exhausted",
  "sms_code_used",
  "sms_code_unknown",
  "sms_no_phone",
  "signature_text_changed",
  "signature_method_not_here",
  "signature_required",
  "eds_required",
  "eds_format",
  "eds_content",
  "eds_signature",
  "eds_chain",
  "eds_validity",
  "eds_revocation",
  "eds_iin",
  "eds_name",
  "decision_signature_required",
  "eds_unavailable",
  // home visits
  "home_visit_date_past",
  "home_visit_day_off",
  "home_visit_employee",
  // report filters
  "period_order",
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

export const isFieldCode = (value: unknown): value is FieldCode =>
  (FIELD_CODES as readonly unknown[]).includes(value);

/** A field-level problem: `field` is a JSON path (`applicant.iin`), `code` says what is wrong. */
export type FieldIssue = { field: string; code: FieldCode; params?: Record<string, string | number> };

/**
 * An expected rejection with a stable code (also the i18n key `error.<code>`). The web edge maps
 * the kind to an HTTP status and renders it as a form error or as problem+json.
 */
export class DomainError extends Error {
  constructor(
    readonly kind:
      | "malformed"
      | "unauthenticated"
      | "forbidden"
      | "not_found"
      | "conflict"
      | "validation"
      | "rate_limited"
      | "payload_too_large"
      | "unsupported_media_type"
      | "unavailable"
      | "internal",
    readonly code: string,
    readonly fields: FieldIssue[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

export const notFound = () => new DomainError("not_found", "not_found");
export const conflict = (code: string) => new DomainError("conflict", code);
export const invalid = (fields: FieldIssue[]) => new DomainError("validation", "validation", fields);
