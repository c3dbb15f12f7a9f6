import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { isConnectionFailure, RETRY_AFTER_SECONDS } from "../db/availability.ts";
import { DateOutOfRange } from "../domain/calendar/index.ts";
import { DomainError } from "../domain/errors.ts";
import { has, isLang, issueText, type Lang, negotiateLang, t } from "../i18n/index.ts";
import type { AppEnv } from "./context.ts";
import { ErrorPage } from "./ui/error-page.tsx";

export const STATUS: Record<DomainError["kind"], ContentfulStatusCode> = {
  malformed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  validation: 422,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unavailable: 503,
  internal: 500,
};

export const isApi = (c: Context<AppEnv>) => c.req.path.startsWith("/api/");

/**
 * The language of the request: the page's path prefix; else the one a route chose (the OIDC
 * callback: the language the sign-in started in); else Accept-Language (the API).
 */
export function requestLang(c: Context<AppEnv>): Lang {
  const first = c.req.path.split("/")[1];
  if (isLang(first)) return first;
  const chosen: unknown = c.get("lang");
  return isLang(chosen) ? chosen : negotiateLang(undefined, c.req.header("accept-language"));
}

/** The localized text of an error code: `error.<code>`, else the generic text of its kind. */
export function errorText(lang: Lang, error: DomainError): string {
  const key = has(lang, `error.${error.code}`) ? `error.${error.code}` : `error.${error.kind}`;
  return t(lang, key, error.params);
}

function toDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  // A date from the request that the calendar cannot place (before its first or after its last year).
  if (error instanceof DateOutOfRange) return new DomainError("validation", "date_out_of_range");
  if (error instanceof HTTPException) {
    const byStatus: Partial<Record<number, DomainError>> = {
      400: new DomainError("malformed", "malformed"),
      401: new DomainError("unauthenticated", "unauthenticated"),
      403: new DomainError("forbidden", "forbidden"),
      404: new DomainError("not_found", "not_found"),
      413: new DomainError("payload_too_large", "payload_too_large"),
      415: new DomainError("unsupported_media_type", "unsupported_media_type"),
    };
    return byStatus[error.status] ?? null;
  }
  return null;
}

/** `application/problem+json` as api.md describes it. */
export function problem(c: Context<AppEnv>, error: DomainError): Response {
  const lang = requestLang(c);
  const status = STATUS[error.kind];
  const body = {
    type: `urn:shagym:problem:${error.code}`,
    title: errorText(lang, error),
    status,
    code: error.code,
    ...(error.fields.length
      ? { errors: error.fields.map((f) => ({ field: f.field, code: f.code, message: issueText(lang, f) })) }
      : {}),
  };
  return c.body(JSON.stringify(body), status, {
    "Content-Type": "application/problem+json; charset=utf-8",
    "Content-Language": lang,
    ...retryAfter(error),
  });
}

const retryAfter = (error: DomainError): Record<string, string> =>
  error.kind === "unavailable"
    ? { "Retry-After": String(RETRY_AFTER_SECONDS) }
    : error.kind === "rate_limited" && typeof error.params.retryAfter === "number"
      ? { "Retry-After": String(error.params.retryAfter) }
      : {};

/**
 * The one error handler: problem+json for the API, a localized page (or sign-in) for HTML.
 * The database being away (or too slow) is a 503 with `Retry-After`, not a 500.
 */
export async function handleError(error: unknown, c: Context<AppEnv>): Promise<Response> {
  let known = toDomainError(error);
  if (!known && isConnectionFailure(error)) {
    const availability = c.get("deps")?.availability;
    // One warning when the database goes; while it is known to be away, each refusal is debug.
    c.get("log")?.[availability?.down ? "debug" : "warn"](
      { path: c.req.path },
      "database unavailable: answered 503",
    );
    availability?.report(error);
    known = new DomainError("unavailable", "unavailable");
  }
  if (!known) {
    c.get("log")?.error({ err: error }, "unhandled error");
    known = new DomainError("internal", "internal");
  }
  if (isApi(c)) return problem(c, known);
  const lang = requestLang(c);
  if (known.kind === "unauthenticated") {
    const query = new URLSearchParams();
    if (c.req.method === "GET") query.set("next", c.req.path);
    if (c.get("sessionExpired")) query.set("expired", "1");
    const qs = query.size ? `?${query}` : "";
    return c.redirect(`/${lang}/sign-in${qs}`, 303);
  }
  c.set("lang", lang);
  c.status(STATUS[known.kind]);
  for (const [name, value] of Object.entries(retryAfter(known))) c.header(name, value);
  const notFound = known.kind === "not_found";
  const unavailable = known.kind === "unavailable";
  const title = t(lang, notFound ? "error.not_found" : unavailable ? "error.unavailable" : "error.title");
  const detail = notFound
    ? t(lang, "error.not_found.detail")
    : unavailable
      ? t(lang, "error.unavailable.detail")
      : errorText(lang, known);
  return c.render(<ErrorPage title={title} detail={detail} />, { title });
}
