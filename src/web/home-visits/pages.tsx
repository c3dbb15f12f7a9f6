import type { Child } from "hono/jsx";
import type { FieldIssue } from "../../domain/errors.ts";
import { REGION_CODES, VISIT_STATUSES, VISIT_WINDOWS, type VisitAction } from "../../domain/home-visits.ts";
import { formatDate, formatDateTime, LANGS } from "../../i18n/index.ts";
import type {
  DaySheet,
  HomeVisitView,
  Names,
  VisitListItem,
  VisitStatusCheck,
} from "../../queries/home-visits.ts";
import {
  BackLink,
  Button,
  Choices,
  CsrfField,
  DateInput,
  ErrorSummary,
  Notice,
  Select,
  SummaryList,
  TextArea,
  TextInput,
} from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";
import { Table } from "../ui/table.tsx";

const TAG: Record<string, string> = {
  requested: "govuk-tag--blue",
  scheduled: "govuk-tag--turquoise",
  not_at_home: "govuk-tag--orange",
  documents_accepted: "govuk-tag--green",
  cancelled: "govuk-tag--grey",
};

export function VisitStatusTag({ status }: { status: string }) {
  const { tr } = useLang();
  return <strong class={`govuk-tag ${TAG[status] ?? ""}`}>{tr(`homeVisitStatus.${status}`)}</strong>;
}

function OverdueTag() {
  const { tr } = useLang();
  return <strong class="govuk-tag govuk-tag--red">{tr("homeVisits.overdue")}</strong>;
}

/** The list of visits in the actor's scope, by due date, with the branch's filters. */
export function VisitListPage(p: {
  items: VisitListItem[];
  services: Map<string, Names>;
  mayRequest: boolean;
  hasDaySheet: boolean;
  filter: { status: string; date: string | undefined };
  issues: FieldIssue[];
}) {
  const { lang, tr } = useLang();
  return (
    <>
      <h1 class="govuk-heading-l">{tr("homeVisits.title")}</h1>
      <p class="govuk-body">{tr("homeVisits.lead")}</p>
      <ErrorSummary issues={p.issues} />
      <div class="govuk-button-group">
        {p.mayRequest ? (
          <a class="govuk-button" href={`/${lang}/home-visits/new`}>
            {tr("homeVisits.new")}
          </a>
        ) : null}
        {p.hasDaySheet ? (
          <a class="govuk-button govuk-button--secondary" href={`/${lang}/home-visits/day`}>
            {tr("homeVisits.daySheet")}
          </a>
        ) : null}
      </div>
      <form method="get" action={`/${lang}/home-visits`} novalidate>
        <Select
          name="status"
          label={tr("homeVisits.filter.status")}
          value={p.filter.status}
          options={[
            { value: "", label: tr("homeVisits.filter.any") },
            ...VISIT_STATUSES.map((s) => ({ value: s, label: tr(`homeVisitStatus.${s}`) })),
          ]}
        />
        <DateInput name="date" label={tr("homeVisits.filter.date")} value={p.filter.date} issues={p.issues} />
        <Button secondary>{tr("homeVisits.filter")}</Button>
      </form>
      <Table
        caption={tr("homeVisits.title")}
        captionSize="hidden"
        testid="home-visits"
        head={["reference", "person", "district", "service", "due", "visit", "status"].map((k) =>
          tr(`homeVisits.col.${k}`),
        )}
        empty={tr("homeVisits.none")}
        rows={p.items.map((v) => ({
          cells: [
            <a class="govuk-link" href={`/${lang}/home-visits/${v.id}`}>
              {v.reference}
            </a>,
            v.applicantName,
            v.district,
            p.services.get(v.serviceId)?.[lang] ?? v.serviceId,
            <>
              {formatDate(lang, v.due)} {v.overdue ? <OverdueTag /> : null}
            </>,
            v.scheduledOn ? `${formatDate(lang, v.scheduledOn)}, ${v.window ?? ""}` : "—",
            <VisitStatusTag status={v.status} />,
          ],
          attrs: { "data-reference": v.reference },
        }))}
      />
    </>
  );
}

