import { GROUNDS, OUTCOMES, STATUSES } from "../../domain/complaint.ts";
import type { DeadlineKind, DueBadge } from "../../domain/deadlines/index.ts";
import type { FieldIssue } from "../../domain/errors.ts";
import { formatDate, formatDateTime } from "../../i18n/index.ts";
import type { Inbox } from "../../queries/staff-inbox.ts";
import { ErrorSummary } from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";
import { Table } from "../ui/table.tsx";

export type InboxQuery = {
  status: string;
  overdue: boolean;
  due: string;
  executor: string;
  ground: string;
  service: string;
  q: string;
  page: number;
  /** The report filters (docs/reports.md, "Every number links to its complaints"), as given. */
  report?: Record<string, string>;
};

/** A row of the inbox; a report's list adds the body the case was received at and when. */
export type InboxRow = {
  id: string;
  status: Inbox["items"][number]["status"];
  number: string | null;
  surname: string;
  name: string;
  reasons: string;
  nextDue: string | null;
  nextDueKind: DeadlineKind | null;
  receivedAt: string;
  unregistered: boolean;
  badge: DueBadge;
  bodyName?: string | undefined;
  receivedOn?: string;
};

/** The counts of the inbox (per status and overdue: null for a report's list, which has none). */
type InboxCounts = Pick<Inbox, "total" | "page" | "pageSize"> & {
  /** False when the total is only a lower bound (more matched than were counted). */
  totalExact?: boolean;
  counts: Inbox["counts"] | null;
  overdue: number | null;
};

/** A report filter's value as the reader reads it. */
function reportFilterText(
  tr: (key: string, p?: Record<string, string | number>) => string,
  k: string,
  v: string,
) {
  switch (k) {
    case "answer":
      return tr((OUTCOMES as readonly string[]).includes(v) ? `outcome.${v}` : `status.${v}`);
    case "refusal":
      return tr(`wf.leaveGround.${v}`);
    case "ground":
      return tr(`ground.${v}`);
    case "clock":
      return tr(`wf.inbox.report.clock.${v}`);
    case "met":
      return tr(v === "1" ? "wf.inbox.report.met.1" : "wf.inbox.report.met.0");
    case "unit":
      return tr(`wf.inbox.report.unit.${v}`);
    case "service":
      return v === "none" ? tr("report.none") : v;
    case "overdue":
    case "escalated":
    case "upheld":
      return tr("wf.inbox.report.yes");
    default:
      return v;
  }
}

type Choices = {
  executors: readonly { id: string; surname: string; name: string }[];
  services: readonly { id: string; kk: string; ru: string; en: string }[];
};

