import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { MARKS, STATUSES } from "../../../domain/complaint.ts";
import { notFound } from "../../../domain/errors.ts";
import { recordStatusLookup } from "../../../operations/record-status-lookup.ts";
import { statusCheck } from "../../../queries/status-check.ts";
import { clientAddress } from "../../client-address.ts";
import type { AppEnv } from "../../context.ts";
import { Problem } from "./schemas.ts";

const Names = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
export const StatusSchema = z
  .object({
    number: z.string(),
    registeredOn: z.string(),
    status: z.enum(STATUSES),
    answerBy: z.string().nullable(),
    holder: z.object({ name: Names }),
    marks: z.array(
      z.object({ kind: z.enum(MARKS), at: z.string(), organization: z.object({ name: Names }).nullable() }),
    ),
  })
  .openapi("StatusCheck");

const route = createRoute({
  method: "get",
  path: "/status",
  tags: ["complaints"],
  summary:
    "Public status check by registration number and the talon's check code: status, marks and the term of the answer, no personal data. A wrong code is the same 404 as an unknown number; limited per client address.",
  request: {
    query: z.object({ number: z.string().max(100), code: z.string().max(40) }),
  },
  responses: {
    200: { description: "Status and marks", content: { "application/json": { schema: StatusSchema } } },
    404: {
      description: "No such number and code",
      content: { "application/problem+json": { schema: Problem } },
    },
    422: {
      description: "Number or code missing",
      content: { "application/problem+json": { schema: Problem } },
    },
    429: { description: "Too many lookups", content: { "application/problem+json": { schema: Problem } } },
  },
});

export function statusRoutes(api: OpenAPIHono<AppEnv>) {
  api.openapi(route, async (c) => {
    const { number, code } = c.req.valid("query");
    const { db, now } = c.get("deps");
    await recordStatusLookup(db, { client: `address:${clientAddress(c)}`, now: now() });
    const found = await statusCheck(db, number, code);
    if (!found) throw notFound();
    c.header("Cache-Control", "no-store");
    return c.json(found, 200);
  });
}
