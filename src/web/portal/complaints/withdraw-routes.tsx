import { type Context, Hono } from "hono";
import { notFound } from "../../../domain/errors.ts";
import { t } from "../../../i18n/index.ts";
import { type ComplaintView, complaintView } from "../../../queries/complaint-view.ts";
import type { AppEnv } from "../../context.ts";
import { parseWith, type Rejection, readForm, submitForm } from "../../forms.ts";
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
import { runAction, WORKFLOW_ACTIONS } from "../../workflow-actions.ts";
import { referenceOf } from "./escalate-pages.tsx";

type C = Context<AppEnv>;

/** Withdrawal cannot be undone: the applicant confirms it on its own page and says why. */
function WithdrawPage({
  v,
  reason,
  rejection,
}: {
  v: ComplaintView;
  reason: string;
  rejection: Rejection | null;
}) {
  const issues = rejection?.issues ?? [];
  const { lang, tr } = useLang();
  const back = `/${lang}/complaints/${v.id}`;
  return (
    <>
      <BackLink href={back} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary issues={issues} message={rejection?.message ?? undefined} />
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

function render(c: C, v: ComplaintView, reason: string, rejection: Rejection | null) {
  return c.render(<WithdrawPage v={v} reason={reason} rejection={rejection} />, {
    title: t(c.get("lang"), "withdraw.title"),
  });
}

export function withdrawRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/complaints/:id/withdraw", async (c) => {
    const v = await withdrawable(c);
    // Nothing to confirm once the lifecycle no longer allows it: the complaint page says why.
    if (!v.allowedActions.includes("withdraw"))
      return c.redirect(`/${c.get("lang")}/complaints/${v.id}`, 303);
    return render(c, v, "", null);
  });

  app.post("/complaints/:id/withdraw", async (c) => {
    const v = await withdrawable(c);
    const reason = (await readForm(c)).text("reason");
    return submitForm(c, {
      // The portal asks for the reason that the API leaves optional; else the API's own schema.
      checked: parseWith(WORKFLOW_ACTIONS.withdraw.body.required(), { reason }),
      run: async (body) => {
        await runAction(c, "withdraw", v.id, body);
        return `/${c.get("lang")}/complaints/${v.id}?done=withdrawn`;
      },
      render: (rejection) => render(c, v, reason, rejection),
    });
  });

  return app;
}
