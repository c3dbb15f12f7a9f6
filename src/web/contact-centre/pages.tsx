import { formatDateTime } from "../../i18n/index.ts";
import type { ComplaintView } from "../../queries/complaint-view.ts";
import { useLang } from "../ui/i18n.ts";

/** What the operator tells the caller once the complaint is filed. */
export function CallerFiledPage({ view }: { view: ComplaintView }) {
  const { lang, tr } = useLang();
  const row = (key: string, value: string, id?: string) => (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{tr(key)}</dt>
      <dd class="govuk-summary-list__value" id={id}>
        {value}
      </dd>
    </div>
  );
  return (
    <>
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title">{tr("callCentre.done")}</h1>
        <div class="govuk-panel__body">{tr(`status.${view.status}`)}</div>
      </div>
      <p class="govuk-body">{tr("callCentre.doneText", { organization: view.addressee.name[lang] })}</p>
      <dl class="govuk-summary-list">
        {row("callCentre.reference", view.id, "complaint-id")}
        {row("callCentre.addresseeOrg", view.addressee.name[lang])}
        {row("callCentre.receivedAt", formatDateTime(lang, new Date(view.receivedAt)))}
        {row("callCentre.channel", tr(`channel.${view.channel}`))}
        {view.registration ? row("officeIntake.result.number", view.registration.number) : null}
      </dl>
      <div class="govuk-button-group">
        <a class="govuk-button" href={`/${lang}/contact-centre/complaints/new`}>
          {tr("callCentre.next")}
        </a>
        <a class="govuk-button" href={`/${lang}/contact-centre/status`}>
          {tr("callCentre.statusTitle")}
        </a>
      </div>
    </>
  );
}
