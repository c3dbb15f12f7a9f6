import { isAnswered, shortReference, stampLine } from "../../../domain/complaint.ts";
import { formatDate, formatDateTime } from "../../../i18n/index.ts";
import { workingDays } from "../../../i18n/plural.ts";
import type { ComplaintView } from "../../../queries/complaint-view.ts";
import { DEADLINE_TAG, Paragraphs, RegimeText, StatusTag, SummaryRow } from "../../ui/components.tsx";
import { useLang } from "../../ui/i18n.ts";
import { DecisionSignature, SignatureSummary } from "../../ui/signature.tsx";
import { Table } from "../../ui/table.tsx";
import { escalationOf } from "./escalate-pages.tsx";

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(bytes < 100 * 1024 ? 2 : 1);

/** The applicant's page of one complaint: summary, marks, deadlines, files, downloads, next steps. */
export function ComplaintPage({
  v,
  notice,
  isApplicant,
}: {
  v: ComplaintView;
  notice?: string | undefined;
  isApplicant: boolean;
}) {
  const { lang, tr } = useLang();
  const orgName = (id: string | null) => (id ? (v.organizationNames[id]?.[lang] ?? id) : "");
  const reference = v.registration?.number ?? shortReference(v.id);
  // Who answers and by when: the current holder's running clock (it follows a forward or a
  // redirect), named in the reader's language (the stored answer place is in the complaint's).
  const here = v.registration?.organizationId === v.holder.organizationId ? v.registration : null;
  const due = v.answer?.due ?? here?.answerBy;
  const answer = due ? { due, place: v.holder.name[lang] } : null;
  const closed = isAnswered(v.status);
  return (
    <>
      {notice ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert">
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title">{tr("portal.notice")}</h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">{notice}</p>
          </div>
        </div>
      ) : null}
      <span class="govuk-caption-l">{tr("complaint.caption")}</span>
      <h1 class="govuk-heading-l">{tr("complaint.title", { reference })}</h1>
      <p class="govuk-body">
        <StatusTag status={v.status} />
        {v.outcome ? <span class="govuk-body"> {tr(`outcome.${v.outcome}`)}</span> : null}
      </p>

      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h2 class="govuk-heading-m">{tr("complaint.summary")}</h2>
          <dl class="govuk-summary-list">
            <SummaryRow label={tr("complaint.number")}>
              {v.registration ? v.registration.number : tr("complaint.notRegistered")}
            </SummaryRow>
            <SummaryRow label={tr("complaint.receivedAt")}>
              {formatDateTime(lang, new Date(v.receivedAt))}
            </SummaryRow>
            <SummaryRow label={tr("complaint.regime")} id="regime">
              <RegimeText regime={v.regime} />
            </SummaryRow>
            {v.registration ? (
              <>
                <SummaryRow label={tr("complaint.registeredOn")}>
                  {formatDate(lang, v.registration.registeredOn)}
                </SummaryRow>
                <SummaryRow label={tr("complaint.acceptedBy")}>
                  {stampLine(v.registration.acceptedBy, lang)}
                </SummaryRow>
              </>
            ) : null}
            {answer ? (
              <SummaryRow label={tr("complaint.answerBy")}>
                {formatDate(lang, answer.due)}
                <br />
                {answer.place}
              </SummaryRow>
            ) : null}
            <SummaryRow label={tr("complaint.holder")}>{v.holder.name[lang]}</SummaryRow>
            <SummaryRow label={tr("portal.check.addressee")}>
              {tr(`addressee.${v.addressee.kind}`)}
              <br />
              {v.addressee.name[lang]}
            </SummaryRow>
            <SummaryRow label={tr("portal.check.respondent")}>{v.respondent.name[lang]}</SummaryRow>
            <SummaryRow label={tr("portal.check.officials")}>
              <ul class="govuk-list">
                {v.respondent.officials.map((o) => (
                  <li>{`${o.position}, ${o.surname} ${o.name}`}</li>
                ))}
              </ul>
            </SummaryRow>
            <SummaryRow label={tr("portal.check.grounds")}>
              <ul class="govuk-list">
                {v.grounds.map((g) => (
                  <li>{tr(`ground.${g}`)}</li>
                ))}
              </ul>
            </SummaryRow>
            <SummaryRow label={tr("portal.check.reasons")}>
              <Paragraphs text={v.reasons} />
            </SummaryRow>
            <SummaryRow label={tr("portal.check.demands")}>
              <Paragraphs text={v.demands} />
            </SummaryRow>
            {v.learnedOn ? (
              <SummaryRow label={tr("portal.check.learned")}>
                {formatDate(lang, v.learnedOn)}
                {v.filedLate ? (
                  <>
                    <br />
                    <strong class="govuk-tag govuk-tag--orange">{tr("complaint.filedLate")}</strong>
                  </>
                ) : null}
              </SummaryRow>
            ) : null}
          </dl>

          {v.decision ? (
            <>
              <h2 class="govuk-heading-m">{tr("complaint.decision")}</h2>
              <div class="govuk-inset-text">
                <p class="govuk-body govuk-!-font-weight-bold">{tr(`outcome.${v.decision.outcome}`)}</p>
                <Paragraphs text={v.decision.text} />
                <p class="govuk-body-s">
                  {`${formatDateTime(lang, new Date(v.decision.decidedAt))}, ${stampLine(v.decision.decidedBy, lang)}`}
                </p>
                <DecisionSignature decision={v.decision} />
              </div>
            </>
          ) : null}
          {v.refusal ? (
            <>
              <h2 class="govuk-heading-m">{tr("complaint.refusal")}</h2>
              <div class="govuk-inset-text" data-testid="refusal">
                <p class="govuk-body govuk-!-font-weight-bold">{tr(`wf.leaveGround.${v.refusal.ground}`)}</p>
                <Paragraphs text={v.refusal.text} />
                <p class="govuk-body-s">
                  {`${tr("letter.numbered", { number: v.refusal.letter.number, date: formatDate(lang, v.refusal.letter.date) })}, ${stampLine(v.refusal.refusedBy, lang)}`}
                </p>
              </div>
            </>
          ) : null}

          <h2 class="govuk-heading-m">{tr("complaint.timeline")}</h2>
          <ol class="govuk-list app-timeline">
            {v.marks.map((m) => (
              <li class="govuk-!-margin-bottom-4">
                <h3 class="govuk-heading-s govuk-!-margin-bottom-1">{tr(`mark.${m.kind}`)}</h3>
                <p class="govuk-body-s govuk-!-margin-bottom-1">
                  <time datetime={m.at}>{formatDateTime(lang, new Date(m.at))}</time>
                  {m.organizationId ? ` — ${orgName(m.organizationId)}` : ""}
                </p>
                {m.actor ? (
                  <p class="govuk-body-s govuk-!-margin-bottom-1">{stampLine(m.actor, lang)}</p>
                ) : null}
                {m.note ? <p class="govuk-body-s">{m.note}</p> : null}
              </li>
            ))}
          </ol>

          <h2 class="govuk-heading-m">{tr("complaint.deadlines")}</h2>
          {v.deadlines.length ? (
            <Table
              caption={tr("complaint.deadlines")}
              captionSize="hidden"
              head={[
                tr("complaint.deadline.kind"),
                tr("complaint.deadline.due"),
                tr("complaint.deadline.state"),
              ]}
              rows={v.deadlines.map((d) => [
                <>
                  {tr(`complaint.deadline.${d.kind}`, { days: workingDays(lang, d.workingDays) })}
                  <br />
                  <span class="govuk-body-s">{orgName(d.organizationId)}</span>
                  <br />
                  <span class="govuk-hint govuk-body-s">{tr(`basis.${d.basis.code}`)}</span>
                </>,
                formatDate(lang, d.due),
                <strong class={`govuk-tag ${DEADLINE_TAG[d.state] ?? ""}`}>
                  {tr(`complaint.deadline.state.${d.state}`)}
                </strong>,
              ])}
            />
          ) : (
            <p class="govuk-body">{tr("complaint.deadlines.none")}</p>
          )}

          <SignatureSummary signature={v.signature} />

          <h2 class="govuk-heading-m">{tr("complaint.attachments")}</h2>
          {!v.visibility.attachments ? (
            <p class="govuk-body">{tr("visibility.attachmentsWithheld")}</p>
          ) : v.attachments.length ? (
            <ul class="govuk-list">
              {v.attachments.map((f) => (
                <li>
                  <a class="govuk-link" href={`/${lang}/complaints/${v.id}/attachments/${f.id}`} download>
                    {f.filename}
                  </a>{" "}
                  <span class="govuk-body-s">
                    {tr("portal.attachments.size", { size: megabytes(f.size) })}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="govuk-body">{tr("portal.attachments.none")}</p>
          )}

          {v.registration || (v.allowedReads.includes("decision_letter") && (v.decision || v.refusal)) ? (
            <>
              <h2 class="govuk-heading-m">{tr("complaint.downloads")}</h2>
              <ul class="govuk-list">
                {v.registration ? (
                  <li>
                    <a class="govuk-link" href={`/api/v1/complaints/${v.id}/talon.pdf`} hreflang={lang}>
                      {tr("complaint.download.talon")}
                    </a>
                  </li>
                ) : null}
                {v.allowedReads.includes("decision_letter") && (v.decision || v.refusal) ? (
                  <li>
                    <a
                      class="govuk-link"
                      href={`/api/v1/complaints/${v.id}/decision.pdf`}
                      hreflang={v.language}
                    >
                      {tr(v.decision ? "complaint.download.decision" : "complaint.download.refusal")}
                    </a>
                  </li>
                ) : null}
              </ul>
            </>
          ) : null}
        </div>

        <div class="govuk-grid-column-one-third">
          {isApplicant ? <NextSteps v={v} closed={closed} /> : null}
        </div>
      </div>
    </>
  );
}

function NextSteps({ v, closed }: { v: ComplaintView; closed: boolean }) {
  const { lang, tr } = useLang();
  const can = (a: string) => (v.allowedActions as readonly string[]).includes(a);
  const escalation = escalationOf(v);
  return (
    <aside class="app-next-steps" aria-labelledby="next-steps-title">
      <h2 class="govuk-heading-m" id="next-steps-title">
        {tr("complaint.next.title")}
      </h2>
      {can("withdraw") ? (
        <>
          <h3 class="govuk-heading-s">{tr("complaint.withdraw.title")}</h3>
          <p class="govuk-body">{tr("complaint.withdraw.text")}</p>
          <p class="govuk-body">
            <a class="govuk-link" href={`/${lang}/complaints/${v.id}/withdraw`}>
              {tr("complaint.withdraw.button")}
            </a>
          </p>
        </>
      ) : null}
      {escalation || can("escalate") ? (
        <>
          <h3 class="govuk-heading-s">{tr("complaint.escalate.title")}</h3>
          <p class="govuk-body">{tr("complaint.escalate.text")}</p>
          {escalation ? (
            <p class="govuk-body">
              <a class="govuk-link" href={`/${lang}/complaints/${escalation}`}>
                {tr("escalate.already.link")}
              </a>
            </p>
          ) : can("escalate") ? (
            <p class="govuk-body">
              <a class="govuk-link" href={`/${lang}/complaints/${v.id}/escalate`}>
                {tr("complaint.escalate.link")}
              </a>
            </p>
          ) : null}
        </>
      ) : null}
      {closed ? (
        <>
          <h3 class="govuk-heading-s">{tr("complaint.court.title")}</h3>
          <p class="govuk-body">{tr("complaint.court.text")}</p>
          <p class="govuk-body">{tr("complaint.court.bring")}</p>
          <ul class="govuk-list govuk-list--bullet">
            <li>{tr("complaint.court.bring.decision")}</li>
            <li>{tr("complaint.court.bring.complaint")}</li>
            <li>{tr("complaint.court.bring.talon")}</li>
            <li>{tr("complaint.court.bring.attachments")}</li>
          </ul>
        </>
      ) : null}
      {v.status === "withdrawn" ? <p class="govuk-body">{tr("complaint.withdrawn.text")}</p> : null}
      <p class="govuk-body">
        <a class="govuk-link" href={`/${lang}/help`}>
          {tr("help.link")}
        </a>
      </p>
    </aside>
  );
}
