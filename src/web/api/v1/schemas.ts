import { z } from "@hono/zod-openapi";

/** Signing in with a login and a password (the API's session and the sign-in page). */
export const SignInBody = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

/** One problem+json answer, for the OpenAPI description. */
export const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});

/** The problem answers of an action on a record, for the OpenAPI description. */
export const problems = {
  401: problem("Not signed in"),
  403: problem("Visible but not allowed"),
  404: problem("Absent or not visible to the caller"),
  409: problem("Not allowed in the current state"),
  422: problem("Invalid fields"),
};