export type RequestForm = Record<string, string>;
export const REQUEST_FIELDS = [
  "applicant.surname",
  "applicant.name",
  "applicant.patronymic",
  "applicant.iin",
  "applicant.phones",
  "applicant.regionCode",
  "applicant.district",
  "applicant.address",
  "serviceId",
  "note",
  "preferred",
  "language",
] as const;

/** The operator's form: the person, where they live, the service, the mobility note, the times, the language. */
export function RequestFormPage(p: {
  form: RequestForm;
  issues: FieldIssue[];
  services: { id: string; nameKk: string; nameRu: string; nameEn: string }[];
}) {
  const { lang, tr } = useLang();
  const v = (k: (typeof REQUEST_FIELDS)[number]) => p.form[k] ?? "";
  const input = (name: (typeof REQUEST_FIELDS)[number], key: string, extra: Record<string, unknown> = {}) => (
    <TextInput name={name} label={tr(`homeVisitForm.${key}`)} value={v(name)} issues={p.issues} {...extra} />
  );
  const names = (s: { nameKk: string; nameRu: string; nameEn: string }) =>
    ({ kk: s.nameKk, ru: s.nameRu, en: s.nameEn })[lang];
  return (
    <>
      <BackLink href={`/${lang}/home-visits`} />
      <ErrorSummary issues={p.issues} />
      <h1 class="govuk-heading-l">{tr("homeVisitForm.title")}</h1>
      <form method="post" action={`/${lang}/home-visits/new`} novalidate>
        <CsrfField />
        <input type="hidden" name="idempotencyKey" value={p.form.idempotencyKey ?? ""} />
        <h2 class="govuk-heading-m">{tr("homeVisitForm.person")}</h2>
        {input("applicant.surname", "surname", { autocomplete: "off", autofocus: true })}
        {input("applicant.name", "name", { autocomplete: "off" })}
        {input("applicant.patronymic", "patronymic", { autocomplete: "off" })}
        {input("applicant.iin", "iin", { inputmode: "numeric", width: 20, autocomplete: "off" })}
        {input("applicant.phones", "phones", {
          hint: tr("homeVisitForm.phonesHint"),
          inputmode: "tel",
          autocomplete: "off",
        })}
        <Select
          name="applicant.regionCode"
          label={tr("homeVisitForm.region")}
          hint={tr("homeVisitForm.regionHint")}
          value={v("applicant.regionCode")}
          issues={p.issues}
          options={[
            { value: "", label: tr("homeVisitForm.regionNone") },
            ...REGION_CODES.map((code) => ({ value: code, label: tr(`region.${code}`) })),
          ]}
        />
        {input("applicant.district", "district", { autocomplete: "off" })}
        {input("applicant.address", "address", { autocomplete: "off" })}
        <Select
          name="serviceId"
          label={tr("homeVisitForm.service")}
          value={v("serviceId")}
          issues={p.issues}
          options={[
            { value: "", label: tr("homeVisitAction.choose") },
            ...p.services.map((s) => ({ value: s.id, label: `${s.id} — ${names(s)}` })),
          ]}
        />
        <TextArea
          name="note"
          label={tr("homeVisitForm.note")}
          hint={tr("homeVisitForm.noteHint")}
          value={v("note")}
          issues={p.issues}
          rows={2}
        />
        <TextArea
          name="preferred"
          label={tr("homeVisitForm.preferred")}
          value={v("preferred")}
          issues={p.issues}
          rows={2}
        />
        <Choices
          type="radio"
          name="language"
          label={tr("homeVisitForm.language")}
          value={v("language") || lang}
          issues={p.issues}
          small
          options={LANGS.map((l) => ({ value: l, label: tr(`lang.${l}`) }))}
        />
        <Button>{tr("homeVisitForm.submit")}</Button>
      </form>
    </>
  );
}

type Employees = { id: string; surname: string; name: string }[];

function ActionForm(p: { id: string; action: string; title: string; children: Child; warning?: boolean }) {
  const { lang } = useLang();
  return (
    <section class="govuk-!-margin-bottom-6" aria-labelledby={`action-${p.action}`}>
      <h2 class="govuk-heading-m" id={`action-${p.action}`}>
        {p.title}
      </h2>
      <form method="post" action={`/${lang}/home-visits/${p.id}/${p.action}`} novalidate>
        <CsrfField />
        {p.children}
      </form>
    </section>
  );
}

