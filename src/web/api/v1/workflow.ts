import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Tx } from "../../../db/connection.ts";
import { decisionLetterPdf } from "../../../documents/decision-letter.ts";
import { OUTCOMES } from "../../../domain/complaint.ts";
import { conflict, notFound } from "../../../domain/errors.ts";
import { LEAVE_GROUNDS } from "../../../domain/lifecycle.ts";
import { isLang } from "../../../i18n/index.ts";
import { addComment } from "../../../operations/add-comment.ts";
import { adoptFavourableAct } from "../../../operations/adopt-favourable-act.ts";
import { assignComplaint } from "../../../operations/assign-complaint.ts";
import { complaintForAction } from "../../../operations/complaint-for-action.ts";
import { decideComplaint } from "../../../operations/decide-complaint.ts";
import { escalateComplaint } from "../../../operations/escalate-complaint.ts";
import { extendReview } from "../../../operations/extend-review.ts";
import { forwardComplaint } from "../../../operations/forward-complaint.ts";
import { idempotent } from "../../../operations/idempotency.ts";
import { leaveWithoutConsideration } from "../../../operations/leave-without-consideration.ts";
import { registerAtHolder } from "../../../operations/register-at-holder.ts";
import { withdrawComplaint } from "../../../operations/withdraw-complaint.ts";
import { currentCalendar } from "../../../queries/calendar.ts";
import { complaintHistory } from "../../../queries/complaint-history.ts";
import { complaintView } from "../../../queries/complaint-view.ts";
import type { SessionUser } from "../../../queries/session-user.ts";
import type { AppEnv } from "../../context.ts";
import { requireUser } from "../../guards.ts";
import { ComplaintSchema } from "./complaint-schemas.ts";
import { Problem } from "./schemas.ts";

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});
const problems = {
  401: problem("Not signed in"),
  403: problem("Visible but not allowed"),
  404: problem("Absent or not visible to the caller"),
  409: problem("Not allowed in the current state"),
  422: problem("Invalid fields"),
};
const Params = z.object({ id: z.string() });
const Text = (max = 10000) => z.string().trim().min(1).max(max);
const ok = {
  description: "The complaint after the change",
  content: { "application/json": { schema: ComplaintSchema } },
};

