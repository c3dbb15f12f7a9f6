import { randomUUID } from "node:crypto";
import { type Context, Hono } from "hono";
import { z } from "zod";
import { regimeFor } from "../../../domain/deadlines/index.ts";
import { notFound } from "../../../domain/errors.ts";
import { localDate } from "../../../domain/time.ts";
import { t } from "../../../i18n/index.ts";
import { escalateComplaint } from "../../../operations/escalate-complaint.ts";
import { idempotent } from "../../../operations/idempotency.ts";
import { currentCalendar } from "../../../queries/calendar.ts";
import { type ComplaintView, complaintView } from "../../../queries/complaint-view.ts";
import { escalationTarget } from "../../../queries/escalation-target.ts";
import type { AppEnv } from "../../context.ts";
import { parseWith, type Rejection, readForm, submitForm } from "../../forms.ts";
import { requireUser } from "../../guards.ts";
import { EscalateBody } from "../../workflow-actions.ts";
import { EscalatedPage, EscalatePage, escalationOf, type EscalateForm as Values } from "./escalate-pages.tsx";

type C = Context<AppEnv>;

/** The caller's own complaint (a citizen), or 404. */
async function ownComplaint(c: C, id: string): Promise<ComplaintView> {
  const user = requireUser(c, ["citizen"]);
  const { db, now } = c.get("deps");
  const v = await complaintView(db, id, user, now());
  if (!v) throw notFound();
  return v;
}

const blankForm = (): Values => ({
  reasons: "",
  demands: "",
  confirm: false,
  idempotencyKey: randomUUID(),
});

/** The API's body, and the applicant's confirmation that the page asks for. */
const EscalateForm = EscalateBody.extend({ confirm: z.literal(true) });

/**
 * The form, or the reason it is closed: the operation's own rejection (`error`), else what the
 * complaint's allowed actions and the region's department say.
 */
async function renderEscalate(c: C, v: ComplaintView, form: Values, rejection: Rejection | null) {
  const issues = rejection?.issues ?? [];
  const lang = c.get("lang");
  const { db, now } = c.get("deps");
  const target = await escalationTarget(db, {
    respondentId: v.respondent.organizationId,
    holderId: v.holder.organizationId,
  });
  const sent = escalationOf(v);
  const message = rejection?.message
    ? rejection.message
    : sent
      ? t(lang, "error.already_escalated")
      : !v.allowedActions.includes("escalate")
        ? t(lang, "escalate.notNow")
        : target
          ? undefined
          : t(lang, "error.no_quality_authority");
  const reviewDays = regimeFor(localDate(now())).review.quality_authority.workingDays;
  const title = t(lang, "complaint.escalate.title");
  return c.render(
    <EscalatePage
      v={v}
      target={target}
      reviewDays={reviewDays}
      form={form}
      issues={issues}
      blocked={message ? { message, escalationId: sent } : undefined}
    />,
    { title },
  );
}

/**
 * The applicant's appeal to the authorized body for quality, without JavaScript: the page, its
 * POST (the same operation as `POST /api/v1/complaints/{id}/escalate`, once per form) and the
 * confirmation.
 */
export function escalationRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/complaints/:id/escalate", async (c) => {
    const v = await ownComplaint(c, c.req.param("id"));
    return renderEscalate(c, v, blankForm(), null);
  });

  app.post("/complaints/:id/escalate", async (c) => {
    const id = c.req.param("id");
    const v = await ownComplaint(c, id);
    const user = requireUser(c, ["citizen"]);
    const lang = c.get("lang");
    const { db, now } = c.get("deps");
    const posted = await readForm(c);
    const form: Values = {
      reasons: posted.text("reasons"),
      demands: posted.text("demands"),
      confirm: posted.checked("confirm"),
      idempotencyKey: posted.text("idempotencyKey").slice(0, 100) || randomUUID(),
    };
    return submitForm(c, {
      checked: parseWith(EscalateForm, { ...form, confirm: form.confirm || undefined }),
      run: async ({ reasons, demands }) => {
        const calendar = await currentCalendar(db);
        const at = now();
        // A second submit of the same form (a double click) gets the first one's answer.
        const stored = await db.transaction((tx) =>
          idempotent(tx, user.id, `portal-escalate:${id}:${form.idempotencyKey}`, at, async () => {
            const newId = await escalateComplaint(tx, {
              complaintId: id,
              actor: user,
              reasons,
              demands,
              now: at,
              calendar,
              requestId: c.get("requestId"),
            });
            return { status: 201, body: { complaintId: newId } };
          }),
        );
        const { complaintId } = stored.body as { complaintId: string };
        return `/${lang}/complaints/${complaintId}/escalated`;
      },
      // Refused by the operation: the complaint as it is now says why.
      render: async (rejection) =>
        renderEscalate(c, rejection.issues.length ? v : await ownComplaint(c, id), form, rejection),
    });
  });

  app.get("/complaints/:id/escalated", async (c) => {
    const v = await ownComplaint(c, c.req.param("id"));
    if (!v.escalatedFrom) throw notFound();
    return c.render(<EscalatedPage v={v} />, { title: t(c.get("lang"), "escalated.title") });
  });

  return app;
}