const windowOptions = (tr: (k: string) => string) => [
  { value: "", label: tr("homeVisitAction.choose") },
  ...VISIT_WINDOWS.map((w) => ({ value: w, label: w })),
];

/** One visit: what was asked, the due date with its basis, the history, and the steps the actor may take. */
export function VisitPage(p: {
  v: HomeVisitView;
  employees: Employees;
  issues: FieldIssue[];
  values: Record<string, string>;
  recorded: boolean;
  complaintHref: string | null;
  /** The operation's refusal (a step no longer allowed), above the issues. */
  message?: string | undefined;
}) {
  const { lang, tr } = useLang();
  const { v } = p;
  const may = (a: VisitAction) => v.allowedActions.includes(a);
  const val = (k: string) => p.values[k] ?? "";
  return (
    <>
      <BackLink href={`/${lang}/home-visits`} />
      <ErrorSummary issues={p.issues} message={p.message} />
      {p.recorded ? (
        <div class="govuk-panel govuk-panel--confirmation">
          <h1 class="govuk-panel__title">{tr("homeVisitForm.done")}</h1>
          <div class="govuk-panel__body">
            {tr("homeVisitForm.reference")}
            <br />
            <strong data-reference>{v.reference}</strong>
          </div>
        </div>
      ) : (
        <h1 class="govuk-heading-l">{tr("homeVisit.title", { reference: v.reference })}</h1>
      )}
      <p class="govuk-body">
        <VisitStatusTag status={v.status} /> {v.overdue ? <OverdueTag /> : null}
      </p>
      {v.late && !v.overdue ? <Notice>{tr("homeVisits.late")}</Notice> : null}
      <SummaryList
        rows={[
          ["homeVisit.branch", v.branch.name[lang], "visit-branch"],
          ["homeVisit.service", v.service.name[lang]],
          [
            "homeVisit.person",
            [v.applicant.surname, v.applicant.name, v.applicant.patronymic].filter(Boolean).join(" "),
          ],
          ["homeVisit.phones", v.applicant.phones.join(", ")],
          [
            "homeVisit.address",
            [v.regionCode ? tr(`region.${v.regionCode}`) : "", v.district, v.address]
              .filter(Boolean)
              .join(", "),
          ],
          v.mobilityNote !== null && ["homeVisit.note", v.mobilityNote],
          !!v.preferred && ["homeVisit.preferred", v.preferred],
          ["homeVisit.received", formatDateTime(lang, new Date(v.receivedAt))],
          [
            "homeVisit.due",
            <>
              {formatDate(lang, v.due)}
              <div class="govuk-hint govuk-!-margin-bottom-0">
                {tr("homeVisit.dueBasis", { days: v.workingDays })}
              </div>
            </>,
            "visit-due",
          ],
          !!v.scheduledOn && [
            "homeVisit.visit",
            tr("homeVisit.visitValue", {
              date: formatDate(lang, v.scheduledOn),
              window: v.window ?? "",
              employee: v.employee ? `${v.employee.surname} ${v.employee.name}` : "—",
            }),
            "visit-day",
          ],
          v.documents.length > 0 && ["homeVisit.documents", v.documents.join("; ")],
          !!v.filedAt && ["homeVisit.filedAt", formatDateTime(lang, new Date(v.filedAt))],
          !!v.cancelReason && ["homeVisit.cancelReason", v.cancelReason],
        ]}
      />
      {p.complaintHref ? (
        <div class="govuk-inset-text">
          <p class="govuk-body">{tr("homeVisit.complainHint")}</p>
          <a class="govuk-button govuk-button--secondary" href={p.complaintHref} id="visit-complaint">
            {tr("homeVisit.complain")}
          </a>
        </div>
      ) : null}
      {may("schedule") ? (
        <ActionForm
          id={v.id}
          action="schedule"
          title={tr(v.status === "requested" ? "homeVisitAction.schedule" : "homeVisitAction.reschedule")}
        >
          <DateInput
            name="date"
            label={tr("homeVisitAction.date")}
            value={val("date") || v.scheduledOn || undefined}
            issues={p.issues}
          />
          <Select
            name="window"
            label={tr("homeVisitAction.window")}
            value={val("window") || v.window || ""}
            issues={p.issues}
            options={windowOptions(tr)}
          />
          <Select
            name="employeeId"
            label={tr("homeVisitAction.employee")}
            value={val("employeeId") || v.employee?.id || ""}
            issues={p.issues}
            options={[
              { value: "", label: tr("homeVisitAction.choose") },
              ...p.employees.map((e) => ({ value: e.id, label: `${e.surname} ${e.name}` })),
            ]}
          />
          <Button>
            {tr(v.status === "requested" ? "homeVisitAction.schedule" : "homeVisitAction.reschedule")}
          </Button>
        </ActionForm>
      ) : null}
      {may("complete") ? (
        <ActionForm id={v.id} action="complete" title={tr("homeVisitAction.complete")}>
          <TextArea
            name="documents"
            label={tr("homeVisitAction.documents")}
            value={val("documents")}
            issues={p.issues}
            rows={4}
          />
          <Button>{tr("homeVisitAction.complete")}</Button>
        </ActionForm>
      ) : null}
      {may("not_at_home") ? (
        <ActionForm id={v.id} action="not-at-home" title={tr("homeVisitAction.not_at_home")}>
          <DateInput
            name="nextAttempt"
            label={tr("homeVisitAction.nextAttempt")}
            value={val("nextAttempt") || undefined}
            issues={p.issues}
          />
          <Select
            name="nextWindow"
            label={tr("homeVisitAction.nextWindow")}
            value={val("nextWindow")}
            issues={p.issues}
            options={windowOptions(tr)}
          />
          <TextInput
            name="notAtHomeNote"
            label={tr("homeVisitAction.note")}
            value={val("notAtHomeNote")}
            issues={p.issues}
          />
          <Button secondary>{tr("homeVisitAction.not_at_home")}</Button>
        </ActionForm>
      ) : null}
      {may("cancel") ? (
        <ActionForm id={v.id} action="cancel" title={tr("homeVisitAction.cancel")}>
          <TextArea
            name="reason"
            label={tr("homeVisitAction.reason")}
            value={val("reason")}
            issues={p.issues}
            rows={2}
          />
          <button type="submit" class="govuk-button govuk-button--warning" data-prevent-double-click="true">
            {tr("homeVisitAction.cancel")}
          </button>
        </ActionForm>
      ) : null}
      <Table
        caption={tr("homeVisit.history")}
        testid="visit-history"
        head={["when", "what", "who", "details"].map((k) => tr(`homeVisit.col.${k}`))}
        rows={v.events.map((e) => [
          formatDateTime(lang, new Date(e.at)),
          tr(`homeVisitEvent.${e.kind}`),
          e.actor ? `${e.actor.surname} ${e.actor.name}` : "—",
          eventDetails(e.data, lang, tr),
        ])}
      />
    </>
  );
}

