import { shortReference } from "../../../domain/complaint.ts";
import type { FieldIssue } from "../../../domain/errors.ts";
import { formatDate } from "../../../i18n/index.ts";
import type { Names, ServiceItem } from "../../../queries/catalogue.ts";
import type { DraftData, DraftFile } from "../../../queries/drafts.ts";
import type { SessionUser } from "../../../queries/session-user.ts";
import {
  BackLink,
  Button,
  CsrfField,
  ErrorSummary,
  FileNames,
  Paragraphs,
  SummaryRow,
} from "../../ui/components.tsx";
import { useLang } from "../../ui/i18n.ts";
import { SignedTextDetails, SmsSignForm, type SmsState } from "./sign-pages.tsx";
import { draftPath, LateWarning } from "./step-pages.tsx";
import type { Step } from "./steps.ts";

export type Answers = {
  draftId: string;
  data: DraftData;
  user: SessionUser;
  respondentName: Names | null;
  service: ServiceItem | null;
  addresseeName: Names | null;
  files: DraftFile[];
  late: boolean;
};

/** The answers as a summary list; with change links on the check page. */
export function AnswersList({ a, changes }: { a: Answers; changes: boolean }) {
  const { lang, tr } = useLang();
  const d = a.data;
  const change = (step: Step) => (changes ? `${draftPath(lang, a.draftId, step)}?return=check` : undefined);
  const none = <span class="govuk-hint">{tr("portal.check.notAnswered")}</span>;
  return (
    <>
      <h2 class="govuk-heading-m">{tr("portal.check.complaint")}</h2>
      <dl class="govuk-summary-list govuk-!-margin-bottom-9">
        <SummaryRow label={tr("portal.check.respondent")} change={change("respondent")}>
          {a.respondentName ? a.respondentName[lang] : none}
        </SummaryRow>
        <SummaryRow label={tr("portal.check.appealed")} change={change("appealed")}>
          {d.appealed ? tr(`appealed.${d.appealed}`) : none}
        </SummaryRow>
        <SummaryRow label={tr("portal.check.service")} change={change("service")}>
          {d.serviceAnswered ? (a.service ? a.service.name[lang] : tr("portal.service.none")) : none}
        </SummaryRow>
        <SummaryRow label={tr("portal.check.addressee")} change={change("addressee")}>
          {d.addressee && a.addresseeName ? (
            <>
              {tr(`addressee.${d.addressee.kind}`)}
              <br />
              {a.addresseeName[lang]}
            </>
          ) : (
            none
          )}
        </SummaryRow>
        <SummaryRow label={tr("portal.check.officials")} change={change("officials")}>
          {d.officials?.length ? (
            <ul class="govuk-list">
              {d.officials.map((o) => (
                <li>{`${o.position}, ${o.surname} ${o.name}`}</li>
              ))}
            </ul>
          ) : (
            none
          )}
        </SummaryRow>
        <SummaryRow label={tr("portal.check.grounds")} change={change("grounds")}>
          {d.grounds?.length ? (
            <ul class="govuk-list">
              {d.grounds.map((g) => (
                <li>{tr(`ground.${g}`)}</li>
              ))}
            </ul>
          ) : (
            none
          )}
        </SummaryRow>
        <SummaryRow label={tr("portal.check.reasons")} change={change("reasons")}>
          {d.reasons ? <Paragraphs text={d.reasons} /> : none}
        </SummaryRow>
        <SummaryRow label={tr("portal.check.demands")} change={change("demands")}>
          {d.demands ? <Paragraphs text={d.demands} /> : none}
        </SummaryRow>
        <SummaryRow label={tr("portal.check.learned")} change={change("learned")}>
          {d.learnedOn ? formatDate(lang, d.learnedOn) : none}
          {a.late ? <LateWarning /> : null}
        </SummaryRow>
        {d.lateReason ? (
          <SummaryRow label={tr("portal.check.lateReason")} change={change("learned")}>
            <Paragraphs text={d.lateReason} />
          </SummaryRow>
        ) : null}
      </dl>
      <h2 class="govuk-heading-m">{tr("portal.check.applicant")}</h2>
      <dl class="govuk-summary-list govuk-!-margin-bottom-9">
        <SummaryRow label={tr("portal.check.fullName")}>
          {[a.user.surname, a.user.name, a.user.patronymic].filter(Boolean).join(" ")}
        </SummaryRow>
        <SummaryRow label={tr("portal.identity.iin")}>{a.user.iin ?? ""}</SummaryRow>
        <SummaryRow label={tr("portal.contacts.postalAddress")} change={change("contacts")}>
          {d.postalAddress ?? none}
        </SummaryRow>
        <SummaryRow label={tr("portal.contacts.phones")} change={change("contacts")}>
          {d.phones?.length ? d.phones.join(", ") : "—"}
        </SummaryRow>
        <SummaryRow label={tr("portal.contacts.email")} change={change("contacts")}>
          {d.email || "—"}
        </SummaryRow>
      </dl>
      <h2 class="govuk-heading-m">{tr("portal.check.attachments")}</h2>
      <dl class="govuk-summary-list govuk-!-margin-bottom-9">
        <SummaryRow label={tr("portal.check.files")} change={change("attachments")}>
          <FileNames files={a.files} />
        </SummaryRow>
      </dl>
    </>
  );
}

