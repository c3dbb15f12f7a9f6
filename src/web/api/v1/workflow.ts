import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { decisionLetterPdf } from "../../../documents/decision-letter.ts";
import { conflict, invalid, notFound } from "../../../domain/errors.ts";
import { visibilityOf } from "../../../domain/visibility.ts";
import { isLang } from "../../../i18n/index.ts";
import { complaintForAction } from "../../../operations/complaint-for-action.ts";
import { escalateComplaint } from "../../../operations/escalate-complaint.ts";
import { idempotent, replayed } from "../../../operations/idempotency.ts";
import { currentCalendar } from "../../../queries/calendar.ts";
import { complaintHistory } from "../../../queries/complaint-history.ts";
import { complaintView, viewerOf } from "../../../queries/complaint-view.ts";
import { nextStepAfter } from "../../../queries/next-step.ts";
import type { AppEnv } from "../../context.ts";
import { requireUser } from "../../guards.ts";
import { checkedEscalationSignature, decisionContent } from "../../signing.ts";
import { EscalateBody, runAction, WORKFLOW_ACTIONS, type WorkflowAction } from "../../workflow-actions.ts";
import { ComplaintSchema, SignatureInput } from "./complaint-schemas.ts";
import { problems } from "./schemas.ts";

const Params = z.object({ id: z.string() });
const ok = {
  description: "The complaint after the change",
  content: { "application/json": { schema: ComplaintSchema } },
};

function action<B extends z.ZodTypeAny>(path: string, summary: string, body: B, status: 200 | 201 = 200) {
  return createRoute({
    method: "post",
    path: `/complaints/{id}/${path}`,
    tags: ["workflow"],
    summary,
    request: {
      params: Params,
      headers: z.object({ "idempotency-key": z.string().min(1).max(200).optional() }),
      body: {
        required: path !== "register" && path !== "withdraw",
        content: { "application/json": { schema: body } },
      },
    },
    responses: { [status]: ok, ...problems },
  });
}

/** The escalation with the applicant's signature over its exact text (SMS code or EDS). */
const SignedEscalateBody = EscalateBody.extend({ signature: SignatureInput.optional() }).openapi(
  "EscalationInput",
);

