import { randomUUID } from "node:crypto";
import { type Context, Hono } from "hono";
import { z } from "zod";
import type { Signature } from "../../../domain/complaint.ts";
import { regimeFor } from "../../../domain/deadlines/index.ts";
import { type FieldIssue, notFound } from "../../../domain/errors.ts";
import { maskPhone } from "../../../domain/signatures.ts";
import { localDate } from "../../../domain/time.ts";
import { t } from "../../../i18n/index.ts";
import { escalateComplaint } from "../../../operations/escalate-complaint.ts";
import { idempotent } from "../../../operations/idempotency.ts";
import { requestSmsCode } from "../../../operations/request-sms-code.ts";
import { currentCalendar } from "../../../queries/calendar.ts";
import { type ComplaintView, complaintView } from "../../../queries/complaint-view.ts";
import { escalationContent } from "../../../queries/escalation-content.ts";
import { escalationTarget } from "../../../queries/escalation-target.ts";
import { smsChallengeOf } from "../../../queries/sms-challenge.ts";
import type { AppEnv } from "../../context.ts";
import {
  issuesAt,
  type Posted,
  parseWith,
  type Rejection,
  readForm,
  rejected,
  rejectionOf,
  submitForm,
} from "../../forms.ts";
import { requireUser } from "../../guards.ts";
import { checkedEscalationSignature } from "../../signing.ts";
import { EscalateBody } from "../../workflow-actions.ts";
import { EscalatedPage, EscalatePage, escalationOf, type EscalateForm as Values } from "./escalate-pages.tsx";
import { EdsSignPage } from "./sign-pages.tsx";

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
async function renderEscalate(
  c: C,
  v: ComplaintView,
  form: Values,
  rejection: Rejection | null,
  /** Show the text to sign (PORTAL_SESSION_SIGNING off), with the SMS code sent for it. */
  sign?: { challengeId: string } | undefined,
) {
  const issues = rejection?.issues ?? [];
  const lang = c.get("lang");
  const { db, now, config } = c.get("deps");
  const user = requireUser(c, ["citizen"]);
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
  const content =
    sign && !message && !config.portalSessionSigning
      ? await escalationContent(db, v.id, { reasons: form.reasons, demands: form.demands })
      : null;
  const challenge =
    content && sign?.challengeId ? await smsChallengeOf(db, sign.challengeId, user.id, now()) : null;
  const signing = content
    ? {
        text: content.text,
        sha256: content.sha256,
        sms: {
          phone: user.phone ? maskPhone(user.phone) : null,
          // A code for another text (the reasons changed since) is not offered: a new one is needed.
          challenge: challenge?.open && challenge.sha256 === content.sha256 ? challenge : null,
        },
      }
    : undefined;
  const title = t(lang, "complaint.escalate.title");
  return c.render(
    <EscalatePage
      v={v}
      target={target}
      reviewDays={reviewDays}
      form={form}
      issues={issues}
      blocked={message ? { message, escalationId: sent } : undefined}
      sessionSigning={config.portalSessionSigning}
      signing={signing}
    />,
    { title },
  );
}

const formOf = (posted: Posted): Values => ({
  reasons: posted.text("reasons"),
  demands: posted.text("demands"),
  confirm: posted.checked("confirm"),
  idempotencyKey: posted.text("idempotencyKey").slice(0, 100) || randomUUID(),
});

