import type { z } from "zod";
import { DomainError, type FieldIssue } from "../domain/errors.ts";

/** zod issues → field issues with i18n codes (`required`, `too_long`, a custom code, else `invalid`). */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join(".") || "body";
    if (issue.code === "custom") return { field, code: issue.message };
    if (issue.code === "invalid_type" && issue.input === undefined) return { field, code: "required" };
    if (issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) <= 1) {
      return { field, code: "required" };
    }
    if (issue.code === "too_big" && issue.origin === "string") {
      return { field, code: "too_long", params: { max: Number(issue.maximum) } };
    }
    return { field, code: "invalid" };
  });
}

/** Parses `input` with `schema`, or throws a 422 naming every bad field. */
export function parseOr422<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new DomainError("validation", "validation", fieldIssues(result.error));
  return result.data;
}
