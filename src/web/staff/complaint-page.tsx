import type { Child } from "hono/jsx";
import type { FieldIssue } from "../../domain/errors.ts";
import { type Action, LEAVE_GROUNDS } from "../../domain/lifecycle.ts";
import { formatDate, formatDateTime, type Lang } from "../../i18n/index.ts";
import type { HistoryEntry } from "../../queries/complaint-history.ts";
import type { ComplaintView } from "../../queries/complaint-view.ts";
import { CsrfField, ErrorSummary, Notice, useIssueText } from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";

export type ActionForms = {
  executors: { id: string; surname: string; name: string }[];
  reviewingBodies: { id: string; name: { kk: string; ru: string; en: string } }[];
  proposedBodyId: string | null;
  extensionMax: number;
};

export type PageState = {
  done?: string | undefined;
  failed?: { action: string; message: string | null; issues: FieldIssue[]; values: Record<string, string> };
};

const STATE_TAG: Record<string, string> = {
  running: "govuk-tag--blue",
  met: "govuk-tag--green",
  missed: "govuk-tag--red",
  overdue: "govuk-tag--red",
};

type Names = Record<string, { kk: string; ru: string; en: string }>;

function Row({ label, children }: { label: string; children: Child }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** A labelled field of an action form; ids are `<action>-<name>` so that several forms coexist. */
function Field(p: {
  action: string;
  name: string;
  label: string;
  kind: "text" | "textarea" | "select";
  options?: { value: string; label: string }[];
  hint?: string;
  state: PageState;
  value?: string;
}) {
  const text = useIssueText();
  const id = `${p.action}-${p.name}`;
  const failed = p.state.failed?.action === p.action ? p.state.failed : undefined;
  const issue = failed?.issues.find((i) => i.field === `${p.action}.${p.name}`);
  const value = failed?.values[p.name] ?? p.value ?? "";
  const describedBy =
    [p.hint ? `${id}-hint` : "", issue ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`govuk-form-group${issue ? " govuk-form-group--error" : ""}`}>
      <label class="govuk-label" for={id}>
        {p.label}
      </label>
      {p.hint ? (
        <div class="govuk-hint" id={`${id}-hint`}>
          {p.hint}
        </div>
      ) : null}
      {issue ? (
        <p class="govuk-error-message" id={`${id}-error`}>
          {text({ ...issue, field: p.name })}
        </p>
      ) : null}
      {p.kind === "textarea" ? (
        <textarea
          class={`govuk-textarea${issue ? " govuk-textarea--error" : ""}`}
          id={id}
          name={p.name}
          rows={4}
          aria-describedby={describedBy}
        >
          {value}
        </textarea>
      ) : p.kind === "select" ? (
        <select class="govuk-select" id={id} name={p.name} aria-describedby={describedBy}>
          {(p.options ?? []).map((o) => (
            <option value={o.value} selected={o.value === value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          class={`govuk-input govuk-input--width-10${issue ? " govuk-input--error" : ""}`}
          id={id}
          name={p.name}
          type="text"
          value={value}
          aria-describedby={describedBy}
        />
      )}
    </div>
  );
}

function ActionForm({ id, action, children }: { id: string; action: Action; children?: Child }) {
  const { lang, tr } = useLang();
  return (
    <form
      method="post"
      action={`/${lang}/staff/complaints/${id}/${action}`}
      class="app-action-form"
      data-action={action}
    >
      <h3 class="govuk-heading-s">{tr(`wf.action.${action}`)}</h3>
      <CsrfField />
      {children}
      <button type="submit" class="govuk-button" data-prevent-double-click="true">
        {tr(`wf.action.${action}`)}
      </button>
    </form>
  );
}

function Forms({ v, forms, state }: { v: ComplaintView; forms: ActionForms; state: PageState }) {
  const { lang, tr } = useLang();
  const choose = { value: "", label: tr("wf.form.choose") };
  const staffActions = v.allowedActions.filter((a) => a !== "withdraw" && a !== "escalate");
  if (staffActions.length === 0) return <p class="govuk-body">{tr("wf.case.noActions")}</p>;
  const proposed = forms.reviewingBodies.find((b) => b.id === forms.proposedBodyId);
  return (
    <>
      {staffActions.map((a) => {
        switch (a) {
          case "register":
            return <ActionForm id={v.id} action={a} />;
          case "assign":
            return (
              <ActionForm id={v.id} action={a}>
                <Field
                  action={a}
                  name="executorId"
                  label={tr("wf.form.executor")}
                  kind="select"
                  state={state}
                  options={[
                    choose,
                    ...forms.executors.map((e) => ({ value: e.id, label: `${e.surname} ${e.name}` })),
                  ]}
                />
              </ActionForm>
            );
          case "comment":
            return (
              <ActionForm id={v.id} action={a}>
                <Field action={a} name="text" label={tr("wf.form.comment")} kind="textarea" state={state} />
              </ActionForm>
            );
          case "favourable_act":
            return (
              <ActionForm id={v.id} action={a}>
                <Field
                  action={a}
                  name="actNumber"
                  label={tr("wf.form.actNumber")}
                  kind="text"
                  state={state}
                />
                <Field action={a} name="text" label={tr("wf.form.actText")} kind="textarea" state={state} />
              </ActionForm>
            );
          case "forward":
            return (
              <ActionForm id={v.id} action={a}>
                <Field
                  action={a}
                  name="reviewingBodyId"
                  label={tr("wf.form.reviewingBody")}
                  kind="select"
                  state={state}
                  value={forms.proposedBodyId ?? ""}
                  {...(proposed ? { hint: tr("wf.form.proposed", { name: proposed.name[lang] }) } : {})}
                  options={[
                    choose,
                    ...forms.reviewingBodies.map((b) => ({ value: b.id, label: b.name[lang] })),
                  ]}
                />
                <Field
                  action={a}
                  name="explanation"
                  label={tr("wf.form.explanation")}
                  kind="textarea"
                  state={state}
                />
                <Field action={a} name="note" label={tr("wf.form.note")} kind="textarea" state={state} />
              </ActionForm>
            );
          case "extend":
            return (
              <ActionForm id={v.id} action={a}>
                <Field
                  action={a}
                  name="workingDays"
                  label={tr("wf.form.workingDays")}
                  hint={tr("wf.form.workingDaysHint", { max: forms.extensionMax })}
                  kind="text"
                  state={state}
                />
                <Field action={a} name="reason" label={tr("wf.form.reason")} kind="textarea" state={state} />
              </ActionForm>
            );
          case "decide":
            return (
              <ActionForm id={v.id} action={a}>
                <Field
                  action={a}
                  name="outcome"
                  label={tr("wf.form.outcome")}
                  kind="select"
                  state={state}
                  options={[
                    choose,
                    ...(["satisfied", "partially_satisfied", "not_satisfied"] as const).map((o) => ({
                      value: o,
                      label: tr(`outcome.${o}`),
                    })),
                  ]}
                />
                <Field action={a} name="text" label={tr("wf.form.text")} kind="textarea" state={state} />
              </ActionForm>
            );
          case "leave_without_consideration":
            return (
              <ActionForm id={v.id} action={a}>
                <Field
                  action={a}
                  name="ground"
                  label={tr("wf.form.ground")}
                  kind="select"
                  state={state}
                  options={[
                    choose,
                    ...LEAVE_GROUNDS.map((g) => ({ value: g, label: tr(`wf.leaveGround.${g}`) })),
                  ]}
                />
                <Field action={a} name="text" label={tr("wf.form.text")} kind="textarea" state={state} />
              </ActionForm>
            );
          default:
            return null;
        }
      })}
    </>
  );
}

const stamp = (s: { surname: string; initials: string; position: string } | null) =>
  s ? [`${s.surname} ${s.initials}`.trim(), s.position].filter(Boolean).join(", ") : "";

function details(lang: Lang, e: HistoryEntry, names: Names): string {
  const parts: string[] = [];
  for (const [k, value] of Object.entries(e.data ?? {})) {
    if (value === null || value === undefined || typeof value === "object") continue;
    const shown = typeof value === "string" && names[value] ? names[value][lang] : String(value);
    parts.push(`${k}: ${shown}`);
  }
  return parts.join("; ");
}

/** The staff complaint page: the whole case, its clocks, the full history and the permitted actions. */
export function StaffComplaintPage(p: {
  v: ComplaintView;
  history: HistoryEntry[] | null;
  forms: ActionForms;
  state: PageState;
}) {
  const { lang, tr } = useLang();
  const { v, state } = p;
  const names = v.organizationNames as Names;
  const name = (id: string) => names[id]?.[lang] ?? id;
  const a = v.applicant;
  const failedIssues = (state.failed?.issues ?? []).map((i) => ({ ...i, field: i.field }));
  return (
    <>
      <a class="govuk-back-link" href={`/${lang}/staff`}>
        {tr("wf.case.back")}
      </a>
      <h1 class="govuk-heading-l">
        {tr("wf.case.title", { number: v.registration?.number ?? tr("wf.inbox.notRegistered") })}
      </h1>
      {state.done ? <Notice>{tr("wf.done", { action: tr(`wf.action.${state.done}`) })}</Notice> : null}
      {state.failed ? (
        <ErrorSummary
          issues={failedIssues}
          {...(state.failed.message ? { message: state.failed.message } : {})}
        />
      ) : null}

      <h2 class="govuk-heading-m">{tr("wf.case.summary")}</h2>
      <dl class="govuk-summary-list">
        <Row label={tr("wf.case.status")}>
          <strong class="govuk-tag" data-testid="status">
            {tr(`status.${v.status}`)}
          </strong>
        </Row>
        {v.outcome ? <Row label={tr("wf.case.outcome")}>{tr(`outcome.${v.outcome}`)}</Row> : null}
        <Row label={tr("wf.case.channel")}>{tr(`channel.${v.channel}`)}</Row>
        <Row label={tr("wf.case.received")}>
          {formatDateTime(lang, new Date(v.receivedAt))}
          {v.filedLate ? <p class="govuk-body-s govuk-!-margin-0">{tr("wf.case.filedLate")}</p> : null}
        </Row>
        {v.registration ? (
          <Row label={tr("wf.case.registration")}>
            {tr("wf.case.registrationLine", {
              number: v.registration.number,
              date: formatDate(lang, v.registration.registeredOn),
              official: stamp(v.registration.acceptedBy),
              answerBy: formatDate(lang, v.registration.answerBy),
            })}
          </Row>
        ) : null}
        <Row label={tr("wf.case.holder")}>{name(v.holder.organizationId)}</Row>
        <Row label={tr("wf.case.addressee")}>
          {tr(`addressee.${v.addressee.kind}`)} — {name(v.addressee.organizationId)}
        </Row>
        <Row label={tr("wf.case.respondent")}>
          {name(v.respondent.organizationId)}
          <ul class="govuk-list">
            {v.respondent.officials.map((o) => (
              <li>
                {o.position}, {o.surname} {o.name}
              </li>
            ))}
          </ul>
        </Row>
        <Row label={tr("wf.case.grounds")}>{v.grounds.map((g) => tr(`ground.${g}`)).join("; ")}</Row>
        <Row label={tr("wf.case.reasons")}>{v.reasons}</Row>
        <Row label={tr("wf.case.demands")}>{v.demands}</Row>
      </dl>

      <h2 class="govuk-heading-m">{tr("wf.case.applicant")}</h2>
      <dl class="govuk-summary-list" data-testid="applicant">
        <Row label={tr("wf.case.name")}>{[a.surname, a.name, a.patronymic].filter(Boolean).join(" ")}</Row>
        <Row label={tr("wf.case.iin")}>{a.iin}</Row>
        <Row label={tr("wf.case.address")}>{a.postalAddress}</Row>
        <Row label={tr("wf.case.phones")}>{a.phones.join(", ") || "—"}</Row>
        <Row label={tr("wf.case.email")}>{a.email ?? "—"}</Row>
      </dl>

      <h2 class="govuk-heading-m">{tr("wf.case.attachments")}</h2>
      {v.attachments.length ? (
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
        <table class="govuk-table" data-testid="deadlines">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {["kind", "starts", "days", "due", "basis", "state"].map((k) => (
                <th scope="col" class="govuk-table__header">
                  {tr(`wf.case.deadline.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {v.deadlines.map((d) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">
                  {tr(`wf.case.deadline.${d.kind}`)} — {name(d.organizationId)}
                </td>
                <td class="govuk-table__cell">{formatDate(lang, d.startsOn)}</td>
                <td class="govuk-table__cell">{d.workingDays}</td>
                <td class="govuk-table__cell">{formatDate(lang, d.due)}</td>
                <td class="govuk-table__cell">{tr(`basis.${d.basis.code}`)}</td>
                <td class="govuk-table__cell">
                  <strong class={`govuk-tag ${STATE_TAG[d.state] ?? ""}`}>
                    {tr(`wf.case.deadline.state.${d.state}`)}
                  </strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="govuk-body">{tr("wf.case.noDeadlines")}</p>
      )}

      {v.decision ? (
        <>
          <h2 class="govuk-heading-m">{tr("wf.case.decision")}</h2>
          <p class="govuk-body">
            <strong>{tr(`outcome.${v.decision.outcome}`)}</strong> —{" "}
            {tr("wf.case.decisionBy", {
              official: stamp(v.decision.decidedBy),
              date: formatDateTime(lang, new Date(v.decision.decidedAt)),
            })}
          </p>
          <p class="govuk-body">{v.decision.text}</p>
          <p class="govuk-body">
            <a class="govuk-link" href={`/api/v1/complaints/${v.id}/decision.pdf?lang=${lang}`}>
              {tr("wf.case.decisionLetter")}
            </a>
          </p>
        </>
      ) : null}
      <p class="govuk-body">
        <a class="govuk-link" href={`/api/v1/complaints/${v.id}/case-file`}>
          {tr("wf.case.caseFile")}
        </a>
      </p>
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
          <table class="govuk-table" data-testid="history">
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                {["when", "what", "who", "details"].map((k) => (
                  <th scope="col" class="govuk-table__header">
                    {tr(`wf.case.history.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {p.history.map((e) => (
                <tr class="govuk-table__row" data-kind={e.kind}>
                  <td class="govuk-table__cell">{formatDateTime(lang, new Date(e.at))}</td>
                  <td class="govuk-table__cell">
                    {tr(`wf.event.${e.kind}`)}
                    {e.internal ? (
                      <>
                        {" "}
                        <strong class="govuk-tag govuk-tag--grey">{tr("wf.case.history.internal")}</strong>
                      </>
                    ) : null}
                  </td>
                  <td class="govuk-table__cell">
                    {stamp(e.actor) || tr("wf.case.history.system")}
                    {e.organizationName ? (
                      <div class="govuk-body-s govuk-!-margin-0">{e.organizationName[lang]}</div>
                    ) : null}
                  </td>
                  <td class="govuk-table__cell">
                    {e.note ? <p class="govuk-body govuk-!-margin-bottom-1">{e.note}</p> : null}
                    <span class="govuk-body-s">{details(lang, e, names)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