function Select(p: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div class="govuk-form-group">
      <label class="govuk-label" for={`f-${p.name}`}>
        {p.label}
      </label>
      <select class="govuk-select" id={`f-${p.name}`} name={p.name}>
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Badge({ badge }: { badge: InboxRow["badge"] }) {
  const { tr } = useLang();
  if (!badge) return null;
  if (badge.kind === "overdue")
    return <strong class="govuk-tag govuk-tag--red">{tr("wf.inbox.badge.overdue")}</strong>;
  if (badge.kind === "today")
    return <strong class="govuk-tag govuk-tag--orange">{tr("wf.inbox.badge.today")}</strong>;
  return <strong class="govuk-tag govuk-tag--yellow">{tr("wf.inbox.badge.soon", { n: badge.n })}</strong>;
}

/** The organization's inbox: counts, filters (a GET form), the table and the pages. */
export function InboxPage(p: {
  inbox: InboxCounts;
  rows: InboxRow[];
  query: InboxQuery;
  choices: Choices;
  orgName: string;
  /** The name of the body a report's list is filtered on. */
  bodyName?: string | undefined;
  issues?: FieldIssue[];
}) {
  const { lang, tr } = useLang();
  const { inbox, query } = p;
  const report = query.report;
  const exact = inbox.totalExact ?? true;
  // Past a counted total, the pages go on while they are full.
  const pages = exact
    ? Math.max(1, Math.ceil(inbox.total / inbox.pageSize))
    : Math.max(
        query.page + (p.rows.length === inbox.pageSize ? 1 : 0),
        Math.ceil(inbox.total / inbox.pageSize),
      );
  const link = (page: number) => {
    const params = new URLSearchParams(report);
    const { report: _, ...plain } = query;
    for (const [k, v] of Object.entries({ ...plain, page: String(page), overdue: query.overdue ? "1" : "" }))
      if (v) params.set(k, String(v));
    return `/${lang}/staff?${params}`;
  };
  const pageText = exact
    ? tr("wf.inbox.page", { page: query.page, pages })
    : tr("wf.inbox.pageOpen", { page: query.page });
  const counts = inbox.counts;
  // The report filters the form's own controls carry; the others go along hidden.
  const inForm = new Set(["status", "ground", "overdue"]);
  const any = { value: "", label: tr("wf.inbox.any") };
  return (
    <>
      <span class="govuk-caption-l">{p.orgName}</span>
      <h1 class="govuk-heading-l">{tr("wf.inbox.title")}</h1>
      <ErrorSummary issues={p.issues ?? []} />
      {report ? (
        <section data-testid="report-filters">
          <h2 class="govuk-heading-s">{tr("wf.inbox.report.active")}</h2>
          <dl class="govuk-summary-list govuk-summary-list--no-border">
            {Object.entries(report).map(([k, v]) => (
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{tr(`wf.inbox.report.${k}`)}</dt>
                <dd class="govuk-summary-list__value" data-filter={k}>
                  {k === "body" && p.bodyName ? p.bodyName : reportFilterText(tr, k, v)}
                </dd>
              </div>
            ))}
          </dl>
          <p class="govuk-body">
            <a class="govuk-link" href={`/${lang}/staff`}>
              {tr("wf.inbox.report.clear")}
            </a>
          </p>
        </section>
      ) : null}
      {counts ? (
        <>
          <h2 class="govuk-heading-s">{tr("wf.inbox.counts")}</h2>
          <ul class="govuk-list app-inbox-counts" data-testid="counts">
            {STATUSES.map((s) => (
              <li>
                <a class="govuk-link" href={`/${lang}/staff?status=${s}`}>
                  {tr(`status.${s}`)}: <span data-count={s}>{counts[s]}</span>
                </a>
              </li>
            ))}
            <li>
              <a class="govuk-link" href={`/${lang}/staff?overdue=1`}>
                {tr("wf.inbox.overdueCount")}: <span data-count="overdue">{inbox.overdue}</span>
              </a>
            </li>
          </ul>
        </>
      ) : null}
      <form method="get" action={`/${lang}/staff`} class="app-inbox-filters">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{tr("wf.inbox.filters")}</legend>
          {report
            ? Object.entries(report)
                .filter(([k]) => !inForm.has(k))
                .map(([k, v]) => <input type="hidden" name={k} value={v} />)
            : null}
          {report ? null : (
            <div class="govuk-form-group">
              <label class="govuk-label" for="f-q">
                {tr("wf.inbox.q")}
              </label>
              <input
                class="govuk-input govuk-input--width-20"
                id="f-q"
                name="q"
                type="search"
                value={query.q}
              />
            </div>
          )}
          <Select
            name="status"
            label={tr("wf.inbox.status")}
            value={query.status}
            options={[
              { value: "open", label: tr("wf.inbox.status.open") },
              { value: "all", label: tr("wf.inbox.status.all") },
              ...STATUSES.map((s) => ({ value: s, label: tr(`status.${s}`) })),
            ]}
          />
          {report ? null : (
            <div class="govuk-form-group">
              <label class="govuk-label" for="f-due">
                {tr("wf.inbox.dueWithin")}
              </label>
              <input
                class="govuk-input govuk-input--width-3"
                id="f-due"
                name="due"
                inputmode="numeric"
                value={query.due}
              />
            </div>
          )}
          <div class="govuk-checkboxes govuk-checkboxes--small govuk-form-group">
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                id="f-overdue"
                name="overdue"
                type="checkbox"
                value="1"
                checked={query.overdue}
              />
              <label class="govuk-label govuk-checkboxes__label" for="f-overdue">
                {tr("wf.inbox.overdue")}
              </label>
            </div>
          </div>
          {report ? null : (
            <Select
              name="executor"
              label={tr("wf.inbox.executor")}
              value={query.executor}
              options={[
                any,
                ...p.choices.executors.map((e) => ({ value: e.id, label: `${e.surname} ${e.name}` })),
              ]}
            />
          )}
          <Select
            name="ground"
            label={tr("wf.inbox.ground")}
            value={query.ground}
            options={[any, ...GROUNDS.map((g) => ({ value: g, label: tr(`ground.${g}`) }))]}
          />
          {report ? null : (
            <Select
              name="service"
              label={tr("wf.inbox.service")}
              value={query.service}
              options={[any, ...p.choices.services.map((s) => ({ value: s.id, label: s[lang] }))]}
            />
          )}
          <button type="submit" class="govuk-button">
            {tr("wf.inbox.apply")}
          </button>
        </fieldset>
      </form>
      <p class="govuk-body" role="status">
        {tr(exact ? "wf.inbox.found" : "wf.inbox.foundMore", { total: inbox.total })}
      </p>
      {p.rows.length === 0 ? (
        <p class="govuk-body">{tr("wf.inbox.empty")}</p>
      ) : (
        <Table
          testid="inbox"
          head={[
            tr("wf.inbox.col.number"),
            tr("wf.inbox.col.applicant"),
            tr("wf.inbox.col.status"),
            tr("wf.inbox.col.due"),
            tr("wf.inbox.col.received"),
            ...(report ? [tr("wf.inbox.col.body")] : []),
          ]}
          rows={p.rows.map((r) => ({
            attrs: { "data-id": r.id },
            cells: [
              <a class="govuk-link" href={`/${lang}/staff/complaints/${r.id}`}>
                {r.number ?? tr("wf.inbox.notRegistered")}
              </a>,
              <>
                {r.surname} {r.name}
                <div class="govuk-body-s govuk-!-margin-bottom-0">{r.reasons}</div>
              </>,
              r.unregistered ? (
                <strong class="govuk-tag govuk-tag--purple">{tr(`status.${r.status}`)}</strong>
              ) : (
                tr(`status.${r.status}`)
              ),
              <>
                {r.nextDue ? formatDate(lang, r.nextDue) : "—"} <Badge badge={r.badge} />
                {r.nextDueKind ? (
                  <div class="govuk-body-s govuk-!-margin-bottom-0">
                    {tr(`deadlineKind.${r.nextDueKind}`)}
                  </div>
                ) : null}
              </>,
              formatDateTime(lang, new Date(r.receivedAt)),
              ...(report
                ? [
                    <>
                      {r.bodyName ?? ""}
                      {r.receivedOn ? (
                        <div class="govuk-body-s govuk-!-margin-bottom-0">
                          {formatDate(lang, r.receivedOn)}
                        </div>
                      ) : null}
                    </>,
                  ]
                : []),
            ],
          }))}
        />
      )}
      {pages > 1 ? (
        <nav class="govuk-pagination" aria-label={pageText}>
          {query.page > 1 ? (
            <div class="govuk-pagination__prev">
              <a class="govuk-link govuk-pagination__link" href={link(query.page - 1)} rel="prev">
                <span class="govuk-pagination__link-title">{tr("wf.inbox.prev")}</span>
              </a>
            </div>
          ) : null}
          <p class="govuk-body govuk-!-margin-bottom-0">{pageText}</p>
          {query.page < pages ? (
            <div class="govuk-pagination__next">
              <a class="govuk-link govuk-pagination__link" href={link(query.page + 1)} rel="next">
                <span class="govuk-pagination__link-title">{tr("wf.inbox.next")}</span>
              </a>
            </div>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