/** Sends the escalation, once per form (a double click gets the first answer); the confirmation's path. */
async function escalate(
  c: C,
  id: string,
  form: Values,
  signed: { signature: Signature; smsChallengeId: string | null } | null,
) {
  const user = requireUser(c, ["citizen"]);
  const lang = c.get("lang");
  const { db, now, config } = c.get("deps");
  const calendar = await currentCalendar(db);
  const at = now();
  const stored = await db.transaction((tx) =>
    idempotent(tx, user.id, `portal-escalate:${id}:${form.idempotencyKey}`, at, async () => {
      const newId = await escalateComplaint(tx, {
        complaintId: id,
        actor: user,
        reasons: form.reasons,
        demands: form.demands,
        now: at,
        calendar,
        requestId: c.get("requestId"),
        signature: signed?.signature,
        smsChallengeId: signed?.smsChallengeId,
        sessionSigning: config.portalSessionSigning,
      });
      return { status: 201, body: { complaintId: newId } };
    }),
  );
  const { complaintId } = stored.body as { complaintId: string };
  return `/${lang}/complaints/${complaintId}/escalated`;
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

  // With the tick box (PORTAL_SESSION_SIGNING): the form is signed by the session. Without it:
  // "Continue to signing" shows the exact text; the SMS code posted with it (or EDS, below) signs.
  app.post("/complaints/:id/escalate", async (c) => {
    const id = c.req.param("id");
    const v = await ownComplaint(c, id);
    const user = requireUser(c, ["citizen"]);
    const { config } = c.get("deps");
    const posted = await readForm(c);
    const form = formOf(posted);
    const bySms = posted.text("method") === "sms_otp";
    const challengeId = posted.text("challengeId");
    const code = posted.text("code");
    if (!config.portalSessionSigning && !bySms) {
      const checked = parseWith(EscalateBody, form);
      if (!checked.ok) rejected(c, 422);
      const again = posted.text("edit") === "yes" || !checked.ok;
      return renderEscalate(
        c,
        v,
        form,
        checked.ok ? null : { issues: checked.issues, message: null, status: 422 },
        again ? undefined : { challengeId: "" },
      );
    }
    const issue: FieldIssue | null = bySms
      ? code
        ? null
        : { field: "code", code: "sms_code_required" }
      : form.confirm
        ? null
        : { field: "confirm", code: "required" };
    const checked = parseWith(config.portalSessionSigning ? EscalateForm : EscalateBody, {
      ...form,
      confirm: form.confirm || undefined,
    });
    return submitForm(c, {
      checked: checked.ok && issue ? { ok: false, issues: [issue] } : checked,
      run: async ({ reasons, demands }) => {
        const signed = bySms
          ? await checkedEscalationSignature(
              c,
              user,
              id,
              { reasons, demands },
              { method: "sms_otp", challengeId, code },
            ).catch(issuesAt("code"))
          : null;
        return escalate(c, id, form, signed);
      },
      // Refused by the operation: the complaint as it is now says why.
      render: async (rejection) =>
        renderEscalate(
          c,
          rejection.issues.length ? v : await ownComplaint(c, id),
          form,
          rejection,
          bySms ? { challengeId } : undefined,
        ),
    });
  });

  // Sends a code bound to the escalation's exact text; the signing step then asks for it.
  app.post("/complaints/:id/escalate/code", async (c) => {
    const id = c.req.param("id");
    const v = await ownComplaint(c, id);
    const user = requireUser(c, ["citizen"]);
    const { db, now } = c.get("deps");
    const lang = c.get("lang");
    const form = formOf(await readForm(c));
    const checked = parseWith(EscalateBody, form);
    if (!checked.ok) {
      rejected(c, 422);
      return renderEscalate(c, v, form, { issues: checked.issues, message: null, status: 422 });
    }
    try {
      const content = await escalationContent(db, id, checked.data);
      if (!content || !v.allowedActions.includes("escalate")) return renderEscalate(c, v, form, null);
      const sent = await requestSmsCode(db, {
        actorId: user.id,
        phone: user.phone,
        sha256: content.sha256,
        language: lang,
        now: now(),
        requestId: c.get("requestId"),
      });
      return renderEscalate(c, v, form, null, { challengeId: sent.challengeId });
    } catch (error) {
      const r = rejectionOf(lang, error);
      rejected(c, r.status);
      return renderEscalate(
        c,
        v,
        form,
        { ...r, issues: r.issues.map((i) => ({ ...i, field: "sms" })) },
        { challengeId: "" },
      );
    }
  });

  // "Sign with EDS": the exact text to sign; the detached CMS posted back signs and sends.
  app.post("/complaints/:id/escalate/eds", async (c) => {
    const id = c.req.param("id");
    const v = await ownComplaint(c, id);
    const user = requireUser(c, ["citizen"]);
    const { db } = c.get("deps");
    const lang = c.get("lang");
    const posted = await readForm(c);
    const form = formOf(posted);
    const cms = posted.text("cms");
    const checked = parseWith(EscalateBody, form);
    const content = checked.ok ? await escalationContent(db, id, checked.data) : null;
    if (!checked.ok || !content || !v.allowedActions.includes("escalate")) {
      if (!checked.ok) rejected(c, 422);
      return renderEscalate(
        c,
        v,
        form,
        checked.ok ? null : { issues: checked.issues, message: null, status: 422 },
      );
    }
    const renderEds = (issues: FieldIssue[]) =>
      c.render(
        <EdsSignPage
          back={`/${lang}/complaints/${id}/escalate`}
          action={`/${lang}/complaints/${id}/escalate/eds`}
          text={content.text}
          sha256={content.sha256}
          issues={issues}
          cms={cms}
          hidden={{ reasons: form.reasons, demands: form.demands, idempotencyKey: form.idempotencyKey }}
        />,
        { title: t(lang, "signature.eds.title") },
      );
    // The first visit shows the text; a post with the CMS signs.
    if (posted.raw.cms === undefined) return renderEds([]);
    return submitForm(c, {
      checked: cms
        ? { ok: true, data: checked.data }
        : { ok: false, issues: [{ field: "cms", code: "eds_required" }] },
      run: async (statement) => {
        const signed = await checkedEscalationSignature(c, user, id, statement, {
          method: "eds_cms",
          cms,
        }).catch(issuesAt("cms"));
        return escalate(c, id, form, signed);
      },
      render: ({ issues }) => renderEds(issues),
    });
  });

  app.get("/complaints/:id/escalated", async (c) => {
    const v = await ownComplaint(c, c.req.param("id"));
    if (!v.escalatedFrom) throw notFound();
    return c.render(<EscalatedPage v={v} />, { title: t(c.get("lang"), "escalated.title") });
  });

  return app;
}
