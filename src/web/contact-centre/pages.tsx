import { shortReference } from "../../domain/complaint.ts";
import { formatDateTime } from "../../i18n/index.ts";
import type { ComplaintView } from "../../queries/complaint-view.ts";
import { SummaryList } from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";

/** What the operator tells the caller once the complaint is filed. */
export function CallerFiledPage({ view }: { view: ComplaintView }) {
  const { lang, tr } = useLang();
  return (
    <>
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title">{tr("callCentre.done")}</h1>
        <div class="govuk-panel__body">
          {tr("callCentre.reference")}
          <br />
          <strong data-reference>{view.registration?.number ?? shortReference(view.id)}</strong>
        </div>
      </div>
      <p class="govuk-body">{tr("callCentre.readOut")}</p>
      <p class="govuk-body">{tr("callCentre.doneText", { organization: view.addressee.name[lang] })}</p>
      <SummaryList
        rows={[
          ["callCentre.addresseeOrg", view.addressee.name[lang]],
          ["callCentre.receivedAt", formatDateTime(lang, new Date(view.receivedAt))],
          ["callCentre.channel", tr(`channel.${view.channel}`)],
          ["cabinet.col.status", tr(`status.${view.status}`)],
          !!view.registration && ["officeIntake.result.number", view.registration.number],
        ]}
      />
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
