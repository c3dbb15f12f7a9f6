import { randomUUID } from "node:crypto";
import type { Context } from "hono";
import { Hono } from "hono";
import type { FieldIssue } from "../../domain/errors.ts";
import { notFound } from "../../domain/errors.ts";
import { t } from "../../i18n/index.ts";
import { fileForCaller } from "../../operations/file-for-caller.ts";
import { idempotent } from "../../operations/idempotency.ts";
import { STATUS_LOOKUPS_PER_OPERATOR } from "../../operations/record-status-lookup.ts";
import { currentCalendar } from "../../queries/calendar.ts";
import { complaintView } from "../../queries/complaint-view.ts";
import { actorOf, homeVisitView } from "../../queries/home-visits.ts";
import { intakeChoices } from "../../queries/intake-choices.ts";
import type { SessionUser } from "../../queries/session-user.ts";
import { identityOf, toInput } from "../api/v1/complaint-schemas.ts";
import type { AppEnv } from "../context.ts";
import { readForm, submitForm } from "../forms.ts";
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
import { CallerFiledPage } from "./pages.tsx";

async function renderForm(
  c: Context<AppEnv>,
  form: IntakeForm,
  issues: FieldIssue[],
  message: string | null = null,
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
    const form = readIntakeForm((await readForm(c)).raw);
    form.attachmentIds = [];
    form.acceptIncomplete = false;
    if (!form.idempotencyKey) form.idempotencyKey = randomUUID();
    return submitForm(c, {
      checked: checkIntake(form, "callCentre", now()),
      field: (path) => formField(path, "callCentre"),
      run: async ({ body: input }) => {
        const calendar = await currentCalendar(db);
        const stored = await db.transaction((tx) =>
          idempotent(tx, user.id, `caller-form:${form.idempotencyKey}`, now(), async () => {
            const id = await fileForCaller(tx, {
              actor: user,
              input: toInput(input),
              applicant: identityOf(input),
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
      render: ({ issues, message }) => renderForm(c, form, issues, message),
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