/** The details of a step, as text (dates in the page language). */
export function eventDetails(
  data: Record<string, string | string[]>,
  lang: (typeof LANGS)[number],
  tr: (k: string, p?: Record<string, string | number>) => string,
): string {
  const parts: string[] = [];
  const day = data.date ?? data.nextAttempt;
  if (typeof day === "string" && day) parts.push(formatDate(lang, day));
  if (typeof data.window === "string") parts.push(data.window);
  if (typeof data.due === "string") parts.push(`${tr("homeVisit.due")}: ${formatDate(lang, data.due)}`);
  if (Array.isArray(data.documents)) parts.push(data.documents.join("; "));
  if (typeof data.reason === "string") parts.push(data.reason);
  if (typeof data.note === "string") parts.push(data.note);
  return parts.join(", ") || "—";
}

/** The day sheet on a phone: the same list as the PDF, in route order, with links to the PDFs in kk and ru. */
export function DaySheetPage(p: { sheet: DaySheet; issues: FieldIssue[] }) {
  const { lang, tr } = useLang();
  const { sheet } = p;
  const pdf = (l: string) => `/api/v1/home-visits/day-sheet.pdf?date=${sheet.date}&lang=${l}`;
  return (
    <>
      <BackLink href={`/${lang}/home-visits`} />
      <ErrorSummary issues={p.issues} />
      <h1 class="govuk-heading-l">{tr("daySheet.title")}</h1>
      <p class="govuk-body">
        {sheet.branch[lang]} · {formatDate(lang, sheet.date)}
      </p>
      <form method="get" action={`/${lang}/home-visits/day`} novalidate>
        <DateInput name="date" label={tr("homeVisitAction.date")} value={sheet.date} issues={p.issues} />
        <Button secondary>{tr("daySheet.pick")}</Button>
      </form>
      <p class="govuk-body">
        <a class="govuk-link" href={pdf("kk")} id="day-sheet-kk">
          {tr("daySheet.pdfKk")}
        </a>
        {" · "}
        <a class="govuk-link" href={pdf("ru")} id="day-sheet-ru">
          {tr("daySheet.pdfRu")}
        </a>
      </p>
      <Table
        caption={tr("daySheet.title")}
        captionSize="hidden"
        testid="day-sheet"
        head={["no", "window", "district", "address", "person", "phones", "service", "note", "employee"].map(
          (k) => tr(`daySheet.col.${k}`),
        )}
        empty={tr("daySheet.none")}
        rows={sheet.entries.map((e, i) => [
          String(i + 1),
          e.window ?? "—",
          e.district || "—",
          e.address,
          <>
            {e.applicantName}
            <br />
            <span class="govuk-hint">{e.reference}</span>
          </>,
          e.phones.map((ph) => (
            <>
              <a class="govuk-link" href={`tel:${ph.replace(/[^\d+]/g, "")}`}>
                {ph}
              </a>{" "}
            </>
          )),
          e.service[lang],
          e.mobilityNote ?? "—",
          e.employee ?? "—",
        ])}
      />
      <h2 class="govuk-heading-s">{tr("daySheet.bringTitle")}</h2>
      <ul class="govuk-list govuk-list--bullet">
        {["id", "forms", "scanner", "receipt"].map((k) => (
          <li>{tr(`daySheet.bring.${k}`)}</li>
        ))}
      </ul>
    </>
  );
}

