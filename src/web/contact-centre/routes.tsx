import { randomUUID } from "node:crypto";
import type { Context } from "hono";
import { Hono } from "hono";
import type { FieldIssue } from "../../domain/errors.ts";
import { notFound } from "../../domain/errors.ts";
import { t } from "../../i18n/index.ts";
import { fileForCaller } from "../../operations/file-for-caller.ts";
import { idempotent } from "../../operations/idempotency.ts";
import { STATUS_LOOKUPS_PER_OPERATOR } from "../../operations/record-status-lookup.ts";
import { requestSmsCode } from "../../operations/request-sms-code.ts";
import { spendSmsCode } from "../../operations/spend-sms-code.ts";
import { currentCalendar } from "../../queries/calendar.ts";
import { citizenPhoneByIin } from "../../queries/citizen-account.ts";
import { complaintView } from "../../queries/complaint-view.ts";
import { actorOf, homeVisitView } from "../../queries/home-visits.ts";
import { intakeChoices } from "../../queries/intake-choices.ts";
import type { SessionUser } from "../../queries/session-user.ts";
import { smsChallengeOf } from "../../queries/sms-challenge.ts";
import { identityOf, toInput } from "../api/v1/complaint-schemas.ts";
import type { AppEnv } from "../context.ts";
import { issuesAt, readForm, rejected, rejectionOf, submitForm } from "../forms.ts";
import { requireUser } from "../guards.ts";
import { visitComplaintValues } from "../home-visits/routes.tsx";
import {
  blankIntakeForm,
  checkIntake,
  formField,
  type IntakeForm,
  inFormOrder,
  readIntakeForm,
} from "../office/intake.ts";
import { IntakeFormPage } from "../office/intake-form.tsx";
import { CabinetPage } from "../portal/cabinet.tsx";
import { statusLookupPage } from "../portal/status.tsx";
import { checkedSignature, signingContent } from "../signing.ts";
import { CallerFiledPage } from "./pages.tsx";

type CallerCode = { challengeId: string; phone: string; expiresAt: Date } | null;

async function renderForm(
  c: Context<AppEnv>,
  form: IntakeForm,
  issues: FieldIssue[],
  message: string | null = null,
  callerCode: CallerCode = null,
) {
  const lang = c.get("lang");
  const title = t(lang, "callCentre.title");
  return c.render(
    <IntakeFormPage
      mode="callCentre"
      action={`/${lang}/contact-centre/complaints/new`}
      form={{ ...form, attachmentIds: [] }}
      issues={inFormOrder(issues)}
      message={message}
      choices={await intakeChoices(c.get("deps").db)}
      kept={[]}
      callerCode={callerCode}
    />,
    { title },
  );
}

/** The contact centre 1414: a complaint taken over the phone, and the status read to a caller. */
export function contactCentreRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/contact-centre", (c) => {
    const user = requireUser(c, ["operator"]);
    return c.render(<CabinetPage user={user} />, { title: t(c.get("lang"), "tool.contactCentre") });
  });

  app.get("/contact-centre/complaints/new", async (c) => {
    const user = requireUser(c, ["operator"]);
    const visitId = c.req.query("homeVisit");
    if (!visitId) return renderForm(c, blankIntakeForm(), []);
    // A complaint about a late or cancelled home visit the operator took: prefilled against the branch.
    const { db, now } = c.get("deps");
    const visit = await homeVisitView(db, visitId, actorOf(user), now());
    if (!visit?.mayComplain) throw notFound();
    const form = blankIntakeForm(visitComplaintValues(c.get("lang"), visit));
    form.grounds = [visit.status === "cancelled" ? "refusal" : "deadline_violation"];
    return renderForm(c, form, []);
  });

  app.post("/contact-centre/complaints/new", async (c) => {
    const user: SessionUser = requireUser(c, ["operator"]);
    const lang = c.get("lang");
    const { db, now } = c.get("deps");
    const posted = await readForm(c);
    const form = readIntakeForm(posted.raw);
    form.attachmentIds = [];
    form.acceptIncomplete = false;
    if (!form.idempotencyKey) form.idempotencyKey = randomUUID();
    const checked = checkIntake(form, "callCentre", now());
    // The code: sent to the phone on the caller's account (by IIN), else the first phone given.
    const challengeId = posted.text("challengeId");
    const open = challengeId ? await smsChallengeOf(db, challengeId, user.id, now()) : null;
    const kept: CallerCode = open?.open
      ? { challengeId: open.id, phone: open.phone, expiresAt: open.expiresAt }
      : null;
    if (checked.ok && posted.text("action") === "sendCode") {
      const input = checked.data.body;
      const applicant = identityOf(input);
      try {
        const sent = await requestSmsCode(db, {
          actorId: user.id,
          phone: (await citizenPhoneByIin(db, applicant.iin)) ?? input.applicant.phones[0] ?? null,
          sha256: (await signingContent(c, user, toInput(input), applicant)).sha256,
          language: lang,
          now: now(),
          requestId: c.get("requestId"),
        });
        return renderForm(c, form, [], null, {
          challengeId: sent.challengeId,
          phone: sent.phone,
          expiresAt: sent.expiresAt,
        });
      } catch (error) {
        const r = rejectionOf(lang, error);
        rejected(c, r.status);
        return renderForm(
          c,
          form,
          r.issues.map((i) => ({ ...i, field: "sms" })),
          r.message,
          kept,
        );
      }
    }
    return submitForm(c, {
      checked,
      field: (path) => formField(path, "callCentre"),
      run: async ({ body: input }) => {
        const applicant = identityOf(input);
        const complaintInput = toInput(input);
        const code = posted.text("code");
        const signed =
          challengeId && code
            ? await checkedSignature(
                c,
                user,
                { method: "sms_otp", challengeId, code },
                complaintInput,
                applicant,
              ).catch(issuesAt("code"))
            : null;
        const calendar = await currentCalendar(db);
        const stored = await db.transaction((tx) =>
          idempotent(tx, user.id, `caller-form:${form.idempotencyKey}`, now(), async () => {
            if (signed?.challengeId) await spendSmsCode(tx, { ...signed.spend, now: now() });
            const id = await fileForCaller(tx, {
              actor: user,
              input: complaintInput,
              applicant,
              signature: signed?.signature,
              language: lang,
              receivedAt: now(),
              calendar,
              requestId: c.get("requestId"),
            });
            return { status: 201, body: { id } };
          }),
        );
        return `/${lang}/contact-centre/complaints/${(stored.body as { id: string }).id}`;
      },
      render: ({ issues, message }) => renderForm(c, form, issues, message, kept),
    });
  });

  app.get("/contact-centre/complaints/:id", async (c) => {
    const user = requireUser(c, ["operator"]);
    const { db, now } = c.get("deps");
    const view = await complaintView(db, c.req.param("id"), user, now());
    if (!view) throw notFound();
    return c.render(<CallerFiledPage view={view} />, { title: t(c.get("lang"), "callCentre.done") });
  });

  app.get("/contact-centre/status", (c) => {
    const user = requireUser(c, ["operator"]);
    return statusLookupPage(c, {
      action: `/${c.get("lang")}/contact-centre/status`,
      titleKey: "callCentre.statusTitle",
      leadKey: "callCentre.statusLead",
      client: `operator:${user.id}`,
      limit: STATUS_LOOKUPS_PER_OPERATOR,
    });
  });

  return app;
}
