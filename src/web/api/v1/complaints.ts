import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Tx } from "../../../db/connection.ts";
import { STATUSES } from "../../../domain/complaint.ts";
import { invalid, notFound } from "../../../domain/errors.ts";
import { misaddressedTo } from "../../../domain/reviewing-body.ts";
import { localDate } from "../../../domain/time.ts";
import { fileOfficeComplaint } from "../../../operations/file-office-complaint.ts";
import { idempotent, type StoredResponse } from "../../../operations/idempotency.ts";
import { spendSmsCode } from "../../../operations/spend-sms-code.ts";
import { type AlsoWrite, submitComplaint } from "../../../operations/submit-complaint.ts";
import { listComplaints } from "../../../queries/complaint-list.ts";
import { type ComplaintView, complaintView, presentFiled } from "../../../queries/complaint-view.ts";
import { orgNode } from "../../../queries/org-nodes.ts";
import { type Reference, referenceData } from "../../../queries/reference.ts";
import type { AppEnv } from "../../context.ts";
import { requireUser } from "../../guards.ts";
import { checkedSignature } from "../../signing.ts";
import {
  ComplaintBody,
  ComplaintSchema,
  identityOf,
  OfficeComplaintBody,
  SignatureInput,
  toInput,
} from "./complaint-schemas.ts";
import { Problem } from "./schemas.ts";

const problems = {
  401: { description: "Not signed in", content: { "application/problem+json": { schema: Problem } } },
  403: { description: "Not allowed", content: { "application/problem+json": { schema: Problem } } },
  422: { description: "Invalid fields", content: { "application/problem+json": { schema: Problem } } },
};
const IdempotencyHeader = z.object({ "idempotency-key": z.string().min(1).max(200).optional() });
const created = { description: "Created", content: { "application/json": { schema: ComplaintSchema } } };

/**
 * The portal filing: without `signature` the session signs (`portal_session`) where
 * PORTAL_SESSION_SIGNING allows it (the demo world); otherwise `signature` is required (422).
 */
const SignedComplaintBody = ComplaintBody.extend({ signature: SignatureInput.optional() }).openapi(
  "PortalComplaintInput",
);

const file = createRoute({
  method: "post",
  path: "/complaints",
  tags: ["complaints"],
  summary: "File a complaint through the portal, signed by the signed-in applicant",
  request: {
    headers: IdempotencyHeader,
    body: { required: true, content: { "application/json": { schema: SignedComplaintBody } } },
  },
  responses: { 201: created, ...problems },
});

const office = createRoute({
  method: "post",
  path: "/office/complaints",
  tags: ["complaints"],
  summary: "Enter a paper complaint received at the office; it is registered at once",
  request: {
    headers: IdempotencyHeader,
    body: { required: true, content: { "application/json": { schema: OfficeComplaintBody } } },
  },
  responses: { 201: created, ...problems },
});

const list = createRoute({
  method: "get",
  path: "/complaints",
  tags: ["complaints"],
  summary: "The complaints the caller may see",
  request: {
    query: z.object({
      status: z.enum(STATUSES).optional(),
      overdue: z.enum(["true", "false"]).optional(),
      q: z.string().max(100).optional(),
      page: z
        .string()
        .regex(/^[1-9]\d{0,5}$/)
        .optional(),
    }),
  },
  responses: {
    200: {
      description: "A page of complaints",
      content: {
        "application/json": {
          schema: z.object({
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
            items: z.array(z.object({}).passthrough()),
          }),
        },
      },
    },
    401: problems[401],
  },
});

const one = createRoute({
  method: "get",
  path: "/complaints/{id}",
  tags: ["complaints"],
  summary: "One complaint (404 when absent or not visible to the caller)",
  request: { params: z.object({ id: z.string() }) },
  responses: {
    200: { description: "The complaint", content: { "application/json": { schema: ComplaintSchema } } },
    401: problems[401],
    404: { description: "Not found", content: { "application/problem+json": { schema: Problem } } },
  },
});

/**
 * What the filer should know although the complaint was accepted: a quality department of
 * another region than the appealed body's (`addressee_not_competent`, with the competent one).
 */
