import type { z } from "zod";
import { type FieldIssue, isFieldCode } from "../domain/errors.ts";

/**
 * zod issues → field issues with i18n codes that say what to do: `required`, `too_long`,
 * `choose_one` (a choice outside the options), `number`, `number_min`/`number_max`, `email`,
 * a custom code, else `invalid`.
 */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue): FieldIssue => {
    const field = issue.path.map(String).join(".") || "body";
    switch (issue.code) {
      case "custom":
        return { field, code: isFieldCode(issue.message) ? issue.message : "invalid" };
      case "invalid_type":
        // zod 4 reports no input by default; its message ends "received undefined" for a missing field.
        if (issue.input === undefined ? /received undefined$/.test(issue.message) : issue.input === "")
          return { field, code: "required" };
        if (issue.expected === "number" || issue.expected === "int") return { field, code: "number" };
        if (issue.expected === "boolean") return { field, code: "choose_one" };
        return { field, code: "invalid" };
      case "invalid_value":
        return { field, code: "choose_one" };
      case "invalid_format":
        return { field, code: issue.format === "email" ? "email" : "invalid" };
      case "too_small":
        if (issue.origin === "string" && Number(issue.minimum) <= 1) return { field, code: "required" };
        if (issue.origin === "number")
          return { field, code: "number_min", params: { min: Number(issue.minimum) } };
        return { field, code: "invalid" };
      case "too_big":
        if (issue.origin === "string")
          return { field, code: "too_long", params: { max: Number(issue.maximum) } };
        if (issue.origin === "number")
          return { field, code: "number_max", params: { max: Number(issue.maximum) } };
        return { field, code: "invalid" };
      default:
        return { field, code: "invalid" };
    }
  });
}

/** The three fields of a GOV.UK date input. */
export const DATE_PARTS = ["day", "month", "year"] as const;
export type DateParts = Record<(typeof DATE_PARTS)[number], string>;

/**
 * The value of the date input `name` in a form body or query (`<name>-day`, `-month`, `-year`),
 * read through `get`: the ISO date when the three fields make a real date, "" when all are
 * empty, else what was typed as "day.month.year" — which no date check accepts, so the field
 * gets its "not a real date" error and is shown again as typed. `undefined` when none was sent.
 */
export function dateValue(get: (key: string) => unknown, name: string): string | undefined {
  const raw = DATE_PARTS.map((k) => get(`${name}-${k}`));
  if (raw.every((v) => v === undefined)) return undefined;
  const [day, month, year] = raw.map((v) => (typeof v === "string" ? v.trim() : ""));
  if (!day && !month && !year) return "";
  if (/^\d{1,2}$/.test(day!) && /^\d{1,2}$/.test(month!) && /^\d{4}$/.test(year!)) {
    const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (d.getUTCDate() === Number(day) && d.getUTCMonth() + 1 === Number(month))
      return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
  }
  return `${day}.${month}.${year}`;
}

/** The three fields showing a date value (an ISO date, or "day.month.year" as typed). */
export function dateParts(value: string | undefined): DateParts {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? "");
  if (iso) return { day: String(Number(iso[3])), month: String(Number(iso[2])), year: iso[1]! };
  const [day = "", month = "", year = ""] = value ? value.split(".") : [];
  return { day, month, year };
}