/** The caller's status form (reference and phone, GET) and the result, without personal data. */
export function VisitStatusPage(p: {
  action: string;
  reference: string | undefined;
  phone: string | undefined;
  issues: FieldIssue[];
  message?: string | undefined;
  result?: VisitStatusCheck | null;
}) {
  const { lang, tr } = useLang();
  const r = p.result;
  return (
    <>
      <h1 class="govuk-heading-l">{tr("visitStatus.title")}</h1>
      <p class="govuk-body">{tr("visitStatus.lead")}</p>
      <ErrorSummary issues={p.issues} message={p.message} />
      <form method="get" action={p.action} novalidate>
        <TextInput
          name="reference"
          label={tr("visitStatus.reference")}
          hint={tr("visitStatus.referenceHint")}
          value={p.reference}
          issues={p.issues}
          autocomplete="off"
          width={10}
        />
        <TextInput
          name="phone"
          label={tr("visitStatus.phone")}
          hint={tr("visitStatus.phoneHint")}
          value={p.phone}
          issues={p.issues}
          autocomplete="off"
          inputmode="tel"
          width={20}
        />
        <Button>{tr("visitStatus.submit")}</Button>
      </form>
      {r ? (
        <section aria-labelledby="visit-status-result">
          <h2 class="govuk-heading-m" id="visit-status-result">
            {tr("visitStatus.result", { reference: r.reference })}
          </h2>
          <SummaryList
            rows={[
              ["homeVisits.col.status", <VisitStatusTag status={r.status} />, "visit-status"],
              ["homeVisit.branch", r.branch.name[lang]],
              ["homeVisit.service", r.service.name[lang]],
              ["homeVisit.due", formatDate(lang, r.due)],
              [
                "visitStatus.visitDay",
                r.scheduledOn
                  ? `${formatDate(lang, r.scheduledOn)}, ${r.window ?? ""}`
                  : tr("visitStatus.notYet"),
                "visit-day",
              ],
            ]}
          />
          <Table
            caption={tr("homeVisit.history")}
            captionSize="s"
            head={["when", "what"].map((k) => tr(`homeVisit.col.${k}`))}
            rows={r.events.map((e) => [formatDateTime(lang, new Date(e.at)), tr(`homeVisitEvent.${e.kind}`)])}
          />
        </section>
      ) : null}
    </>
  );
}
