import type { z } from "zod";
import { DomainError, type FieldIssue } from "../domain/errors.ts";

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
        return { field, code: issue.message };
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

/** Parses `input` with `schema`, or throws a 422 naming every bad field. */
export function parseOr422<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new DomainError("validation", "validation", fieldIssues(result.error));
  return result.data;
}
