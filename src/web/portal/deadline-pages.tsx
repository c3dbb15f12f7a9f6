import type { DayEntry } from "../../domain/calendar/index.ts";
import { dayNumber, daysInMonth, weekday } from "../../domain/calendar/index.ts";
import type { FieldIssue } from "../../domain/errors.ts";
import { formatDate } from "../../i18n/index.ts";
import { type DeadlineCalculation, MAX_WORKING_DAYS, type YearView } from "../../queries/calendar-views.ts";
import { dateWithWeekday, monthName, skippedReason, weekdayNames } from "../calendar-text.ts";
import {
  Button,
  Choices,
  DateInput,
  ErrorSummary,
  SummaryList,
  TextInput,
  WarningText,
} from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";
import { Table } from "../ui/table.tsx";

export type DeadlineForm = { from?: string; term?: string; workingDays?: string };

function Result({ result }: { result: DeadlineCalculation }) {
  const { lang, tr } = useLang();
  const moved = result.registeredOn !== result.receivedOn;
  const years = [...new Set([result.registeredOn, result.deadline].map((d) => Number(d.slice(0, 4))))];
  return (
    <section aria-labelledby="result-title" id="result">
      <h2 class="govuk-heading-l" id="result-title">
        {tr("deadlinePage.result")}
      </h2>
      <div class="govuk-panel govuk-panel--confirmation">
        <h3 class="govuk-panel__title">{tr("deadlinePage.dueLead")}</h3>
        <div class="govuk-panel__body" id="due-date">
          {dateWithWeekday(lang, result.deadline)}
        </div>
      </div>
      {result.provisional ? (
        <WarningText label={tr("deadlinePage.warning")}>{tr("calendar.provisional")}</WarningText>
      ) : null}
      <SummaryList
        rows={[
          ["deadlinePage.received", dateWithWeekday(lang, result.receivedOn)],
          [
            "deadlinePage.registered",
            <>
              {dateWithWeekday(lang, result.registeredOn)}
              {moved ? (
                <>
                  <p class="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-1">
                    {tr("deadline.registeredNext", {
                      received: formatDate(lang, result.receivedOn),
                      registered: formatDate(lang, result.registeredOn),
                    })}
                  </p>
                  <p class="govuk-hint govuk-!-margin-bottom-0">{tr("basis.appc-63")}</p>
                </>
              ) : null}
            </>,
          ],
          ["deadlinePage.term", tr("deadlinePage.termValue", { days: result.workingDays })],
          ["deadlinePage.due", dateWithWeekday(lang, result.deadline)],
          !!result.basis && ["deadlinePage.basis", tr(`basis.${result.basis}`)],
        ]}
      />
      {result.skipped.length ? (
        <Table
          caption={tr("deadlinePage.skipped")}
          head={[tr("deadlinePage.skippedDate"), tr("deadlinePage.skippedReason")]}
          rows={result.skipped.map((s) => [
            dateWithWeekday(lang, s.date),
            <>
              {skippedReason(lang, s)}
              {s.kind !== "weekend" ? (
                <span class="govuk-hint govuk-!-margin-bottom-0"> — {tr(`dayKind.${s.kind}`)}</span>
              ) : null}
            </>,
          ])}
        />
      ) : (
        <>
          <h3 class="govuk-heading-m">{tr("deadlinePage.skipped")}</h3>
          <p class="govuk-body">{tr("deadlinePage.skippedNone")}</p>
        </>
      )}
      <p class="govuk-body-s">{tr("deadlinePage.version", { version: result.calendarVersion })}</p>
      <ul class="govuk-list">
        {years.map((year) => (
          <li>
            <a class="govuk-link" href={`/${lang}/deadline/year/${year}`}>
              {tr("deadlinePage.yearLink", { year })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The calculator: a GET form (date and term), then the result when the form is valid. */
export function DeadlinePage(p: {
  form: DeadlineForm;
  issues: FieldIssue[];
  result: DeadlineCalculation | null;
}) {
  const { lang, tr } = useLang();
  const terms = ["3", "5", "15"].map((value) => ({ value, label: tr(`deadlinePage.term.${value}`) }));
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary issues={p.issues} />
        <h1 class="govuk-heading-l">{tr("deadlinePage.title")}</h1>
        <p class="govuk-body-l">{tr("deadlinePage.lead")}</p>
        <p class="govuk-body">{tr("deadlinePage.rule")}</p>
        <form method="get" action={`/${lang}/deadline`} novalidate>
          <DateInput
            name="from"
            label={tr("deadlinePage.from")}
            hint={tr("deadlinePage.fromHint")}
            value={p.form.from}
            issues={p.issues}
          />
          <Choices
            type="radio"
            name="term"
            label={tr("deadlinePage.term")}
            value={p.form.term}
            issues={p.issues}
            options={[
              ...terms,
              {
                value: "other",
                label: tr("deadlinePage.term.other"),
                conditional: (
                  <TextInput
                    name="workingDays"
                    label={tr("deadlinePage.workingDays")}
                    hint={tr("deadlinePage.workingDaysHint", { max: MAX_WORKING_DAYS })}
                    inputmode="numeric"
                    value={p.form.workingDays}
                    issues={p.issues}
                    width={4}
                  />
                ),
              },
            ]}
          />
          <Button>{tr("deadlinePage.submit")}</Button>
        </form>
        {p.result ? <Result result={p.result} /> : null}
      </div>
    </div>
  );
}

function MonthTable({
  year,
  month,
  entries,
}: {
  year: number;
  month: number;
  entries: Map<string, DayEntry>;
}) {
  const { lang, tr } = useLang();
  const names = weekdayNames(lang);
  const first = weekday(dayNumber(year, month, 1));
  const count = daysInMonth(year, month);
  const cells: (number | null)[] = [...Array<null>(first - 1).fill(null)];
  for (let d = 1; d <= count; d++) cells.push(d);
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const iso = (d: number) => `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const monthEntries = [...entries.values()].filter((e) => Number(e.date.slice(5, 7)) === month);
  return (
    <div class="govuk-grid-column-one-half">
      <Table
        class="govuk-!-margin-bottom-3"
        stack={false}
        caption={monthName(lang, month)}
        head={names.map((n) => ({
          label: n.long,
          content: (
            <>
              <span aria-hidden="true">{n.short}</span>
              <span class="govuk-visually-hidden">{n.long}</span>
            </>
          ),
        }))}
        rows={weeks.map((week) =>
          week.map((d) => {
            if (d === null) return null;
            const entry = entries.get(iso(d));
            if (!entry) return d;
            return (
              <>
                <strong class={`govuk-tag ${entry.working ? "govuk-tag--green" : "govuk-tag--red"}`}>
                  {d}
                </strong>
                {entry.provisional ? <span aria-hidden="true">*</span> : null}
                <span class="govuk-visually-hidden">
                  {" "}
                  — {entry.name[lang]}
                  {entry.provisional ? ` (${tr("calendarYear.provisional")})` : ""}
                </span>
              </>
            );
          }),
        )}
      />
      {monthEntries.length ? (
        <ul class="govuk-list govuk-!-font-size-16">
          {monthEntries.map((e) => (
            <li>
              <strong>{dateWithWeekday(lang, e.date)}</strong> — {e.name[lang]}{" "}
              <span class="govuk-hint govuk-!-font-size-16">· {tr(`dayKind.${e.kind}`)}</span>
              {e.provisional ? (
                <>
                  {" "}
                  <strong class="govuk-tag govuk-tag--yellow">{tr("calendarYear.provisional")}</strong>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="govuk-body-s">{tr("calendarYear.none")}</p>
      )}
    </div>
  );
}

/** The year: a table per month marking days off on weekdays and worked weekends, with their names. */
export function YearPage({
  view,
  first,
  last,
  isAdmin,
}: {
  view: YearView;
  first: number;
  last: number;
  isAdmin: boolean;
}) {
  const { lang, tr } = useLang();
  const entries = new Map(view.days.map((d) => [d.date, d]));
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  return (
    <>
      <h1 class="govuk-heading-l">{tr("calendarYear.title", { year: view.year })}</h1>
      <p class="govuk-body">{tr("calendarYear.lead", { count: view.workingDays })}</p>
      {view.projected ? (
        <WarningText label={tr("deadlinePage.warning")}>
          {tr("calendar.projectedYear", { year: view.year })}
        </WarningText>
      ) : null}
      <nav aria-label={tr("calendarYear.nav")}>
        <ul class="govuk-list">
          {view.year > first ? (
            <li>
              <a class="govuk-link" href={`/${lang}/deadline/year/${view.year - 1}`}>
                {tr("calendarYear.prev", { year: view.year - 1 })}
              </a>
            </li>
          ) : null}
          {view.year < last ? (
            <li>
              <a class="govuk-link" href={`/${lang}/deadline/year/${view.year + 1}`}>
                {tr("calendarYear.next", { year: view.year + 1 })}
              </a>
            </li>
          ) : null}
          <li>
            <a class="govuk-link" href={`/${lang}/deadline`}>
              {tr("calendarYear.back")}
            </a>
          </li>
          {isAdmin ? (
            <li>
              <a class="govuk-link" href={`/${lang}/admin/calendar?year=${view.year}`}>
                {tr("calendarYear.admin")}
              </a>
            </li>
          ) : null}
        </ul>
      </nav>
      <h2 class="govuk-heading-s">{tr("calendarYear.legend")}</h2>
      <ul class="govuk-list">
        <li>
          <strong class="govuk-tag govuk-tag--red" aria-hidden="true">
            1
          </strong>{" "}
          {tr("calendarYear.legendOff")}
        </li>
        <li>
          <strong class="govuk-tag govuk-tag--green" aria-hidden="true">
            1
          </strong>{" "}
          {tr("calendarYear.legendWorking")}
        </li>
        <li>{tr("calendarYear.legendProvisional")}</li>
      </ul>
      {[0, 2, 4, 6, 8, 10].map((i) => (
        <div class="govuk-grid-row">
          {months.slice(i, i + 2).map((month) => (
            <MonthTable year={view.year} month={month} entries={entries} />
          ))}
        </div>
      ))}
    </>
  );
}
