import type { DayEntry } from "../../domain/calendar/index.ts";
import type { FieldIssue } from "../../domain/errors.ts";
import { formatDateTime } from "../../i18n/index.ts";
import type { YearView } from "../../queries/calendar-views.ts";
import type { RecomputeProgress } from "../../queries/recompute-runs.ts";
import { dateWithWeekday } from "../calendar-text.ts";
import {
  Button,
  Choices,
  CsrfField,
  DateInput,
  ErrorSummary,
  Notice,
  Select,
  SingleCheckbox,
  TextInput,
} from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";
import { Table } from "../ui/table.tsx";

export const DAY_KIND_OPTIONS = ["holiday", "moved_day_off", "transfer", "religious", "working_day"] as const;

/** The values of the "set a day" form, named as the fields of the API body. */
export type SetDayForm = {
  date?: string;
  kind?: string;
  "name.kk"?: string;
  "name.ru"?: string;
  "name.en"?: string;
  source?: string;
  provisional?: boolean;
  reason?: string;
};

export type RemoveDayForm = { date?: string; reason?: string; source?: string };

export type CalendarAdminProps = {
  view: YearView;
  first: number;
  last: number;
  setForm: SetDayForm;
  removeForm: RemoveDayForm;
  /** Which form the issues belong to. */
  failed?: "set" | "remove";
  issues: FieldIssue[];
  notice?: string;
  /** The latest recompute of the running deadlines, if any. */
  recompute?: RecomputeProgress | null;
};

/** Where the recompute a calendar change started has got to: a progress bar while it runs. */
function RecomputeStatus({ run, refresh }: { run: RecomputeProgress; refresh: string }) {
  const { lang, tr } = useLang();
  if (run.status === "running") {
    return (
      <div class="govuk-inset-text" role="status" id="recompute">
        <p class="govuk-body">{tr("calendarAdmin.recomputeRunning", { done: run.done, total: run.total })}</p>
        <progress
          max={Math.max(run.total, 1)}
          value={run.done}
          aria-label={tr("calendarAdmin.recomputeProgress")}
        >
          {run.done} / {run.total}
        </progress>
        <p class="govuk-body">
          <a class="govuk-link" href={`${refresh}#recompute`}>
            {tr("calendarAdmin.recomputeRefresh")}
          </a>
        </p>
      </div>
    );
  }
  return (
    <p class="govuk-body" id="recompute">
      {tr("calendarAdmin.recomputeFinished", {
        at: formatDateTime(lang, run.finishedAt ?? run.startedAt),
        checked: run.done,
        changed: run.changed,
      })}
      {run.failed ? <> {tr("calendarAdmin.recomputeFailed", { failed: run.failed })}</> : null}
    </p>
  );
}

function ExceptionsTable({ view }: { view: YearView }) {
  const { lang, tr } = useLang();
  if (!view.days.length) return <p class="govuk-body">{tr("calendarAdmin.none", { year: view.year })}</p>;
  const link = (entry: DayEntry, action: "edit" | "remove", key: string, anchor: string) => (
    <a
      class="govuk-link"
      href={`/${lang}/admin/calendar?year=${view.year}&${action}=${entry.date}#${anchor}`}
    >
      {tr(key)}
      <span class="govuk-visually-hidden"> {dateWithWeekday(lang, entry.date)}</span>
    </a>
  );
  return (
    <Table
      caption={tr("calendarAdmin.exceptions", { year: view.year })}
      head={["calendarAdmin.date", "calendarYear.name", "calendarAdmin.status", "calendarAdmin.actions"].map(
        (k) => tr(k),
      )}
      rows={view.days.map((entry) => ({
        attrs: { id: `day-${entry.date}` },
        cells: [
          dateWithWeekday(lang, entry.date),
          <>
            <strong>{entry.name[lang]}</strong>
            <br />
            {tr(`dayKind.${entry.kind}`)}
            <p class="govuk-hint govuk-!-font-size-16 govuk-!-margin-top-1 govuk-!-margin-bottom-0">
              {tr("calendarAdmin.source")}: {entry.source}
            </p>
          </>,
          entry.provisional ? (
            <strong class="govuk-tag govuk-tag--yellow">{tr("calendarYear.provisional")}</strong>
          ) : (
            <strong class="govuk-tag govuk-tag--green">{tr("calendarAdmin.confirmed")}</strong>
          ),
          <ul class="govuk-list govuk-!-margin-bottom-0">
            <li>{link(entry, "edit", "calendarAdmin.change", "set-day")}</li>
            <li>{link(entry, "remove", "calendarAdmin.remove", "remove-day")}</li>
          </ul>,
        ],
      }))}
    />
  );
}

