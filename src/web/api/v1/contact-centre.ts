import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { fileForCaller } from "../../../operations/file-for-caller.ts";
import { currentCalendar } from "../../../queries/calendar.ts";
import type { AppEnv } from "../../context.ts";
import { requireUser } from "../../guards.ts";
import { ComplaintSchema, identityOf, OfficeComplaintBody, toInput } from "./complaint-schemas.ts";
import { createOnce } from "./complaints.ts";
import { Problem } from "./schemas.ts";

/** What the operator records for a caller: the office body without the receipt time (it is now). */
export const CallerComplaintBody = OfficeComplaintBody.omit({
  receivedAt: true,
  backdateReason: true,
}).openapi("CallerComplaintInput");

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});

const route = createRoute({
  method: "post",
  path: "/contact-centre/complaints",
  tags: ["complaints"],
  summary:
    "The contact centre (1414) files a complaint for a caller: channel contact_centre, the operator recorded, status submitted until the addressed body registers it",
  request: {
    headers: z.object({ "idempotency-key": z.string().min(1).max(200).optional() }),
    body: { required: true, content: { "application/json": { schema: CallerComplaintBody } } },
  },
  responses: {
    201: { description: "Filed", content: { "application/json": { schema: ComplaintSchema } } },
    401: problem("Not signed in"),
    403: problem("Not a contact-centre operator"),
    422: problem("Invalid fields"),
  },
});

export function contactCentreRoutes(api: OpenAPIHono<AppEnv>) {
  api.openapi(route, async (c) => {
    const user = requireUser(c, ["operator"]);
    const body = c.req.valid("json");
    const { db, now } = c.get("deps");
    const calendar = await currentCalendar(db);
    return createOnce(c, (tx) =>
      fileForCaller(tx, {
        actor: user,
        input: toInput(body),
        applicant: identityOf(body),
        language: c.get("lang"),
        receivedAt: now(),
        calendar,
        requestId: c.get("requestId"),
      }),
    );
  });
}
