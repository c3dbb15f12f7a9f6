import type { Context } from "hono";
import { Hono } from "hono";
import type { z } from "zod";
import {
  type ComplaintStatus,
  GROUNDS,
  type Ground,
  STATUSES,
  UNREGISTERED_STATUSES,
} from "../../domain/complaint.ts";
import { dueBadge } from "../../domain/deadlines/index.ts";
import { DomainError } from "../../domain/errors.ts";
import { ACTIONS, type Action } from "../../domain/lifecycle.ts";
import { localDate } from "../../domain/time.ts";
import { t } from "../../i18n/index.ts";
import { actionChoices } from "../../queries/action-choices.ts";
import { verifyComplaintChain } from "../../queries/audit-chain.ts";
import { complaintHistory } from "../../queries/complaint-history.ts";
import { complaintCase } from "../../queries/complaint-view.ts";
import { organizationNames } from "../../queries/organization-names.ts";
import { referenceData } from "../../queries/reference.ts";
import { reportCaseList } from "../../queries/report-case-list.ts";
import { reportLinkScope } from "../../queries/report-cases.ts";
import type { SessionUser } from "../../queries/session-user.ts";
import { inboxChoices, staffInbox } from "../../queries/staff-inbox.ts";
import type { AppEnv } from "../context.ts";
import { parseWith, readForm, rejected, submitForm } from "../forms.ts";
import { requireUser } from "../guards.ts";
import { EdsSignPage } from "../portal/complaints/sign-pages.tsx";
import { decisionContent } from "../signing.ts";
import { isWorkflowAction, runAction, WORKFLOW_ACTIONS } from "../workflow-actions.ts";
import { type ActionForms, type PageState, StaffComplaintPage } from "./complaint-page.tsx";
import { InboxReportFilters, reportFilterInput } from "./inbox-filters.ts";
import { InboxPage, type InboxQuery, type InboxRow } from "./inbox-page.tsx";

const STAFF_ROLES = ["registrar", "executor", "head"] as const;
const PAGE_SIZE = 25;
const STAFF_FORM_ACTIONS: readonly Action[] = ACTIONS.filter((a) => a !== "withdraw" && a !== "escalate");

