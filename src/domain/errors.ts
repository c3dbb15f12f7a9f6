/** A field-level problem: `field` is a JSON path (`applicant.iin`), `code` an i18n key. */
export type FieldIssue = { field: string; code: string; params?: Record<string, string | number> };

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
