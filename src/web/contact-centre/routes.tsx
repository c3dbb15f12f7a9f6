import { randomUUID } from "node:crypto";
import type { Context } from "hono";
import { Hono } from "hono";
import type { FieldIssue } from "../../domain/errors.ts";
import { DomainError, notFound } from "../../domain/errors.ts";
import { t } from "../../i18n/index.ts";
import { fileForCaller } from "../../operations/file-for-caller.ts";
import { idempotent } from "../../operations/idempotency.ts";
import { STATUS_LOOKUPS_PER_OPERATOR } from "../../operations/record-status-lookup.ts";
import { requestSmsCode } from "../../operations/request-sms-code.ts";
import { spendSmsCode } from "../../operations/spend-sms-code.ts";
import { currentCalendar } from "../../queries/calendar.ts";
import { citizenPhoneByIin } from "../../queries/citizen-account.ts";
import { complaintView } from "../../queries/complaint-view.ts";
import { intakeChoices } from "../../queries/intake-choices.ts";
import type { SessionUser } from "../../queries/session-user.ts";
import { smsChallengeOf } from "../../queries/sms-challenge.ts";
import { identityOf, toInput } from "../api/v1/complaint-schemas.ts";
import type { AppEnv } from "../context.ts";
import { STATUS } from "../errors.tsx";
import { requireUser } from "../guards.ts";
import {
  blankIntakeForm,
  checkIntake,
  domainIssues,
  type IntakeForm,
  labelled,
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
  callerCode: CallerCode = null,
) {
  const lang = c.get("lang");
  const title = t(lang, "callCentre.title");
  return c.render(
    <IntakeFormPage
      mode="callCentre"
      action={`/${lang}/contact-centre/complaints/new`}
      form={{ ...form, attachmentIds: [] }}
      issues={labelled(lang, issues)}
      choices={await intakeChoices(c.get("deps").db)}
      kept={[]}
      callerCode={callerCode}
    />,
    { title: issues.length ? `${t(lang, "error.title")}: ${title}` : title },
  );
}

/** The contact centre 1414: a complaint taken over the phone, and the status read to a caller. */
export function contactCentreRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/contact-centre", (c) => {
    const user = requireUser(c, ["operator"]);
    return c.render(<CabinetPage user={user} />, { title: t(c.get("lang"), "tool.contactCentre") });
  });

  app.get("/contact-centre/complaints/new", (c) => {
    requireUser(c, ["operator"]);
    return renderForm(c, blankIntakeForm(), []);
  });

  app.post("/contact-centre/complaints/new", async (c) => {
    const user: SessionUser = requireUser(c, ["operator"]);
    const lang = c.get("lang");
    const { db, now } = c.get("deps");
    const raw = await c.req.parseBody({ all: true });
    const field = (name: string) => (typeof raw[name] === "string" ? (raw[name] as string) : "");
    const form = readIntakeForm(raw);
    form.attachmentIds = [];
    form.acceptIncomplete = false;
    if (!form.idempotencyKey) form.idempotencyKey = randomUUID();
    const checked = checkIntake(form, "callCentre", now());
    if (!checked.ok) {
      c.status(422);
      return renderForm(c, form, checked.issues);
    }
    const calendar = await currentCalendar(db);
    const input = checked.body;
    const applicant = identityOf(input);
    const complaintInput = toInput(input);
    // The code: sent to the phone on the caller's account (by IIN), else the first phone given.
    const challengeId = field("challengeId");
    const open = challengeId ? await smsChallengeOf(db, challengeId, user.id, now()) : null;
    const kept: CallerCode = open?.open
      ? { challengeId: open.id, phone: open.phone, expiresAt: open.expiresAt }
      : null;
    if (field("action") === "sendCode") {
      try {
        const sent = await requestSmsCode(db, {
          actorId: user.id,
          phone: (await citizenPhoneByIin(db, applicant.iin)) ?? input.applicant.phones[0] ?? null,
          sha256: (await signingContent(c, user, complaintInput, applicant)).sha256,
          language: lang,
          now: now(),
          requestId: c.get("requestId"),
        });
        return renderForm(c, form, [], {
          challengeId: sent.challengeId,
          phone: sent.phone,
          expiresAt: sent.expiresAt,
        });
      } catch (error) {
        if (!(error instanceof DomainError) || !["validation", "rate_limited"].includes(error.kind))
          throw error;
        c.status(STATUS[error.kind]);
        const issue: FieldIssue =
          error.kind === "rate_limited"
            ? { field: "sms", code: `error.${error.code}`, params: error.params }
            : { field: "sms", code: error.fields[0]?.code ?? error.code };
        return renderForm(c, form, [issue], kept);
      }
    }
    let signed: Awaited<ReturnType<typeof checkedSignature>> | null = null;
    if (challengeId && field("code").trim()) {
      try {
        signed = await checkedSignature(
          c,
          user,
          { method: "sms_otp", challengeId, code: field("code") },
          complaintInput,
          applicant,
        );
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind !== "validation") throw error;
        c.status(422);
        return renderForm(
          c,
          form,
          error.fields.map((f) => ({ ...f, field: "code" })),
          kept,
        );
      }
    }
    try {
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
      return c.redirect(`/${lang}/contact-centre/complaints/${(stored.body as { id: string }).id}`, 303);
    } catch (error) {
      c.status(422);
      return renderForm(c, form, domainIssues(error, "callCentre"));
    }
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
