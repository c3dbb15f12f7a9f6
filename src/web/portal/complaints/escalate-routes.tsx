import { randomUUID } from "node:crypto";
import { type Context, Hono } from "hono";
import { regimeFor } from "../../../domain/deadlines/index.ts";
import { DomainError, type FieldIssue, notFound } from "../../../domain/errors.ts";
import { localDate } from "../../../domain/time.ts";
import { t } from "../../../i18n/index.ts";
import { escalateComplaint } from "../../../operations/escalate-complaint.ts";
import { idempotent } from "../../../operations/idempotency.ts";
import { currentCalendar } from "../../../queries/calendar.ts";
import { type ComplaintView, complaintView } from "../../../queries/complaint-view.ts";
import { escalationTarget } from "../../../queries/escalation-target.ts";
import type { AppEnv } from "../../context.ts";
import { errorText } from "../../errors.tsx";
import { requireUser } from "../../guards.ts";
import { EscalatedPage, type EscalateForm, EscalatePage, escalationOf } from "./escalate-pages.tsx";

type C = Context<AppEnv>;

/** The longest reasons or demands, as the API accepts them. */
const MAX_TEXT = 10_000;

/** The caller's own complaint (a citizen), or 404. */
async function ownComplaint(c: C, id: string): Promise<ComplaintView> {
  const user = requireUser(c, ["citizen"]);
  const { db, now } = c.get("deps");
  const v = await complaintView(db, id, user, now());
  if (!v) throw notFound();
  return v;
}

const blankForm = (): EscalateForm => ({
  reasons: "",
  demands: "",
  confirm: false,
  idempotencyKey: randomUUID(),
});

function readForm(body: Record<string, string | File | (string | File)[]>): EscalateForm {
  const text = (name: string) => {
    const v = body[name];
    return typeof v === "string" ? v : "";
  };
  return {
    reasons: text("reasons"),
    demands: text("demands"),
    confirm: text("confirm") === "yes",
    idempotencyKey: text("idempotencyKey").slice(0, 100) || randomUUID(),
  };
}

function checkForm(form: EscalateForm): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of ["reasons", "demands"] as const) {
    const value = form[field].trim();
    if (!value) issues.push({ field, code: `portalField.${field}.required` });
    else if (value.length > MAX_TEXT) issues.push({ field, code: "too_long", params: { max: MAX_TEXT } });
  }
  if (!form.confirm) issues.push({ field: "confirm", code: "portalField.confirm.required" });
  return issues;
}

/**
 * The form, or the reason it is closed: the operation's own rejection (`error`), else what the
 * complaint's allowed actions and the region's department say.
 */
async function renderEscalate(
  c: C,
  v: ComplaintView,
  form: EscalateForm,
  issues: FieldIssue[],
  error?: DomainError,
) {
  const lang = c.get("lang");
  const { db, now } = c.get("deps");
  const target = await escalationTarget(db, {
    respondentId: v.respondent.organizationId,
    holderId: v.holder.organizationId,
  });
  const sent = escalationOf(v);
  const message = error
    ? errorText(lang, error)
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
    { title: issues.length || error ? `${t(lang, "error.title")}: ${title}` : title },
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
    return renderEscalate(c, v, blankForm(), []);
  });

  app.post("/complaints/:id/escalate", async (c) => {
    const id = c.req.param("id");
    const v = await ownComplaint(c, id);
    const user = requireUser(c, ["citizen"]);
    const lang = c.get("lang");
    const { db, now } = c.get("deps");
    const form = readForm(await c.req.parseBody());
    const issues = checkForm(form);
    if (issues.length) {
      c.status(422);
      return renderEscalate(c, v, form, issues);
    }
    const calendar = await currentCalendar(db);
    const at = now();
    try {
      // A second submit of the same form (a double click) gets the first one's answer.
      const stored = await db.transaction((tx) =>
        idempotent(tx, user.id, `portal-escalate:${id}:${form.idempotencyKey}`, at, async () => {
          const newId = await escalateComplaint(tx, {
            complaintId: id,
            actor: user,
            reasons: form.reasons.trim(),
            demands: form.demands.trim(),
            now: at,
            calendar,
            requestId: c.get("requestId"),
          });
          return { status: 201, body: { complaintId: newId } };
        }),
      );
      const { complaintId } = stored.body as { complaintId: string };
      return c.redirect(`/${lang}/complaints/${complaintId}/escalated`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== "conflict") throw error;
      c.status(409);
      return renderEscalate(c, await ownComplaint(c, id), form, [], error);
    }
  });

  app.get("/complaints/:id/escalated", async (c) => {
    const v = await ownComplaint(c, c.req.param("id"));
    if (!v.escalatedFrom) throw notFound();
    return c.render(<EscalatedPage v={v} />, { title: t(c.get("lang"), "escalated.title") });
  });

  return app;
}
