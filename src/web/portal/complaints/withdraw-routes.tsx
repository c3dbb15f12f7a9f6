import { type Context, Hono } from "hono";
import type { FieldIssue } from "../../../domain/errors.ts";
import { notFound } from "../../../domain/errors.ts";
import { t } from "../../../i18n/index.ts";
import { type ComplaintView, complaintView } from "../../../queries/complaint-view.ts";
import type { AppEnv } from "../../context.ts";
import { requireUser } from "../../guards.ts";
import {
  BackLink,
  CsrfField,
  ErrorSummary,
  SummaryRow,
  TextArea,
  WarningText,
} from "../../ui/components.tsx";
import { useLang } from "../../ui/i18n.ts";
import { fieldIssues } from "../../validation.ts";
import { runAction, WORKFLOW_ACTIONS } from "../../workflow-actions.ts";
import { referenceOf } from "./escalate-pages.tsx";

type C = Context<AppEnv>;

/** Withdrawal cannot be undone: the applicant confirms it on its own page and says why. */
function WithdrawPage({ v, reason, issues }: { v: ComplaintView; reason: string; issues: FieldIssue[] }) {
  const { lang, tr } = useLang();
  const back = `/${lang}/complaints/${v.id}`;
  return (
    <>
      <BackLink href={back} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary issues={issues} />
          <span class="govuk-caption-l">{tr("complaint.title", { reference: referenceOf(v) })}</span>
          <h1 class="govuk-heading-l">{tr("withdraw.title")}</h1>
          <dl class="govuk-summary-list">
            <SummaryRow label={tr("portal.check.respondent")}>{v.respondent.name[lang]}</SummaryRow>
            <SummaryRow label={tr("withdraw.holder")}>{v.holder.name[lang]}</SummaryRow>
          </dl>
          <WarningText>{tr("withdraw.warning")}</WarningText>
          <form method="post" action={`${back}/withdraw`} novalidate>
            <CsrfField />
            <TextArea
              name="reason"
              label={tr("withdraw.reason")}
              hint={tr("withdraw.reason.hint")}
              issues={issues}
              value={reason}
              rows={4}
              size="s"
            />
            <div class="govuk-button-group">
              <button
                type="submit"
                class="govuk-button govuk-button--warning"
                data-prevent-double-click="true"
              >
                {tr("withdraw.confirm")}
              </button>
              <a class="govuk-link" href={back}>
                {tr("withdraw.cancel")}
              </a>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}

/** The applicant's own complaint that may still be withdrawn, or 404. */
async function withdrawable(c: C): Promise<ComplaintView> {
  const user = requireUser(c, ["citizen"]);
  const { db, now } = c.get("deps");
  const v = await complaintView(db, c.req.param("id") ?? "", user, now());
  if (!v) throw notFound();
  return v;
}

function render(c: C, v: ComplaintView, reason: string, issues: FieldIssue[]) {
  const lang = c.get("lang");
  const title = t(lang, "withdraw.title");
  if (issues.length) c.status(422);
  return c.render(<WithdrawPage v={v} reason={reason} issues={issues} />, {
    title: issues.length ? `${t(lang, "error.title")}: ${title}` : title,
  });
}

export function withdrawRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/complaints/:id/withdraw", async (c) => {
    const v = await withdrawable(c);
    // Nothing to confirm once the lifecycle no longer allows it: the complaint page says why.
    if (!v.allowedActions.includes("withdraw"))
      return c.redirect(`/${c.get("lang")}/complaints/${v.id}`, 303);
    return render(c, v, "", []);
  });

  app.post("/complaints/:id/withdraw", async (c) => {
    const v = await withdrawable(c);
    const form = await c.req.parseBody();
    const reason = typeof form.reason === "string" ? form.reason.trim() : "";
    // The portal asks for a reason; beyond that, the API's own schema and operation (one registry).
    if (!reason) return render(c, v, reason, [{ field: "reason", code: "withdraw.reason.required" }]);
    const parsed = WORKFLOW_ACTIONS.withdraw.body.safeParse({ reason });
    if (!parsed.success) return render(c, v, reason, fieldIssues(parsed.error));
    await runAction(c, "withdraw", v.id, parsed.data);
    return c.redirect(`/${c.get("lang")}/complaints/${v.id}?done=withdrawn`, 303);
  });

  return app;
}
