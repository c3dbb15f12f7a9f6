import { stampLine } from "../../domain/complaint.ts";
import type { FieldIssue } from "../../domain/errors.ts";
import { type DatumKind, EVENT_DATA, isEventKind } from "../../domain/events.ts";
import { type Action, LEAVE_GROUNDS } from "../../domain/lifecycle.ts";
import type { Disclosure } from "../../domain/visibility.ts";
import { formatDate, formatDateTime, type Lang } from "../../i18n/index.ts";
import type { ActionChoices } from "../../queries/action-choices.ts";
import type { ChainReport } from "../../queries/audit-chain.ts";
import type { HistoryEntry } from "../../queries/complaint-history.ts";
import type { ComplaintView } from "../../queries/complaint-view.ts";
import {
  BackLink,
  Button,
  CsrfField,
  DEADLINE_TAG,
  ErrorSummary,
  Notice,
  type Option,
  Select,
  SummaryRow,
  TextArea,
  TextInput,
} from "../ui/components.tsx";
import { type Translate, useLang } from "../ui/i18n.ts";
import { DecisionSignature, SignatureSummary } from "../ui/signature.tsx";
import { Table } from "../ui/table.tsx";

export type ActionForms = ActionChoices & { extensionMax: number };

export type PageState = {
  done?: string | undefined;
  failed?: { action: string; message: string | null; issues: FieldIssue[]; values: Record<string, string> };
};

type Names = Record<string, { kk: string; ru: string; en: string }>;

type FieldSpec = {
  name: string;
  label: string;
  hint?: string | undefined;
  value?: string;
  /** A select. */
  options?: Option[];
  /** A short text input. */
  width?: number;
};

/** The fields of each staff action's form: a select when it has options, else text or a textarea. */
function actionFields(v: ComplaintView, forms: ActionForms, lang: Lang, tr: Translate) {
  const choose = (options: Option[]) => [{ value: "", label: tr("wf.form.choose") }, ...options];
  const text = (name: string, label = name) => ({ name, label: tr(`wf.form.${label}`) });
  const input = (name: string) => ({ ...text(name), width: 10 });
  const proposed = forms.reviewingBodies.find((b) => b.id === forms.proposedBodyId);
  const competent = forms.redirectTargets.find((b) => b.id === forms.proposedRedirectId);
  const fields: Partial<Record<Action, FieldSpec[]>> = {
    register: [],
    assign: [
      {
        ...text("executorId", "executor"),
        options: choose(forms.executors.map((e) => ({ value: e.id, label: `${e.surname} ${e.name}` }))),
      },
    ],
    comment: [text("text", "comment")],
    favourable_act: [input("actNumber"), text("text", "actText")],
    forward: [
      {
        ...text("reviewingBodyId", "reviewingBody"),
        value: forms.proposedBodyId ?? "",
        hint: proposed ? tr("wf.form.proposed", { name: proposed.name[lang] }) : undefined,
        options: choose(forms.reviewingBodies.map((b) => ({ value: b.id, label: b.name[lang] }))),
      },
      text("explanation"),
      text("note"),
    ],
    redirect: [
      {
        ...text("organizationId", "competentBody"),
        value: forms.proposedRedirectId ?? "",
        hint: competent ? tr("wf.form.proposed", { name: competent.name[lang] }) : undefined,
        options: choose(forms.redirectTargets.map((b) => ({ value: b.id, label: b.name[lang] }))),
      },
      text("reason"),
    ],
    restore_term: [
      {
        ...text("granted", "termDecision"),
        hint: v.lateReason ? tr("wf.form.lateReason", { reason: v.lateReason }) : undefined,
        options: choose([
          { value: "true", label: tr("wf.form.termGranted") },
          { value: "false", label: tr("wf.form.termRefused") },
        ]),
      },
      text("reasons"),
    ],
    extend: [
      { ...input("workingDays"), hint: tr("wf.form.workingDaysHint", { max: forms.extensionMax }) },
      text("reason"),
    ],
    decide: [
      {
        ...text("outcome"),
        options: choose(
          (["satisfied", "partially_satisfied", "not_satisfied"] as const).map((o) => ({
            value: o,
            label: tr(`outcome.${o}`),
          })),
        ),
      },
      text("text"),
      { name: "cms", label: tr("decision.eds.label"), hint: tr("decision.eds.hint") },
    ],
    leave_without_consideration: [
      {
        ...text("ground"),
        options: choose(LEAVE_GROUNDS.map((g) => ({ value: g, label: tr(`wf.leaveGround.${g}`) }))),
      },
      text("text"),
    ],
  };
  return v.allowedActions.flatMap((a) => (fields[a] ? [[a, fields[a]] as const] : []));
}

