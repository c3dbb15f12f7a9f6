import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { conflict, DomainError } from "../../../domain/errors.ts";
import { complaintForAction } from "../../../operations/complaint-for-action.ts";
import { requestSmsCode } from "../../../operations/request-sms-code.ts";
import { citizenPhoneByIin } from "../../../queries/citizen-account.ts";
import { escalationContent } from "../../../queries/escalation-content.ts";
import type { AppEnv } from "../../context.ts";
import { requireUser } from "../../guards.ts";
import { signingContent } from "../../signing.ts";
import { fieldIssues } from "../../validation.ts";
import { EscalateBody } from "../../workflow-actions.ts";
import { ComplaintBody, identityOf, toInput } from "./complaint-schemas.ts";
import { CallerComplaintBody } from "./contact-centre.ts";
import { Problem } from "./schemas.ts";

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});

const Request = z
  .object({
    complaint: z.record(z.string(), z.unknown()).openapi({
      description:
        "The complaint body as it will be filed: `ComplaintInput` for a citizen, `CallerComplaintInput` for a contact-centre operator",
    }),
  })
  .openapi("SigningRequest");

const sms = createRoute({
  method: "post",
  path: "/signatures/sms",
  tags: ["signatures"],
  summary:
    "Send a 6-digit code by SMS to the applicant's phone that signs this complaint's exact text for 5 minutes (3 tries)",
  request: { body: { required: true, content: { "application/json": { schema: Request } } } },
  responses: {
    201: {
      description: "Sent",
      content: {
        "application/json": {
          schema: z.object({
            challengeId: z.string(),
            sha256: z.string(),
            expiresAt: z.string(),
            phone: z.string().openapi({ description: "Where the code went, masked" }),
          }),
        },
      },
    },
    401: problem("Not signed in"),
    403: problem("Neither a citizen nor a contact-centre operator"),
    422: problem("Invalid complaint, or no phone to send the code to"),
    429: problem("A new code too soon (`sms_resend_wait`) or too many in an hour"),
  },
});

const text = createRoute({
  method: "post",
  path: "/signatures/text",
  tags: ["signatures"],
  summary: "The exact text an EDS signature (detached CMS) must sign for this complaint, and its SHA-256",
  request: { body: { required: true, content: { "application/json": { schema: Request } } } },
  responses: {
    200: {
      description: "The text",
      content: { "application/json": { schema: z.object({ text: z.string(), sha256: z.string() }) } },
    },
    401: problem("Not signed in"),
    403: problem("Not a citizen"),
    422: problem("Invalid complaint"),
  },
});

const EscalationRequest = EscalateBody.openapi("EscalationSigningRequest");

const escalationSms = createRoute({
  method: "post",
  path: "/complaints/{id}/escalate/sms",
  tags: ["signatures"],
  summary:
    "Send a 6-digit code by SMS to the applicant's phone that signs this escalation's exact text (reasons and demands) for 5 minutes",
  request: {
    params: z.object({ id: z.string() }),
    body: { required: true, content: { "application/json": { schema: EscalationRequest } } },
  },
  responses: {
    201: sms.responses[201],
    401: problem("Not signed in"),
    403: problem("Not the applicant"),
    404: problem("No such complaint"),
    409: problem("The complaint cannot be escalated now"),
    422: problem("Invalid reasons or demands, or no phone to send the code to"),
    429: problem("A new code too soon (`sms_resend_wait`) or too many in an hour"),
  },
});

const escalationText = createRoute({
  method: "post",
  path: "/complaints/{id}/escalate/text",
  tags: ["signatures"],
  summary: "The exact text an EDS signature (detached CMS) of this escalation must sign, and its SHA-256",
  request: {
    params: z.object({ id: z.string() }),
    body: { required: true, content: { "application/json": { schema: EscalationRequest } } },
  },
  responses: {
    200: text.responses[200],
    401: problem("Not signed in"),
    403: problem("Not the applicant"),
    404: problem("No such complaint"),
    409: problem("The complaint cannot be escalated now"),
    422: problem("Invalid reasons or demands"),
  },
});

/** The escalation's text and hash, once the caller may escalate the complaint now. */
async function escalationSigning(
  c: Context<AppEnv>,
  id: string,
  statement: { reasons: string; demands: string },
) {
  const user = requireUser(c, ["citizen"]);
  const { db, now } = c.get("deps");
  await complaintForAction(db, id, user, "escalate", now(), { lock: false });
  const content = await escalationContent(db, id, statement);
  if (!content) throw conflict("no_quality_authority");
  return { user, text: content.text, sha256: content.sha256 };
}

/** Validates the complaint as the filing will, and gives its text, hash and the phone to send to. */
async function content(c: Context<AppEnv>, complaint: unknown) {
  const user = requireUser(c, ["citizen", "operator"]);
  const prefix = (issues: ReturnType<typeof fieldIssues>) =>
    issues.map((i) => ({ ...i, field: `complaint.${i.field}` }));
  if (user.role === "citizen") {
    const parsed = ComplaintBody.safeParse(complaint);
    if (!parsed.success) throw new DomainError("validation", "validation", prefix(fieldIssues(parsed.error)));
    const input = toInput(parsed.data, parsed.data.applicant.email ?? user.email);
    const identity = { surname: user.surname, name: user.name, patronymic: user.patronymic, iin: user.iin! };
    return { user, phone: user.phone, ...(await signingContent(c, user, input, identity)) };
  }
  const parsed = CallerComplaintBody.safeParse(complaint);
  if (!parsed.success) throw new DomainError("validation", "validation", prefix(fieldIssues(parsed.error)));
  const identity = identityOf(parsed.data);
  const phone =
    (await citizenPhoneByIin(c.get("deps").db, identity.iin)) ?? parsed.data.applicant.phones[0] ?? null;
  return { user, phone, ...(await signingContent(c, user, toInput(parsed.data), identity)) };
}

/** Signing a filing: the SMS code (citizen or the caller through an operator) and the text for EDS. */
export function signatureRoutes(api: OpenAPIHono<AppEnv>) {
  api.openapi(sms, async (c) => {
    const { user, phone, sha256 } = await content(c, c.req.valid("json").complaint);
    const { now } = c.get("deps");
    const sent = await requestSmsCode(c.get("deps").db, {
      actorId: user.id,
      phone,
      sha256,
      language: c.get("lang"),
      now: now(),
      requestId: c.get("requestId"),
    });
    return c.json({ ...sent, expiresAt: sent.expiresAt.toISOString() }, 201);
  });

  api.openapi(escalationSms, async (c) => {
    const { user, sha256 } = await escalationSigning(c, c.req.valid("param").id, c.req.valid("json"));
    const { db, now } = c.get("deps");
    const sent = await requestSmsCode(db, {
      actorId: user.id,
      phone: user.phone,
      sha256,
      language: c.get("lang"),
      now: now(),
      requestId: c.get("requestId"),
    });
    return c.json({ ...sent, expiresAt: sent.expiresAt.toISOString() }, 201);
  });

  api.openapi(escalationText, async (c) => {
    const { text, sha256 } = await escalationSigning(c, c.req.valid("param").id, c.req.valid("json"));
    return c.json({ text, sha256 }, 200);
  });

  api.openapi(text, async (c) => {
    requireUser(c, ["citizen"]);
    const { text, sha256 } = await content(c, c.req.valid("json").complaint);
    return c.json({ text, sha256 }, 200);
  });
}