/** The staff side of the site: the organization's inbox and the complaint page with its actions. */
export function staffRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/staff", async (c) => {
    const raw = (k: string) => (c.req.query(k) ?? "").trim();
    // The complaints behind a report's number: its readers (heads, the administrator).
    const reportInput = reportFilterInput(raw);
    if (reportInput) return reportInbox(c, requireUser(c, ["head", "admin"]), reportInput, raw);
    const user = requireUser(c, STAFF_ROLES);
    const lang = c.get("lang");
    if (!user.organizationId) throw new DomainError("forbidden", "forbidden");
    const { db, now } = c.get("deps");
    const reference = await referenceData(db, user.referenceRevision);
    const { calendar } = reference;
    const today = localDate(now());
    const status = raw("status");
    const due = /^\d{1,2}$/.test(raw("due")) ? raw("due") : "";
    const ground = raw("ground");
    const query: InboxQuery = {
      status: status === "all" || (STATUSES as readonly string[]).includes(status) ? status : "open",
      overdue: raw("overdue") === "1",
      due,
      executor: /^[0-9a-f-]{36}$/i.test(raw("executor")) ? raw("executor") : "",
      ground: (GROUNDS as readonly string[]).includes(ground) ? ground : "",
      service: raw("service").slice(0, 50),
      q: raw("q").slice(0, 100),
      page: /^[1-9]\d{0,4}$/.test(raw("page")) ? Number(raw("page")) : 1,
    };
    const [inbox, choices] = await Promise.all([
      staffInbox(db, {
        organizationId: user.organizationId,
        status: query.status as ComplaintStatus | "open" | "all",
        overdue: query.overdue,
        ...(due ? { dueBy: calendar.addWorkingDays(today, Number(due)) } : {}),
        ...(query.executor ? { executorId: query.executor } : {}),
        ...(query.ground ? { ground: query.ground as Ground } : {}),
        ...(query.service ? { serviceId: query.service } : {}),
        ...(query.q ? { q: query.q } : {}),
        today,
        page: query.page,
        pageSize: PAGE_SIZE,
      }),
      inboxChoices(db, reference, user.organizationId),
    ]);
    const rows: InboxRow[] = inbox.items.map((r) => ({ ...r, badge: dueBadge(calendar, r.nextDue, today) }));
    return c.render(
      <InboxPage
        inbox={inbox}
        rows={rows}
        query={query}
        choices={choices}
        orgName={user.organizationName?.[lang] ?? ""}
      />,
      { title: t(lang, "wf.inbox.title") },
    );
  });

  app.get("/staff/complaints/:id", async (c) => {
    const user = requireUser(c, [...STAFF_ROLES, "admin"]);
    return renderCase(c, user, {
      done: (ACTIONS as readonly string[]).includes(c.req.query("done") ?? "")
        ? c.req.query("done")
        : undefined,
    });
  });

  // The exact text a head signs with EDS for the decision typed in the decide form, and its SHA-256;
  // the CMS pasted there (or made by NCALayer) is posted with the decision.
  app.post("/staff/complaints/:id/decision-text", async (c) => {
    const user = requireUser(c, STAFF_ROLES);
    const id = c.req.param("id");
    const lang = c.get("lang");
    const values = (await readForm(c)).values();
    const checked = parseWith(WORKFLOW_ACTIONS.decide.body.pick({ outcome: true, text: true }), values);
    if (!checked.ok) {
      rejected(c, 422);
      return renderCase(c, user, {
        failed: {
          action: "decide",
          message: null,
          issues: checked.issues.map((i) => ({ ...i, field: `decide.${i.field}` })),
          values,
        },
      });
    }
    const { text, sha256 } = await decisionContent(c, user, id, checked.data);
    return c.render(
      <EdsSignPage
        back={`/${lang}/staff/complaints/${id}`}
        action={`/${lang}/staff/complaints/${id}/decide`}
        text={text}
        sha256={sha256}
        issues={[]}
        cms=""
        hidden={checked.data}
      />,
      { title: t(lang, "signature.eds.title") },
    );
  });

  app.post("/staff/complaints/:id/:action", async (c) => {
    const user = requireUser(c, STAFF_ROLES);
    const action = c.req.param("action");
    if (!isWorkflowAction(action) || !STAFF_FORM_ACTIONS.includes(action))
      throw new DomainError("not_found", "not_found");
    const id = c.req.param("id");
    const values = (await readForm(c)).values();
    const a: { body: z.ZodType; fromForm?: (v: Record<string, string>) => unknown } =
      WORKFLOW_ACTIONS[action];
    return submitForm(c, {
      checked: parseWith(a.body, a.fromForm ? a.fromForm(values) : values),
      field: (path) => `${action}.${path}`,
      run: async (body) => {
        await runAction(c, action, id, body);
        return `/${c.get("lang")}/staff/complaints/${id}?done=${action}`;
      },
      render: ({ issues, message }) => renderCase(c, user, { failed: { action, message, issues, values } }),
    });
  });

  return app;
}

/**
 * The inbox listing the complaints behind a report's number (`?from=…&to=…` and the measure's
 * filters, checked by InboxReportFilters): the cases in the reader's bodies (reportLinkScope),
 * never a complaint the reader may not see; the active filters shown above the list.
 */