/** The bodies of the staff actions (api.md). */
export const ActionBodies = {
  register: z.object({}).passthrough(),
  assign: z.object({ executorId: z.string().min(1) }),
  comment: z.object({ text: Text(5000) }),
  favourableAct: z.object({ text: Text(), actNumber: z.string().trim().max(100).optional() }),
  forward: z.object({
    reviewingBodyId: z.string().trim().min(1).optional(),
    note: z.string().trim().max(5000).optional(),
    explanation: z.string().trim().max(10000).optional(),
  }),
  extend: z.object({ workingDays: z.number().int().min(1).max(100), reason: Text(5000) }),
  decision: z.object({
    outcome: z.enum(
      OUTCOMES.filter((o) => o !== "favourable_act") as ["satisfied", "partially_satisfied", "not_satisfied"],
    ),
    text: Text(),
    version: z.number().int().optional(),
  }),
  leave: z.object({ ground: z.enum(LEAVE_GROUNDS), text: Text() }),
  escalate: z.object({ reasons: Text(), demands: Text() }),
  withdraw: z.object({}),
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

type Deps = { user: SessionUser; tx: Tx; now: Date; id: string; requestId: string };

/** Runs one operation in one transaction and answers with the complaint as the caller now sees it. */
async function perform(c: Context<AppEnv>, run: (d: Deps) => Promise<unknown>, status: 200 | 201 = 200) {
  const user = requireUser(c);
  const { db, now } = c.get("deps");
  const id = c.req.param("id") ?? "";
  const at = now();
  await db.transaction((tx) => run({ user, tx, now: at, id, requestId: c.get("requestId") }));
  const view = await complaintView(db, id, user, now());
  if (!view) throw notFound();
  // The response is documented per route; the status differs (200 or 201) by action.
  return c.json(view as z.infer<typeof ComplaintSchema>, status) as never;
}

export function workflowRoutes(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    action("withdraw", "Withdraw the complaint (the applicant, until it is decided)", ActionBodies.withdraw),
    (c) =>
      perform(c, (d) =>
        withdrawComplaint(d.tx, {
          complaintId: d.id,
          actor: d.user,
          now: d.now,
          language: c.get("lang"),
          requestId: d.requestId,
        }),
      ),
  );

  api.openapi(
    action(
      "register",
      "Register the complaint at its holder (registrar or head of the holder)",
      ActionBodies.register,
    ),
    async (c) => {
      const calendar = await currentCalendar(c.get("deps").db);
      return perform(c, (d) =>
        registerAtHolder(d.tx, {
          complaintId: d.id,
          actor: d.user,
          now: d.now,
          calendar,
          requestId: d.requestId,
        }),
      );
    },
  );

  api.openapi(
    action("assign", "Assign (or reassign) to an executor of the holder", ActionBodies.assign),
    (c) => {
      const body = c.req.valid("json");
      return perform(c, (d) =>
        assignComplaint(d.tx, {
          complaintId: d.id,
          actor: d.user,
          executorId: body.executorId,
          now: d.now,
          requestId: d.requestId,
        }),
      );
    },
  );

  api.openapi(
    action("comments", "An internal comment, never shown to the applicant", ActionBodies.comment, 201),
    (c) => {
      const body = c.req.valid("json");
      return perform(
        c,
        (d) =>
          addComment(d.tx, {
            complaintId: d.id,
            actor: d.user,
            text: body.text,
            now: d.now,
            requestId: d.requestId,
          }),
        201,
      );
    },
  );

  api.openapi(
    action(
      "favourable-act",
      "Adopt a favourable act inside the forward window (APPC art. 91 p. 4)",
      ActionBodies.favourableAct,
    ),
    (c) => {
      const body = c.req.valid("json");
      return perform(c, (d) =>
        adoptFavourableAct(d.tx, {
          complaintId: d.id,
          actor: d.user,
          text: body.text,
          actNumber: body.actNumber || null,
          now: d.now,
          requestId: d.requestId,
        }),
      );
    },
  );

  api.openapi(
    action(
      "forward",
      "Forward with the administrative case to the reviewing body (proposed when omitted)",
      ActionBodies.forward,
    ),
    (c) => {
      const body = c.req.valid("json");
      return perform(c, (d) =>
        forwardComplaint(d.tx, {
          complaintId: d.id,
          actor: d.user,
          reviewingBodyId: body.reviewingBodyId ?? null,
          note: body.note || null,
          explanation: body.explanation || null,
          now: d.now,
          requestId: d.requestId,
        }),
      );
    },
  );

  api.openapi(
    action("extend", "Extend the review where the regime allows", ActionBodies.extend),
    async (c) => {
      const body = c.req.valid("json");
      const calendar = await currentCalendar(c.get("deps").db);
      return perform(c, (d) =>
        extendReview(d.tx, {
          complaintId: d.id,
          actor: d.user,
          workingDays: body.workingDays,
          reason: body.reason,
          now: d.now,
          calendar,
          requestId: d.requestId,
        }),
      );
    },
  );

  api.openapi(
    action("decision", "Decide (head of the holder), with a reasoned text", ActionBodies.decision),
    (c) => {
      const body = c.req.valid("json");
      return perform(c, (d) =>
        decideComplaint(d.tx, {
          complaintId: d.id,
          actor: d.user,
          outcome: body.outcome,
          text: body.text,
          version: body.version,
          now: d.now,
          requestId: d.requestId,
        }),
      );
    },
  );

  api.openapi(
    action(
      "leave-without-consideration",
      "Leave without consideration, with a ground and a text",
      ActionBodies.leave,
    ),
    (c) => {
      const body = c.req.valid("json");
      return perform(c, (d) =>
        leaveWithoutConsideration(d.tx, {
          complaintId: d.id,
          actor: d.user,
          ground: body.ground,
          text: body.text,
          now: d.now,
          requestId: d.requestId,
        }),
      );
    },
  );

  api.openapi(
    action(
      "escalate",
      "The applicant appeals a result to the authorized body for quality: a new linked complaint",
      ActionBodies.escalate,
      201,
    ),
    async (c) => {
      const user = requireUser(c);
      const body = c.req.valid("json");
      const { db, now } = c.get("deps");
      const calendar = await currentCalendar(db);
      const id = c.req.valid("param").id;
      const stored = await db.transaction((tx) =>
        idempotent(tx, user.id, c.req.header("idempotency-key"), now(), async () => {
          const newId = await escalateComplaint(tx, {
            complaintId: id,
            actor: user,
            reasons: body.reasons,
            demands: body.demands,
            now: now(),
            calendar,
            requestId: c.get("requestId"),
          });
          return { status: 201, body: await complaintView(tx, newId, user, now()) };
        }),
      );
      return c.json(stored.body as z.infer<typeof ComplaintSchema>, 201) as never;
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/complaints/{id}/history",
      tags: ["workflow"],
      summary:
        "Every event of the complaint with actor, time and what changed (staff; internal comments included)",
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
      const { db } = c.get("deps");
      const id = c.req.valid("param").id;
      await complaintForAction(db, id, user, "history", { lock: false });
      return c.json({ events: await complaintHistory(db, id) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/complaints/{id}/decision.pdf",
      tags: ["workflow"],
      summary: "The decision letter as PDF in the caller's language",
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
      await complaintForAction(db, id, user, "decision_letter", { lock: false });
      const view = await complaintView(db, id, user, now());
      if (!view) throw notFound();
      // A page's link names its language; otherwise Accept-Language decides.
      const asked = c.req.query("lang");
      const lang = isLang(asked) ? asked : c.get("lang");
      const pdf = await decisionLetterPdf(view, lang);
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
      await complaintForAction(db, id, user, "case_file", { lock: false });
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
