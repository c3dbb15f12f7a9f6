import { createMiddleware } from "hono/factory";
import { DomainError, type FieldIssue } from "../../domain/errors.ts";
import type { AppEnv } from "../context.ts";

/** No text field, query parameter or JSON string is longer (the schemas set tighter limits). */
export const MAX_FIELD_CHARS = 20_000;
/** A JSON body above this is refused before it is parsed. */
export const MAX_JSON_BYTES = 1024 * 1024;
/** More fields than this in one form, query or JSON body is refused. */
export const MAX_FIELDS = 1_000;

/** C0 and C1 control characters other than tab, line feed and carriage return; and U+FFFE/U+FFFF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

/** The problems of one text value under `field`, if any. */
function check(field: string, value: string, issues: FieldIssue[]) {
  if (value.length > MAX_FIELD_CHARS) {
    issues.push({ field, code: "too_long", params: { max: MAX_FIELD_CHARS } });
  } else if (CONTROL.test(value)) {
    issues.push({ field, code: "control_characters" });
  }
}

/** Every string (keys too) of a parsed JSON value, with its path; stops counting at MAX_FIELDS. */
function walk(value: unknown, path: string, issues: FieldIssue[], seen: { n: number }) {
  if (++seen.n > MAX_FIELDS) return;
  if (typeof value === "string") check(path || "body", value, issues);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) walk(v, path ? `${path}.${i}` : String(i), issues, seen);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const field = path ? `${path}.${k}` : k;
      check(field, k, issues);
      walk(v, field, issues, seen);
    }
  }
}

const refuse = (issues: FieldIssue[]) => {
  throw new DomainError("validation", "validation", issues.slice(0, 20));
};

/**
 * Bad input is refused before any work (and never reaches the database as a 500): every query
 * parameter, form field and JSON string is at most MAX_FIELD_CHARS long and free of control
 * characters (422 naming the field); a JSON body is at most MAX_JSON_BYTES (413). Malformed
 * JSON is left to the route, which answers 400.
 */
export const inputLimits = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const issues: FieldIssue[] = [];
    const query = Object.entries(c.req.queries());
    if (query.length > MAX_FIELDS) throw new DomainError("payload_too_large", "payload_too_large");
    for (const [name, values] of query) {
      check(name, name, issues);
      for (const v of values) check(name, v, issues);
    }
    if (issues.length) refuse(issues);
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();

    const type = c.req.header("content-type") ?? "";
    if (type.startsWith("application/json")) {
      if (Number(c.req.header("content-length") ?? 0) > MAX_JSON_BYTES) {
        throw new DomainError("payload_too_large", "payload_too_large");
      }
      const text = await c.req.text();
      if (Buffer.byteLength(text) > MAX_JSON_BYTES)
        throw new DomainError("payload_too_large", "payload_too_large");
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return next();
      }
      const seen = { n: 0 };
      walk(parsed, "", issues, seen);
      if (seen.n > MAX_FIELDS) throw new DomainError("payload_too_large", "payload_too_large");
    } else if (
      type.startsWith("application/x-www-form-urlencoded") ||
      type.startsWith("multipart/form-data")
    ) {
      const body = await c.req.parseBody({ all: true }).catch(() => null);
      if (!body) throw new DomainError("malformed", "malformed");
      const fields = Object.entries(body);
      if (fields.length > MAX_FIELDS) throw new DomainError("payload_too_large", "payload_too_large");
      for (const [name, value] of fields) {
        check(name, name, issues);
        for (const v of Array.isArray(value) ? value : [value])
          if (typeof v === "string") check(name, v, issues);
      }
    }
    if (issues.length) refuse(issues);
    return next();
  });
