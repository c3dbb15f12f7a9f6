import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { DomainError } from "../../../domain/errors.ts";
import { fileForCaller } from "../../../operations/file-for-caller.ts";
import { spendSmsCode } from "../../../operations/spend-sms-code.ts";
import type { AppEnv } from "../../context.ts";
import { requireUser } from "../../guards.ts";
import { checkedSignature } from "../../signing.ts";
import {
  ComplaintSchema,
  identityOf,
  OfficeComplaintBody,
  SignatureInput,
  toInput,
} from "./complaint-schemas.ts";
import { createOnce } from "./complaints.ts";
import { Problem } from "./schemas.ts";

/** What the operator records for a caller: the office body without the receipt time (it is now). */
export const CallerComplaintBody = OfficeComplaintBody.omit({
  receivedAt: true,
  backdateReason: true,
}).openapi("CallerComplaintInput");

/**
 * With `signature` (`sms_otp`: the code sent to the caller's phone, read out by the caller) the
 * complaint is signed by the applicant; without it the operator's record stands (`operator_recorded`).
 */
const SignedCallerBody = CallerComplaintBody.extend({ signature: SignatureInput.optional() }).openapi(
  "SignedCallerComplaintInput",
);

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
    body: { required: true, content: { "application/json": { schema: SignedCallerBody } } },
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
    const input = toInput(body);
    const applicant = identityOf(body);
    if (body.signature?.method === "eds_cms")
      throw new DomainError("validation", "validation", [
        { field: "signature.method", code: "signature_method_not_here" },
      ]);
    const signed = body.signature ? await checkedSignature(c, user, body.signature, input, applicant) : null;
    return createOnce(c, async ({ tx, at, reference, answer }) => {
      if (signed?.challengeId) await spendSmsCode(tx, { ...signed.spend, now: at });
      return fileForCaller(
        tx,
        {
          actor: user,
          input,
          applicant,
          language: c.get("lang"),
          receivedAt: at,
          signature: signed?.signature,
          calendar: reference.calendar,
          reference,
          requestId: c.get("requestId"),
        },
        answer,
      );
    });
  });
}