/** The calendar administration: a year, its exceptions, a form to set a day and one to remove it. */
export function CalendarAdminPage(p: CalendarAdminProps) {
  const { lang, tr } = useLang();
  const setIssues = p.failed === "set" ? p.issues : [];
  const removeIssues = p.failed === "remove" ? p.issues : [];
  type Extra = { hint?: string; width?: number };
  const setField = (name: Exclude<keyof SetDayForm, "provisional">, key: string, extra: Extra = {}) => (
    <TextInput name={name} label={tr(key)} value={p.setForm[name]} issues={setIssues} {...extra} />
  );
  const removeField = (name: keyof RemoveDayForm, key: string, extra: Extra = {}) => (
    <TextInput
      name={`remove.${name}`}
      label={tr(key)}
      value={p.removeForm[name]}
      issues={removeIssues}
      {...extra}
    />
  );
  const years = Array.from({ length: p.last - p.first + 1 }, (_, i) => String(p.first + i));
  return (
    <>
      <ErrorSummary issues={p.issues} />
      {p.notice ? <Notice>{p.notice}</Notice> : null}
      <h1 class="govuk-heading-l">{tr("calendarAdmin.title")}</h1>
      <p class="govuk-body">{tr("calendarAdmin.lead")}</p>
      {p.recompute ? (
        <RecomputeStatus run={p.recompute} refresh={`/${lang}/admin/calendar?year=${p.view.year}`} />
      ) : null}
      <form method="get" action={`/${lang}/admin/calendar`}>
        <Select
          name="year"
          label={tr("calendarAdmin.year")}
          value={String(p.view.year)}
          options={years.map((y) => ({ value: y, label: y }))}
        />
        <Button secondary>{tr("calendarAdmin.show")}</Button>
      </form>
      <h2 class="govuk-heading-m">
        {tr("calendarAdmin.summary", { year: p.view.year, count: p.view.workingDays })}
      </h2>
      {p.view.projected ? (
        <div class="govuk-inset-text">
          <p class="govuk-body">{tr("calendar.projectedYear", { year: p.view.year })}</p>
          <p class="govuk-body">{tr("calendarAdmin.projectedEdit")}</p>
        </div>
      ) : null}
      <p class="govuk-body">
        <a class="govuk-link" href={`/${lang}/deadline/year/${p.view.year}`}>
          {tr("calendarAdmin.publicView", { year: p.view.year })}
        </a>
      </p>
      <ExceptionsTable view={p.view} />

      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h2 class="govuk-heading-m" id="set-day">
            {tr("calendarAdmin.setTitle")}
          </h2>
          <form method="post" action={`/${lang}/admin/calendar/days`} novalidate>
            <CsrfField />
            <DateInput
              name="date"
              label={tr("calendarAdmin.date")}
              hint={tr("calendarAdmin.dateHint")}
              value={p.setForm.date}
              issues={setIssues}
            />
            <Choices
              type="radio"
              name="kind"
              label={tr("calendarAdmin.kind")}
              value={p.setForm.kind}
              issues={setIssues}
              small
              options={DAY_KIND_OPTIONS.map((kind) => ({ value: kind, label: tr(`dayKind.${kind}`) }))}
            />
            {setField("name.kk", "calendarAdmin.nameKk")}
            {setField("name.ru", "calendarAdmin.nameRu")}
            {setField("name.en", "calendarAdmin.nameEn")}
            {setField("source", "calendarAdmin.sourceLabel", { hint: tr("calendarAdmin.sourceHint") })}
            <SingleCheckbox
              name="provisional"
              label={tr("calendarAdmin.provisional")}
              checked={p.setForm.provisional}
            />
            {setField("reason", "calendarAdmin.reason")}
            <Button>{tr("calendarAdmin.save")}</Button>
          </form>

          <h2 class="govuk-heading-m" id="remove-day">
            {tr("calendarAdmin.removeTitle")}
          </h2>
          <p class="govuk-body">{tr("calendarAdmin.removeLead")}</p>
          <form method="post" action={`/${lang}/admin/calendar/days/remove`} novalidate>
            <CsrfField />
            <DateInput
              name="remove.date"
              label={tr("calendarAdmin.date")}
              hint={tr("calendarAdmin.dateHint")}
              value={p.removeForm.date}
              issues={removeIssues}
            />
            {removeField("source", "calendarAdmin.sourceLabel")}
            {removeField("reason", "calendarAdmin.reason")}
            <Button secondary>{tr("calendarAdmin.removeSubmit")}</Button>
          </form>
        </div>
      </div>
    </>
  );
}