/** Check your answers: every answer with a change link; the declaration follows when all are given. */
export function CheckPage({ a, missing }: { a: Answers; missing: Step[] }) {
  const { lang, tr } = useLang();
  return (
    <>
      <BackLink href={draftPath(lang, a.draftId, "attachments")} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {missing.length ? (
            <div class="govuk-error-summary" data-module="govuk-error-summary" tabindex={-1}>
              <div role="alert">
                <h2 class="govuk-error-summary__title">{tr("portal.check.incomplete")}</h2>
                <div class="govuk-error-summary__body">
                  <ul class="govuk-list govuk-error-summary__list">
                    {missing.map((s) => (
                      <li>
                        <a href={`${draftPath(lang, a.draftId, s)}?return=check`}>
                          {tr(`field.${s}.incomplete`)}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            </div>
          ) : null}
          <span class="govuk-caption-l">{tr("portal.caption")}</span>
          <h1 class="govuk-heading-l">{tr("portal.check.title")}</h1>
          <AnswersList a={a} changes />
          {missing.length ? null : (
            <a class="govuk-button" href={draftPath(lang, a.draftId, "declaration")}>
              {tr("portal.continue")}
            </a>
          )}
        </div>
      </div>
    </>
  );
}

/** The declaration: what is signed, shown exactly, a confirmation box and the submit button. */
export function DeclarationPage(p: {
  a: Answers;
  text: string;
  sha256: string;
  issues: FieldIssue[];
  /** Why the filing was refused (over the hour's quota, the text changed). */
  message?: string | undefined;
  sms: SmsState;
  /** The tick-box signature (`portal_session`) is offered (PORTAL_SESSION_SIGNING). */
  sessionSigning: boolean;
}) {
  const { lang, tr } = useLang();
  const issue = p.issues.find((i) => i.field === "confirm");
  return (
    <>
      <BackLink href={draftPath(lang, p.a.draftId, "check")} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary issues={p.issues} message={p.message} />
          <span class="govuk-caption-l">{tr("portal.caption")}</span>
          <h1 class="govuk-heading-l">{tr("portal.declaration.title")}</h1>
          <p class="govuk-body">{tr("portal.declaration.lead")}</p>
          <AnswersList a={p.a} changes={false} />
          <SignedTextDetails text={p.text} sha256={p.sha256} />
          <SmsSignForm
            sms={p.sms}
            sendAction={`${draftPath(lang, p.a.draftId, "declaration")}/code`}
            signAction={draftPath(lang, p.a.draftId, "declaration")}
            issues={p.issues}
            hidden={{ sha256: p.sha256 }}
          />
          <p class="govuk-body">
            <a class="govuk-link" href={`${draftPath(lang, p.a.draftId, "declaration")}/eds`}>
              {tr("signature.eds.link")}
            </a>
          </p>
          {p.sessionSigning ? (
            <>
              <h2 class="govuk-heading-m">{tr("signature.session.legend")}</h2>
              <form method="post" action={draftPath(lang, p.a.draftId, "declaration")} novalidate>
                <CsrfField />
                <input type="hidden" name="sha256" value={p.sha256} />
                <div class={`govuk-form-group${issue ? " govuk-form-group--error" : ""}`}>
                  <fieldset class="govuk-fieldset" aria-describedby={issue ? "confirm-error" : undefined}>
                    <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                      {tr("portal.declaration.legend")}
                    </legend>
                    {issue ? (
                      <p id="confirm-error" class="govuk-error-message">
                        {tr(issue.code)}
                      </p>
                    ) : null}
                    <div class="govuk-checkboxes" data-module="govuk-checkboxes">
                      <div class="govuk-checkboxes__item">
                        <input
                          class="govuk-checkboxes__input"
                          id="confirm"
                          name="confirm"
                          type="checkbox"
                          value="yes"
                        />
                        <label class="govuk-label govuk-checkboxes__label" for="confirm">
                          {tr("portal.declaration.confirm")}
                        </label>
                      </div>
                    </div>
                  </fieldset>
                </div>
                <Button>{tr("portal.declaration.submit")}</Button>
              </form>
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}

/** The short reference of a complaint before it is registered: the first block of its id. */

/** The confirmation: a panel with the reference, what happens next, the way to the cabinet. */
export function SubmittedPage(p: { id: string; number: string | null }) {
  const { lang, tr } = useLang();
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <div class="govuk-panel govuk-panel--confirmation">
          <h1 class="govuk-panel__title">{tr("portal.submitted.title")}</h1>
          <div class="govuk-panel__body">
            {tr(p.number ? "portal.submitted.number" : "portal.submitted.reference")}
            <br />
            <strong data-reference>{p.number ?? shortReference(p.id)}</strong>
          </div>
        </div>
        <p class="govuk-body">{tr("portal.submitted.signed")}</p>
        <h2 class="govuk-heading-m">{tr("portal.next.title")}</h2>
        <ol class="govuk-list govuk-list--number">
          <li>{tr("portal.next.registration")}</li>
          <li>{tr("portal.next.forward")}</li>
          <li>{tr("portal.next.review")}</li>
          <li>{tr("portal.next.quality")}</li>
        </ol>
        <p class="govuk-body govuk-hint">{tr("portal.next.basis")}</p>
        <p class="govuk-body">
          <a class="govuk-link" href={`/${lang}/complaints/${p.id}`}>
            {tr("portal.submitted.open")}
          </a>
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href={`/${lang}/cabinet`}>
            {tr("portal.submitted.cabinet")}
          </a>
        </p>
      </div>
    </div>
  );
}

/** The start page: what is needed, then a button that opens a new draft (and the open drafts). */
export function StartPage({ drafts }: { drafts: { id: string; updatedAt: Date }[] }) {
  const { lang, tr } = useLang();
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-xl">{tr("portal.start.title")}</h1>
        <p class="govuk-body-l">{tr("portal.start.lead")}</p>
        <p class="govuk-body">{tr("portal.start.need")}</p>
        <ul class="govuk-list govuk-list--bullet">
          <li>{tr("portal.start.need.respondent")}</li>
          <li>{tr("portal.start.need.officials")}</li>
          <li>{tr("portal.start.need.reasons")}</li>
          <li>{tr("portal.start.need.date")}</li>
          <li>{tr("portal.start.need.files")}</li>
        </ul>
        <p class="govuk-body">{tr("portal.start.terms")}</p>
        <form method="post" action={`/${lang}/complaints/new`}>
          <CsrfField />
          <button type="submit" class="govuk-button govuk-button--start" data-prevent-double-click="true">
            {tr("portal.start.button")}
          </button>
        </form>
        {drafts.length ? (
          <>
            <h2 class="govuk-heading-m">{tr("portal.start.drafts")}</h2>
            <ul class="govuk-list">
              {drafts.map((d, i) => (
                <li>
                  <a class="govuk-link" href={draftPath(lang, d.id, "check")}>
                    {tr("portal.start.draft", { n: i + 1 })}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p class="govuk-body">
          <a class="govuk-link" href={`/${lang}/help`}>
            {tr("help.link")}
          </a>
        </p>
      </div>
    </div>
  );
}