/** The permitted actions' forms; field ids are `<action>-<name>` so that several forms coexist. */
function Forms({ v, forms, state }: { v: ComplaintView; forms: ActionForms; state: PageState }) {
  const { lang, tr } = useLang();
  const actions = actionFields(v, forms, lang, tr);
  if (actions.length === 0) return <p class="govuk-body">{tr("wf.case.noActions")}</p>;
  return (
    <>
      {actions.map(([action, fields]) => {
        const failed = state.failed?.action === action ? state.failed : undefined;
        return (
          <form
            method="post"
            action={`/${lang}/staff/complaints/${v.id}/${action}`}
            class="app-action-form"
            data-action={action}
          >
            <h3 class="govuk-heading-s">{tr(`wf.action.${action}`)}</h3>
            <CsrfField />
            {fields.map(({ value, ...f }) => {
              const props = { ...f, field: `${action}.${f.name}`, issues: failed?.issues };
              const shown = failed?.values[f.name] ?? value ?? "";
              if (f.options) return <Select {...props} options={f.options} value={shown} />;
              return f.width ? <TextInput {...props} value={shown} /> : <TextArea {...props} value={shown} />;
            })}
            <Button>{tr(`wf.action.${action}`)}</Button>
            {action === "decide" ? (
              <button
                type="submit"
                class="govuk-button govuk-button--secondary"
                formaction={`/${lang}/staff/complaints/${v.id}/decision-text`}
                data-module="govuk-button"
              >
                {tr("decision.eds.textLink")}
              </button>
            ) : null}
          </form>
        );
      })}
    </>
  );
}

/** An event's data as localized "label: value" lines: dates formatted, bodies named, never raw. */
function EventData({ e, names }: { e: HistoryEntry; names: Names }) {
  const { lang, tr } = useLang();
  if (!isEventKind(e.kind)) return null;
  const shown = (value: unknown, d: DatumKind): string | null => {
    if (value === null || value === undefined || value === "") return null;
    switch (d.as) {
      case "date":
        return typeof value === "string" ? formatDate(lang, value.slice(0, 10)) : null;
      case "organization":
        return typeof value === "string" ? (names[value]?.[lang] ?? null) : null;
      case "yesno":
        return tr(value ? "event.yes" : "event.no");
      case "vocabulary":
        return tr(`${d.prefix}${String(value)}`);
      default:
        return String(value);
    }
  };
  const rows = Object.entries(EVENT_DATA[e.kind]).flatMap(([key, d]) => {
    const value = shown(e.data?.[key], d);
    return value === null ? [] : [[tr(`event.${e.kind}.${key}`), value] as const];
  });
  if (!rows.length) return null;
  return (
    <ul class="govuk-list govuk-body-s govuk-!-margin-bottom-0">
      {rows.map(([label, value]) => (
        <li>{`${label}: ${value}`}</li>
      ))}
    </ul>
  );
}

/** The id of the complaint event where the chain breaks, if it is one. */
const brokenEvent = (r: ChainReport | null | undefined) =>
  r && !r.ok && r.broken.table === "complaint_events" ? r.broken.id : null;