function filedWarnings(view: ComplaintView, reference: Reference) {
  const addressee = reference.organizations.get(view.addressee.organizationId);
  const respondent = reference.organizations.get(view.respondent.organizationId);
  if (!addressee || !respondent) return [];
  const nodes = [...reference.organizations.values()].map(orgNode);
  const competent = misaddressedTo(orgNode(addressee), orgNode(respondent), nodes);
  return competent
    ? [{ field: "addressee.organizationId", code: "addressee_not_competent", competentBodyId: competent.id }]
    : [];
}

/** What a creating call is given: the time of the request, the reference data, the answer hook. */
export type Creation = {
  tx: Tx;
  at: Date;
  reference: Reference;
  /**
   * For submitComplaint's `also`: the answer is made from what the filing writes and recorded
   * (with a key) in the same statement. A creation that writes more after the filing (an office
   * registration) does not pass it, and its answer is read back.
   */
  answer: AlsoWrite;
};

/** Runs a creating call once per Idempotency-Key and answers 201 with the complaint's view. */
export async function createOnce(c: Context<AppEnv>, create: (creation: Creation) => Promise<string>) {
  const user = requireUser(c);
  const { db, now } = c.get("deps");
  const reference = await referenceData(db, user.referenceRevision);
  const at = now();
  const answered = (view: ComplaintView) => ({
    status: 201,
    body: { ...view, warnings: filedWarnings(view, reference) },
  });
  const stored = await db.transaction((tx) =>
    idempotent(tx, user.id, c.req.header("idempotency-key"), at, async (keeper) => {
      let filed: StoredResponse | undefined;
      const answer: AlsoWrite = (filing) => {
        filed = answered(presentFiled(filing, user, at, reference));
        return keeper ? keeper.record(filed) : null;
      };
      const id = await create({ tx, at, reference, answer });
      return filed ?? answered((await complaintView(tx, id, user, at, reference))!);
    }),
  );
  return c.json(stored.body as z.infer<typeof ComplaintSchema>, stored.status as 201);
}

export function complaintRoutes(api: OpenAPIHono<AppEnv>) {
  api.openapi(file, async (c) => {
    const user = requireUser(c, ["citizen"]);
    const body = c.req.valid("json");
    const { config } = c.get("deps");
    const input = toInput(body, body.applicant.email ?? user.email);
    const applicant = { surname: user.surname, name: user.name, patronymic: user.patronymic, iin: user.iin! };
    if (!body.signature && !config.portalSessionSigning)
      throw invalid([{ field: "signature", code: "signature_required" }]);
    const signed = body.signature ? await checkedSignature(c, user, body.signature, input, applicant) : null;
    return createOnce(c, async ({ tx, at, reference, answer }) => {
      if (signed?.challengeId) await spendSmsCode(tx, { ...signed.spend, now: at });
      return submitComplaint(
        tx,
        {
          filingsPerHour: config.quotas.filingsPerHour,
          actor: user,
          channel: "portal",
          input,
          applicant,
          applicantId: user.id,
          language: c.get("lang"),
          receivedAt: at,
          signatureMethod: "portal_session",
          signature: signed?.signature,
          calendar: reference.calendar,
          reference,
          requestId: c.get("requestId"),
        },
        answer,
      );
    });
  });

  api.openapi(office, async (c) => {
    const user = requireUser(c, ["registrar"]);
    const body = c.req.valid("json");
    return createOnce(c, ({ tx, at, reference }) =>
      fileOfficeComplaint(
        tx,
        {
          actor: user,
          input: toInput(body),
          applicant: identityOf(body),
          language: c.get("lang"),
          receivedAt: body.receivedAt ? new Date(body.receivedAt) : at,
          backdateReason: body.backdateReason ?? null,
          calendar: reference.calendar,
          reference,
          requestId: c.get("requestId"),
        },
        at,
      ),
    );
  });

  api.openapi(list, async (c) => {
    const user = requireUser(c);
    const q = c.req.valid("query");
    const { db, now } = c.get("deps");
    const result = await listComplaints(db, user, {
      status: q.status,
      overdue: q.overdue === "true",
      q: q.q?.trim() || undefined,
      page: Number(q.page ?? 1),
      pageSize: 50,
      today: localDate(now()),
    });
    return c.json(result, 200);
  });

  api.openapi(one, async (c) => {
    const user = requireUser(c);
    const { db, now } = c.get("deps");
    const reference = await referenceData(db, user.referenceRevision);
    const view = await complaintView(db, c.req.valid("param").id, user, now(), reference);
    if (!view) throw notFound();
    return c.json(view as z.infer<typeof ComplaintSchema>, 200);
  });
}