export function workflowRoutes(api: OpenAPIHono<AppEnv>) {
  for (const [name, a] of Object.entries(WORKFLOW_ACTIONS) as [
    WorkflowAction,
    (typeof WORKFLOW_ACTIONS)[WorkflowAction],
  ][]) {
    const status = "status" in a ? a.status : 200;
    api.openapi(action(a.path, a.summary, a.body, status), async (c) => {
      const { db, now } = c.get("deps");
      const id = c.req.param("id") ?? "";
      // A bodyless withdrawal (the contract's) is a withdrawal without a reason.
      const body =
        a.path === "register"
          ? {}
          : a.path === "withdraw" && !c.req.header("content-type")
            ? {}
            : c.req.valid("json" as never);
      const base = await runAction(c, name, id, body);
      const view = await complaintView(db, id, base.actor, now());
      if (!view) throw notFound();
      // The response is documented per route; the status differs (200 or 201) by action.
      return c.json(view as z.infer<typeof ComplaintSchema>, status) as never;
    });
  }

  api.openapi(
    action(
      "escalate",
      "The applicant appeals a result to the authorized body for quality: a new linked complaint, signed like a filing (`signature` over the text of `POST /complaints/{id}/escalate/text`, or an SMS code from `/complaints/{id}/escalate/sms`; without it only where PORTAL_SESSION_SIGNING allows, else 422 `signature_required`)",
      SignedEscalateBody,
      201,
    ),
    async (c) => {
      const user = requireUser(c);
      const body = c.req.valid("json");
      const { db, now, config } = c.get("deps");
      const calendar = await currentCalendar(db);
      const id = c.req.valid("param").id;
      const key = c.req.header("idempotency-key");
      const replay = await replayed(db, user.id, key, now());
      if (replay) return c.json(replay.body as z.infer<typeof ComplaintSchema>, 201) as never;
      // Who may, and whether now, before any signature is looked at (404, 403, 409).
      await complaintForAction(db, id, user, "escalate", now(), { lock: false });
      if (!body.signature && !config.portalSessionSigning)
        throw invalid([{ field: "signature", code: "signature_required" }]);
      const signed = body.signature
        ? await checkedEscalationSignature(c, user, id, body, body.signature)
        : null;
      const stored = await db.transaction((tx) =>
        idempotent(tx, user.id, key, now(), async () => {
          const newId = await escalateComplaint(tx, {
            complaintId: id,
            actor: user,
            reasons: body.reasons,
            demands: body.demands,
            now: now(),
            calendar,
            requestId: c.get("requestId"),
            signature: signed?.signature,
            smsChallengeId: signed?.smsChallengeId,
            sessionSigning: config.portalSessionSigning,
          });
          return { status: 201, body: await complaintView(tx, newId, user, now()) };
        }),
      );
      return c.json(stored.body as z.infer<typeof ComplaintSchema>, 201) as never;
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/complaints/{id}/decision/text",
      tags: ["workflow", "signatures"],
      summary:
        "The exact text a head signs with EDS (detached CMS) for this decision, and its SHA-256; the CMS goes with the decision as `cms`",
      request: {
        params: Params,
        body: {
          required: true,
          content: {
            "application/json": { schema: WORKFLOW_ACTIONS.decide.body.pick({ outcome: true, text: true }) },
          },
        },
      },
      responses: {
        200: {
          description: "The text",
          content: { "application/json": { schema: z.object({ text: z.string(), sha256: z.string() }) } },
        },
        ...problems,
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const content = await decisionContent(c, user, c.req.valid("param").id, c.req.valid("json"));
      return c.json(content, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/complaints/{id}/history",
      tags: ["workflow"],
      summary:
        "Every event of the complaint with actor, time and what changed (staff; internal comments as the caller's field policy allows)",
      request: { params: Params },
      responses: {
        200: {
          description: "The history, oldest first",
          content: {
            "application/json": { schema: z.object({ events: z.array(z.object({}).passthrough()) }) },
          },
        },
        401: problems[401],
        403: problems[403],
        404: problems[404],
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { db, now } = c.get("deps");
      const id = c.req.valid("param").id;
      const { scope } = await complaintForAction(db, id, user, "history", now(), { lock: false });
      const policy = visibilityOf(viewerOf(user), scope);
      return c.json(
        { events: await complaintHistory(db, id, { policy, organizationId: user.organizationId }) },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/complaints/{id}/decision.pdf",
      tags: ["workflow"],
      summary:
        "The answer letter as PDF — the decision, or the reasoned refusal to consider — in the complaint's language (`lang` to ask for another)",
      request: { params: Params, query: z.object({ lang: z.enum(["kk", "ru", "en"]).optional() }) },
      responses: {
        200: {
          description: "The decision letter",
          content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
        },
        401: problems[401],
        403: problems[403],
        404: problems[404],
        409: problems[409],
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { db, now } = c.get("deps");
      const id = c.req.valid("param").id;
      await complaintForAction(db, id, user, "decision_letter", now(), { lock: false });
      const view = await complaintView(db, id, user, now());
      if (!view) throw notFound();
      // Letters are in the language of the complaint, unless a link asks for another.
      const asked = c.req.query("lang");
      const lang = isLang(asked) ? asked : view.language;
      const pdf = await decisionLetterPdf(view, lang, await nextStepAfter(db, view, lang));
      if (!pdf) throw conflict("no_decision");
      return c.body(new Uint8Array(pdf), 200, {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="decision-${view.registration?.number ?? view.id}.pdf"`,
        "Content-Language": lang,
      }) as never;
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/complaints/{id}/case-file",
      tags: ["workflow"],
      summary:
        "The whole case file as one JSON download: complaint, marks, decision, attachments, linked complaints",
      request: { params: Params },
      responses: {
        200: {
          description: "The case file",
          content: { "application/json": { schema: z.object({}).passthrough() } },
        },
        401: problems[401],
        403: problems[403],
        404: problems[404],
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { db, now } = c.get("deps");
      const id = c.req.valid("param").id;
      await complaintForAction(db, id, user, "case_file", now(), { lock: false });
      const view = await complaintView(db, id, user, now());
      if (!view) throw notFound();
      const linked = [];
      for (const other of view.linkedComplaintIds) {
        const v = await complaintView(db, other, user, now());
        if (v) linked.push(v);
      }
      const file = {
        generatedAt: now().toISOString(),
        complaint: view,
        marks: view.marks,
        decision: view.decision,
        attachments: view.attachments.map((a) => ({ ...a, url: `/api/v1/attachments/${a.id}` })),
        linkedComplaints: linked,
      };
      c.header(
        "Content-Disposition",
        `attachment; filename="case-${view.registration?.number ?? view.id}.json"`,
      );
      return c.json(file, 200);
    },
  );
}