/** Whether the complaint's record verifies (hash chain), naming the first broken entry if not. */
function Integrity({ report, tr }: { report: ChainReport; tr: Translate }) {
  if (report.ok)
    return (
      <p class="govuk-body-s" data-testid="chain" data-state="ok">
        {tr("audit.chain.ok", { count: report.links })}
      </p>
    );
  const b = report.broken;
  return (
    <div class="govuk-warning-text" data-testid="chain" data-state="broken">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        {tr("audit.chain.broken", {
          entry: tr(`audit.entry.${b.table}`, { id: b.id ?? "" }),
          reason: tr(`audit.reason.${b.reason}`),
        })}
      </strong>
    </div>
  );
}

/** A personal field as the field policy lets this viewer see it: the value, masked, or withheld. */
function Shown({ disclosure, value }: { disclosure: Disclosure; value: string | null }) {
  const { tr } = useLang();
  if (disclosure === "none")
    return <span class="govuk-hint govuk-!-margin-0">{tr("visibility.withheld")}</span>;
  if (value === null) return <>—</>;
  if (disclosure === "full") return <>{value}</>;
  return (
    <>
      {value} <span class="govuk-body-s">({tr("visibility.masked")})</span>
    </>
  );
}

/** The staff complaint page: the whole case, its clocks, the full history and the permitted actions. */
export function StaffComplaintPage(p: {
  v: ComplaintView;
  history: HistoryEntry[] | null;
  /** The check of the complaint's hash chain, shown with the history. */
  integrity?: ChainReport | null;
  forms: ActionForms;
  state: PageState;
}) {
  const { lang, tr } = useLang();
  const { v, state } = p;
  const names = v.organizationNames as Names;
  const name = (id: string) => names[id]?.[lang] ?? id;
  const a = v.applicant;
  return (
    <>
      <BackLink href={`/${lang}/staff`}>{tr("wf.case.back")}</BackLink>
      <h1 class="govuk-heading-l">
        {tr("wf.case.title", { number: v.registration?.number ?? tr("wf.inbox.notRegistered") })}
      </h1>
      {state.done ? <Notice>{tr("wf.done", { action: tr(`wf.action.${state.done}`) })}</Notice> : null}
      {state.failed ? (
        <ErrorSummary
          issues={state.failed.issues}
          {...(state.failed.message ? { message: state.failed.message } : {})}
        />
      ) : null}

      <h2 class="govuk-heading-m">{tr("wf.case.summary")}</h2>
      <dl class="govuk-summary-list">
        <SummaryRow label={tr("wf.case.status")}>
          <strong class="govuk-tag" data-testid="status">
            {tr(`status.${v.status}`)}
          </strong>
        </SummaryRow>
        {v.outcome ? (
          <SummaryRow label={tr("wf.case.outcome")}>{tr(`outcome.${v.outcome}`)}</SummaryRow>
        ) : null}
        <SummaryRow label={tr("wf.case.channel")}>{tr(`channel.${v.channel}`)}</SummaryRow>
        <SummaryRow label={tr("wf.case.received")}>
          {formatDateTime(lang, new Date(v.receivedAt))}
          {v.filedLate ? <p class="govuk-body-s govuk-!-margin-0">{tr("wf.case.filedLate")}</p> : null}
        </SummaryRow>
        {v.registration ? (
          <SummaryRow label={tr("wf.case.registration")}>
            {tr("wf.case.registrationLine", {
              number: v.registration.number,
              date: formatDate(lang, v.registration.registeredOn),
              official: stampLine(v.registration.acceptedBy, lang),
              answerBy: formatDate(lang, v.registration.answerBy),
            })}
          </SummaryRow>
        ) : null}
        <SummaryRow label={tr("wf.case.holder")}>{name(v.holder.organizationId)}</SummaryRow>
        <SummaryRow label={tr("wf.case.addressee")}>
          {tr(`addressee.${v.addressee.kind}`)} — {name(v.addressee.organizationId)}
        </SummaryRow>
        <SummaryRow label={tr("wf.case.respondent")}>
          {name(v.respondent.organizationId)}
          <ul class="govuk-list">
            {v.respondent.officials.map((o) => (
              <li>
                {o.position}, {o.surname} {o.name}
              </li>
            ))}
          </ul>
        </SummaryRow>
        <SummaryRow label={tr("complaint.appealed")}>{tr(`appealed.${v.appealed}`)}</SummaryRow>
        <SummaryRow label={tr("wf.case.grounds")}>
          {v.grounds.map((g) => tr(`ground.${g}`)).join("; ")}
        </SummaryRow>
        <SummaryRow label={tr("wf.case.reasons")}>{v.reasons}</SummaryRow>
        <SummaryRow label={tr("wf.case.demands")}>{v.demands}</SummaryRow>
        {v.filedLate ? (
          <SummaryRow label={tr("complaint.lateReason")}>
            {v.lateReason ?? "—"}
            {v.termRestored === null ? null : (
              <>
                <br />
                <strong>{tr(`complaint.termRestored.${v.termRestored}`)}</strong>
              </>
            )}
          </SummaryRow>
        ) : null}
      </dl>

      <h2 class="govuk-heading-m">{tr("wf.case.applicant")}</h2>
      <dl class="govuk-summary-list" data-testid="applicant">
        <SummaryRow label={tr("wf.case.name")}>
          {[a.surname, a.name, a.patronymic].filter(Boolean).join(" ")}
        </SummaryRow>
        <SummaryRow label={tr("wf.case.iin")}>
          <Shown disclosure={p.v.visibility.iin} value={a.iin} />
        </SummaryRow>
        <SummaryRow label={tr("wf.case.address")}>
          <Shown disclosure={p.v.visibility.address} value={a.postalAddress} />
        </SummaryRow>
        <SummaryRow label={tr("wf.case.phones")}>
          <Shown disclosure={p.v.visibility.contacts} value={a.phones.join(", ") || null} />
        </SummaryRow>
        <SummaryRow label={tr("wf.case.email")}>
          <Shown disclosure={p.v.visibility.contacts} value={a.email} />
        </SummaryRow>
      </dl>

      <SignatureSummary signature={v.signature} details />

      <h2 class="govuk-heading-m">{tr("wf.case.attachments")}</h2>
      {!v.visibility.attachments ? (
        <p class="govuk-body" data-testid="attachments-withheld">
          {tr("visibility.attachmentsWithheld")}
        </p>
      ) : v.attachments.length ? (
        <ul class="govuk-list govuk-list--bullet">
          {v.attachments.map((f) => (
            <li>
              {f.filename} ({Math.ceil(f.size / 1024)} KB)
            </li>
          ))}
        </ul>
      ) : (
        <p class="govuk-body">{tr("wf.case.noAttachments")}</p>
      )}

      <h2 class="govuk-heading-m">{tr("wf.case.deadlines")}</h2>
      {v.deadlines.length ? (
        <Table
          testid="deadlines"
          head={["kind", "starts", "days", "due", "basis", "state"].map((k) => tr(`wf.case.deadline.${k}`))}
          rows={v.deadlines.map((d) => [
            <>
              {tr(`wf.case.deadline.${d.kind}`)} — {name(d.organizationId)}
            </>,
            formatDate(lang, d.startsOn),
            d.workingDays,
            formatDate(lang, d.due),
            tr(`basis.${d.basis.code}`),
            <strong class={`govuk-tag ${DEADLINE_TAG[d.state] ?? ""}`}>
              {tr(`wf.case.deadline.state.${d.state}`)}
            </strong>,
          ])}
        />
      ) : (
        <p class="govuk-body">{tr("wf.case.noDeadlines")}</p>
      )}

      {v.decision ? (
        <>
          <h2 class="govuk-heading-m">{tr("wf.case.decision")}</h2>
          <p class="govuk-body">
            <strong>{tr(`outcome.${v.decision.outcome}`)}</strong> —{" "}
            {tr("wf.case.decisionBy", {
              official: stampLine(v.decision.decidedBy, lang),
              date: formatDateTime(lang, new Date(v.decision.decidedAt)),
            })}
          </p>
          <p class="govuk-body">{v.decision.text}</p>
          <DecisionSignature decision={v.decision} />
          {v.allowedReads.includes("decision_letter") ? (
            <p class="govuk-body">
              <a class="govuk-link" href={`/api/v1/complaints/${v.id}/decision.pdf?lang=${lang}`}>
                {tr("wf.case.decisionLetter")}
              </a>
            </p>
          ) : null}
        </>
      ) : null}
      {v.refusal ? (
        <>
          <h2 class="govuk-heading-m">{tr("complaint.refusal")}</h2>
          <p class="govuk-body" data-testid="refusal">
            <strong>{tr(`wf.leaveGround.${v.refusal.ground}`)}</strong> —{" "}
            {tr("wf.case.decisionBy", {
              official: stampLine(v.refusal.refusedBy, lang),
              date: formatDateTime(lang, new Date(v.refusal.refusedAt)),
            })}
            {`; ${tr("letter.numbered", { number: v.refusal.letter.number, date: formatDate(lang, v.refusal.letter.date) })}`}
          </p>
          <p class="govuk-body">{v.refusal.text}</p>
          {v.allowedReads.includes("decision_letter") ? (
            <p class="govuk-body">
              <a class="govuk-link" href={`/api/v1/complaints/${v.id}/decision.pdf?lang=${lang}`}>
                {tr("complaint.download.refusal")}
              </a>
            </p>
          ) : null}
        </>
      ) : null}
      {v.allowedReads.includes("case_file") ? (
        <p class="govuk-body">
          <a class="govuk-link" href={`/api/v1/complaints/${v.id}/case-file`}>
            {tr("wf.case.caseFile")}
          </a>
        </p>
      ) : null}
      {v.linkedComplaintIds.length ? (
        <>
          <h2 class="govuk-heading-m">{tr("wf.case.linked")}</h2>
          <ul class="govuk-list">
            {v.linkedComplaintIds.map((id) => (
              <li>
                <a class="govuk-link" href={`/${lang}/staff/complaints/${id}`}>
                  {id}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 class="govuk-heading-m">{tr("wf.case.actions")}</h2>
      <Forms v={v} forms={p.forms} state={state} />

      {p.history ? (
        <>
          <h2 class="govuk-heading-m">{tr("wf.case.history")}</h2>
          {p.integrity ? <Integrity report={p.integrity} tr={tr} /> : null}
          {v.visibility.comments === "all" ? null : (
            <p class="govuk-body-s" data-testid="comments-withheld">
              {tr("visibility.commentsWithheld")}
            </p>
          )}
          <Table
            testid="history"
            head={["when", "what", "who", "details"].map((k) => tr(`wf.case.history.${k}`))}
            rows={p.history.map((e) => ({
              attrs: {
                "data-kind": e.kind,
                "data-broken": brokenEvent(p.integrity) === e.id ? "true" : undefined,
              },
              cells: [
                formatDateTime(lang, new Date(e.at)),
                <>
                  {tr(isEventKind(e.kind) ? `wf.event.${e.kind}` : "wf.event.other")}
                  {e.internal ? (
                    <>
                      {" "}
                      <strong class="govuk-tag govuk-tag--grey">{tr("wf.case.history.internal")}</strong>
                    </>
                  ) : null}
                </>,
                <>
                  {e.actor ? stampLine(e.actor, lang) : tr("wf.case.history.system")}
                  {e.organizationName ? (
                    <div class="govuk-body-s govuk-!-margin-0">{e.organizationName[lang]}</div>
                  ) : null}
                </>,
                <>
                  {e.note ? <p class="govuk-body govuk-!-margin-bottom-1">{e.note}</p> : null}
                  <EventData e={e} names={names} />
                </>,
              ],
            }))}
          />
        </>
      ) : null}
    </>
  );
}
