import { randomUUID } from "node:crypto";
import type { Context } from "hono";
import { Hono } from "hono";
import { type FieldIssue, notFound } from "../../domain/errors.ts";
import { localDate, localTime } from "../../domain/time.ts";
import { t } from "../../i18n/index.ts";
import { fileOfficeComplaint } from "../../operations/file-office-complaint.ts";
import { flagIncompleteIntake } from "../../operations/flag-incomplete-intake.ts";
import { idempotent } from "../../operations/idempotency.ts";
import { currentCalendar } from "../../queries/calendar.ts";
import { complaintView } from "../../queries/complaint-view.ts";
import { intakeChoices, pendingAttachments } from "../../queries/intake-choices.ts";
import { officeToday } from "../../queries/office-today.ts";
import type { SessionUser } from "../../queries/session-user.ts";
import { identityOf, toInput } from "../api/v1/complaint-schemas.ts";
import { talonResponse } from "../api/v1/documents.ts";
import type { AppEnv } from "../context.ts";
import { readForm, submitForm } from "../forms.ts";
import { requireUser } from "../guards.ts";
import { storeUpload, uploadIssue } from "../middleware/multipart.ts";
import {
  blankIntakeForm,
  checkIntake,
  formField,
  type IntakeForm,
  inFormOrder,
  ownAddresseeKind,
  postedFiles,
  readIntakeForm,
} from "./intake.ts";
import { IntakeFormPage } from "./intake-form.tsx";
import { OfficeResultPage, OfficeTodayPage } from "./pages.tsx";

const STAFF = ["registrar", "head", "executor"] as const;

/** A fresh paper form: addressee and respondent = own organization, received now. */
function blankForm(user: SessionUser, now: Date): IntakeForm {
  return blankIntakeForm({
    "receivedAt.date": localDate(now),
    "receivedAt.time": localTime(now),
    "respondent.organizationId": user.organizationId ?? "",
  });
}

async function renderForm(
  c: Context<AppEnv>,
  user: SessionUser,
  form: IntakeForm,
  issues: FieldIssue[],
  message: string | null = null,
) {
  const lang = c.get("lang");
  const { db } = c.get("deps");
  const [choices, kept] = await Promise.all([
    intakeChoices(db),
    pendingAttachments(db, user.id, form.attachmentIds),
  ]);
  const title = t(lang, "officeIntake.title");
  return c.render(
    <IntakeFormPage
      mode="office"
      action={`/${lang}/office/complaints/new`}
      form={{ ...form, attachmentIds: kept.map((k) => k.id) }}
      issues={inFormOrder(issues)}
      message={message}
      choices={choices}
      kept={kept}
      ownOrganization={{
        name: user.organizationName?.[lang] ?? "",
        kindLabel: t(lang, `addressee.${ownAddresseeKind(user.organizationKind)}`),
      }}
    />,
    { title },
  );
}

/** The office (registrars): paper intake on one page, today's registrations, talons. */
export function officeRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/office", async (c) => {
    const user = requireUser(c, STAFF);
    const { db, now } = c.get("deps");
    const today = localDate(now());
    const rows = await officeToday(db, user.organizationId ?? "", today);
    const lang = c.get("lang");
    return c.render(
      <OfficeTodayPage rows={rows} organization={user.organizationName?.[lang] ?? ""} today={today} />,
      { title: t(lang, "officeIntake.todayTitle") },
    );
  });

  app.get("/office/complaints/new", (c) => {
    const user = requireUser(c, ["registrar"]);
    return renderForm(c, user, blankForm(user, c.get("deps").now()), []);
  });

  // The CSRF middleware has read the body already; each scan is checked (≤ 10 MB, by content)
  // when it is stored, and their number when the complaint is filed.
  app.post("/office/complaints/new", async (c) => {
    const user = requireUser(c, ["registrar"]);
    const lang = c.get("lang");
    const { db, now } = c.get("deps");
    const body = (await readForm(c)).raw;
    const form = readIntakeForm(body);
    // The addressee is the registrar's own organization: the paper was handed in here.
    form.values["addressee.kind"] = ownAddresseeKind(user.organizationKind);
    form.values["addressee.organizationId"] = user.organizationId ?? "";
    if (!form.idempotencyKey) form.idempotencyKey = randomUUID();

    // Scans first, so that a form shown again keeps them (the browser cannot refill a file input).
    const uploads: FieldIssue[] = [];
    for (const file of postedFiles(body)) {
      try {
        const stored = await storeUpload(c, file, user.id);
        form.attachmentIds.push(stored.id);
      } catch (error) {
        const { issue } = uploadIssue(error, "scans");
        if (!uploads.length) uploads.push(issue);
      }
    }
    const checked = checkIntake(form, "office", now());
    return submitForm(c, {
      checked: uploads.length
        ? { ok: false, issues: [...(checked.ok ? [] : checked.issues), ...uploads] }
        : checked,
      field: (path) => formField(path, "office"),
      run: async ({ body: input, missing }) => {
        const calendar = await currentCalendar(db);
        const stored = await db.transaction((tx) =>
          idempotent(tx, user.id, `office-form:${form.idempotencyKey}`, now(), async () => {
            const id = await fileOfficeComplaint(
              tx,
              {
                actor: user,
                input: toInput(input),
                applicant: identityOf(input),
                language: lang,
                receivedAt: input.receivedAt ? new Date(input.receivedAt) : now(),
                backdateReason: input.backdateReason ?? null,
                calendar,
                requestId: c.get("requestId"),
              },
              now(),
            );
            if (missing.length) {
              await flagIncompleteIntake(tx, {
                complaintId: id,
                missing,
                actor: user,
                at: now(),
                language: lang,
                requestId: c.get("requestId"),
              });
            }
            return { status: 201, body: { id, missing } };
          }),
        );
        const done = stored.body as { id: string; missing: string[] };
        const query = done.missing.length
          ? `?${new URLSearchParams({ missing: done.missing.join(",") })}`
          : "";
        return `/${lang}/office/complaints/${done.id}${query}`;
      },
      render: ({ issues, message }) => renderForm(c, user, form, issues, message),
    });
  });

  app.get("/office/complaints/:id", async (c) => {
    const user = requireUser(c, STAFF);
    const { db, now } = c.get("deps");
    const view = await complaintView(db, c.req.param("id"), user, now());
    if (!view) throw notFound();
    const missing = (c.req.query("missing") ?? "")
      .split(",")
      .filter((f) => /^[\w.]{1,60}$/.test(f))
      .slice(0, 20);
    const lang = c.get("lang");
    return c.render(<OfficeResultPage view={view} missing={missing} />, {
      title: view.registration
        ? `${t(lang, "officeIntake.done")}: ${view.registration.number}`
        : t(lang, "officeIntake.doneNotRegistered"),
    });
  });

  app.get("/office/complaints/:id/talon.pdf", (c) => talonResponse(c, c.req.param("id"), c.get("lang")));

  return app;
}
