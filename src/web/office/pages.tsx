import { stampLine } from "../../domain/complaint.ts";
import { localTime } from "../../domain/time.ts";
import { formatDate, formatDateTime } from "../../i18n/index.ts";
import type { ComplaintView } from "../../queries/complaint-view.ts";
import type { TodayRegistration } from "../../queries/office-today.ts";
import { Notice, RegimeText, SummaryList, WarningText } from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";
import { useMayOpen } from "../ui/navigation.tsx";
import { Table } from "../ui/table.tsx";
import { labelOf } from "./intake.ts";

const talonHref = (lang: string, id: string) => `/${lang}/office/complaints/${id}/talon.pdf`;

/** After registering a paper complaint: the number, dates, term and place, the talon, the next one. */
export function OfficeResultPage({ view, missing }: { view: ComplaintView; missing: string[] }) {
  const { lang, tr } = useLang();
  const reg = view.registration;
  return (
    <>
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title">{tr(reg ? "officeIntake.done" : "officeIntake.doneNotRegistered")}</h1>
        {reg ? (
          <div class="govuk-panel__body">
            {tr("officeIntake.numberIs")}
            <br />
            <strong id="registration-number">{reg.number}</strong>
          </div>
        ) : null}
      </div>
      {missing.length ? (
        <WarningText>
          {tr("officeIntake.incomplete", { fields: missing.map((f) => labelOf(lang, f)).join("; ") })}
        </WarningText>
      ) : null}
      {reg ? (
        <SummaryList
          rows={[
            ["officeIntake.result.number", reg.number],
            ["officeIntake.result.registeredOn", formatDate(lang, reg.registeredOn)],
            ["officeIntake.result.receivedAt", formatDateTime(lang, new Date(view.receivedAt))],
            ["complaint.regime", <RegimeText regime={view.regime} />, "regime"],
            ["officeIntake.result.acceptedBy", stampLine(reg.acceptedBy, lang)],
            ["officeIntake.result.answerBy", formatDate(lang, reg.answerBy), "answer-by"],
            ["officeIntake.result.answerPlace", reg.answerPlace],
            [
              "officeIntake.result.applicant",
              [view.applicant.surname, view.applicant.name].filter(Boolean).join(" "),
            ],
          ]}
        />
      ) : null}
      <div class="govuk-button-group">
        {reg ? (
          <a class="govuk-button" href={talonHref(lang, view.id)} download={`talon-${reg.number}.pdf`}>
            {tr("officeIntake.download")}
          </a>
        ) : null}
        <a class="govuk-button" href={`/${lang}/office/complaints/new`}>
          {tr("officeIntake.next")}
        </a>
      </div>
      <p class="govuk-body">
        <a class="govuk-link" href={`/${lang}/office`}>
          {tr("officeIntake.todayLink")}
        </a>
      </p>
    </>
  );
}

/** The office's registrations of today, with their talons. */
export function OfficeTodayPage({
  rows,
  organization,
  today,
}: {
  rows: TodayRegistration[];
  organization: string;
  today: string;
}) {
  const { lang, tr } = useLang();
  return (
    <>
      <h1 class="govuk-heading-l">{tr("officeIntake.todayTitle")}</h1>
      <p class="govuk-body">
        {tr("officeIntake.todayLead", { organization, date: formatDate(lang, today) })}
      </p>
      {useMayOpen()("/office/complaints/new") ? (
        <p class="govuk-body">
          <a class="govuk-button" href={`/${lang}/office/complaints/new`}>
            {tr("officeIntake.title")}
          </a>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <Notice>{tr("officeIntake.todayEmpty")}</Notice>
      ) : (
        <Table
          caption={tr("officeIntake.todayCount", { count: rows.length })}
          head={["todayNumber", "todayApplicant", "todayTime", "todayTalon"].map((k) =>
            tr(`officeIntake.${k}`),
          )}
          rows={rows.map((r) => [
            <a class="govuk-link" href={`/${lang}/office/complaints/${r.complaintId}`}>
              {r.number}
            </a>,
            r.applicantSurname || "—",
            localTime(r.registeredAt),
            <a class="govuk-link" href={talonHref(lang, r.complaintId)}>
              {tr("officeIntake.talonLink", { number: r.number })}
            </a>,
          ])}
        />
      )}
    </>
  );
}