async function reportInbox(
  c: Context<AppEnv>,
  user: SessionUser,
  input: Record<string, string>,
  raw: (k: string) => string,
) {
  const { db, now } = c.get("deps");
  const lang = c.get("lang");
  const scope = await reportLinkScope(db, user);
  if (!scope) throw new DomainError("forbidden", "forbidden");
  const reference = await referenceData(db, user.referenceRevision);
  const { calendar } = reference;
  const today = localDate(now());
  const page = /^[1-9]\d{0,4}$/.test(raw("page")) ? Number(raw("page")) : 1;
  const status = raw("status");
  const query: InboxQuery = {
    status: status === "open" || (STATUSES as readonly string[]).includes(status) ? status : "all",
    overdue: input.overdue === "1",
    due: "",
    executor: "",
    ground: input.ground ?? "",
    service: input.service ?? "",
    q: "",
    page,
    report: input,
  };
  const title = { title: t(lang, "wf.inbox.title") };
  const [checked, choices] = await Promise.all([
    Promise.resolve(parseWith(InboxReportFilters, input)),
    inboxChoices(db, reference, user.organizationId ?? ""),
  ]);
  const orgName = user.organizationName?.[lang] ?? "";
  if (!checked.ok) {
    rejected(c, 422);
    const empty = { total: 0, page, pageSize: PAGE_SIZE, counts: null, overdue: null };
    return c.render(
      <InboxPage
        inbox={empty}
        rows={[]}
        query={query}
        choices={choices}
        orgName={orgName}
        issues={checked.issues}
      />,
      title,
    );
  }
  const f = checked.data;
  const list = await reportCaseList(db, user, {
    from: f.from,
    to: f.to,
    bodyIds: scope.bodyIds,
    bodyId: f.body,
    region: f.region,
    serviceId: f.service,
    ground: f.ground,
    answer: f.answer,
    refusal: f.refusal,
    overdue: f.overdue === "1",
    clock: f.clock,
    met: f.met !== "0",
    escalated: f.escalated === "1",
    upheld: f.upheld === "1",
    status: query.status === "all" ? undefined : (query.status as ComplaintStatus | "open"),
    unit: f.unit ?? "case",
    today,
    page,
    pageSize: PAGE_SIZE,
  });
  const names = await organizationNames(db, [f.body, ...list.items.map((r) => r.bodyId)]);
  const rows: InboxRow[] = list.items.map((r) => ({
    ...r,
    unregistered: (UNREGISTERED_STATUSES as readonly string[]).includes(r.status),
    badge: dueBadge(calendar, r.nextDue, today),
    bodyName: names.get(r.bodyId)?.[lang],
  }));
  const inbox = { total: list.total, page, pageSize: PAGE_SIZE, counts: null, overdue: null };
  return c.render(
    <InboxPage
      inbox={inbox}
      rows={rows}
      query={query}
      choices={choices}
      orgName={orgName}
      bodyName={f.body ? (names.get(f.body)?.[lang] ?? f.body) : undefined}
    />,
    title,
  );
}

/** The complaint page (404 when the user may not see it), with the choices its forms need. */
async function renderCase(c: Context<AppEnv>, user: SessionUser, state: PageState) {
  const { db, now } = c.get("deps");
  const lang = c.get("lang");
  const id = c.req.param("id") ?? "";
  const reference = await referenceData(db, user.referenceRevision);
  const found = await complaintCase(db, id, user, now(), reference);
  if (!found) throw new DomainError("not_found", "not_found");
  const { view: v, scope } = found;
  const history = v.allowedReads.includes("history")
    ? await complaintHistory(db, id, { policy: v.visibility, organizationId: user.organizationId })
    : null;
  const integrity = history ? await verifyComplaintChain(db, id) : null;
  const forms: ActionForms = {
    ...(await actionChoices(db, reference, {
      holderId: v.holder.organizationId,
      respondentId: v.respondent.organizationId,
    })),
    extensionMax: scope.procedure.extensionLeft,
  };
  const title = t(lang, "wf.case.title", {
    number: v.registration?.number ?? t(lang, "wf.inbox.notRegistered"),
  });
  return c.render(
    <StaffComplaintPage v={v} history={history} integrity={integrity} forms={forms} state={state} />,
    { title },
  );
}
