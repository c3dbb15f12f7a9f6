import { inArray } from "drizzle-orm";
import type { Context } from "hono";
import { Hono } from "hono";
import type { z } from "zod";
import { organizations, users } from "../../db/schema.ts";
import { judge } from "../../domain/access.ts";
import { type ComplaintStatus, GROUNDS, type Ground, STATUSES } from "../../domain/complaint.ts";
import { reviewBodyOf } from "../../domain/complaint-rules.ts";
import { regimeById } from "../../domain/deadlines/index.ts";
import { DomainError } from "../../domain/errors.ts";
import { ACTIONS, type Action } from "../../domain/lifecycle.ts";
import { REVIEWING_KINDS } from "../../domain/reviewing-body.ts";
import type { OrganizationKind } from "../../domain/roles.ts";
import { localDate } from "../../domain/time.ts";
import { t } from "../../i18n/index.ts";
import { addComment } from "../../operations/add-comment.ts";
import { adoptFavourableAct } from "../../operations/adopt-favourable-act.ts";
import { assignComplaint } from "../../operations/assign-complaint.ts";
import { complaintForAction } from "../../operations/complaint-for-action.ts";
import { decideComplaint } from "../../operations/decide-complaint.ts";
import { extendReview } from "../../operations/extend-review.ts";
import { forwardComplaint, proposedReviewingBody } from "../../operations/forward-complaint.ts";
import { leaveWithoutConsideration } from "../../operations/leave-without-consideration.ts";
import { registerAtHolder } from "../../operations/register-at-holder.ts";
import { currentCalendar } from "../../queries/calendar.ts";
import { complaintHistory } from "../../queries/complaint-history.ts";
import { complaintView, viewerOf } from "../../queries/complaint-view.ts";
import type { SessionUser } from "../../queries/session-user.ts";
import { inboxChoices, staffInbox } from "../../queries/staff-inbox.ts";
import { ActionBodies } from "../api/v1/workflow.ts";
import type { AppEnv } from "../context.ts";
import { errorText } from "../errors.tsx";
import { requireUser } from "../guards.ts";
import { parseOr422 } from "../validation.ts";
import { type ActionForms, type PageState, StaffComplaintPage } from "./complaint-page.tsx";
import { InboxPage, type InboxQuery, type InboxRow } from "./inbox-page.tsx";

const STAFF_ROLES = ["registrar", "executor", "head"] as const;
const PAGE_SIZE = 25;
const STAFF_FORM_ACTIONS: readonly Action[] = ACTIONS.filter((a) => a !== "withdraw" && a !== "escalate");

/** The staff side of the site: the organization's inbox and the complaint page with its actions. */
export function staffRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/staff", async (c) => {
    const user = requireUser(c, STAFF_ROLES);
    const lang = c.get("lang");
    if (!user.organizationId) throw new DomainError("forbidden", "forbidden");
    const { db, now } = c.get("deps");
    const calendar = await currentCalendar(db);
    const today = localDate(now());
    const raw = (k: string) => (c.req.query(k) ?? "").trim();
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
      inboxChoices(db, user.organizationId),
    ]);
    const rows: InboxRow[] = inbox.items.map((r) => {
      if (!r.nextDue) return { ...r, badge: null };
      if (r.nextDue < today) return { ...r, badge: { kind: "overdue", n: 0 } };
      const left = calendar.workingDaysBetween(today, r.nextDue);
      if (left <= 0) return { ...r, badge: { kind: "today", n: 0 } };
      return { ...r, badge: left <= 2 ? { kind: "soon", n: left } : null };
    });
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

  app.post("/staff/complaints/:id/:action", async (c) => {
    const user = requireUser(c, STAFF_ROLES);
    const action = c.req.param("action") as Action;
    if (!STAFF_FORM_ACTIONS.includes(action)) throw new DomainError("not_found", "not_found");
    const id = c.req.param("id");
    const form = await c.req.parseBody();
    const values = Object.fromEntries(
      Object.entries(form)
        .filter(([k, v]) => k !== "_csrf" && typeof v === "string")
        .map(([k, v]) => [k, (v as string).trim()]),
    );
    try {
      await runAction(c, user, id, action, values);
    } catch (error) {
      if (!(error instanceof DomainError) || !["validation", "conflict", "forbidden"].includes(error.kind))
        throw error;
      const lang = c.get("lang");
      c.status(error.kind === "validation" ? 422 : error.kind === "conflict" ? 409 : 403);
      return renderCase(c, user, {
        failed: {
          action,
          message: error.kind === "validation" ? null : errorText(lang, error),
          issues: error.fields.map((f) => ({ ...f, field: `${action}.${f.field}` })),
          values,
        },
      });
    }
    return c.redirect(`/${c.get("lang")}/staff/complaints/${id}?done=${action}`, 303);
  });

  return app;
}

/** One form post → one operation in one transaction. */
async function runAction(
  c: Context<AppEnv>,
  user: SessionUser,
  complaintId: string,
  action: Action,
  values: Record<string, string>,
) {
  const { db, now } = c.get("deps");
  const requestId = c.get("requestId");
  const at = now();
  const parse = <S extends z.ZodType>(schema: S, input: unknown) => parseOr422(schema, input);
  const base = { complaintId, actor: user, now: at, requestId };
  switch (action) {
    case "register": {
      const calendar = await currentCalendar(db);
      return db.transaction((tx) => registerAtHolder(tx, { ...base, calendar }));
    }
    case "assign": {
      const b = parse(ActionBodies.assign, values);
      return db.transaction((tx) => assignComplaint(tx, { ...base, executorId: b.executorId }));
    }
    case "comment": {
      const b = parse(ActionBodies.comment, values);
      return db.transaction((tx) => addComment(tx, { ...base, text: b.text }));
    }
    case "favourable_act": {
      const b = parse(ActionBodies.favourableAct, values);
      return db.transaction((tx) =>
        adoptFavourableAct(tx, { ...base, text: b.text, actNumber: b.actNumber || null }),
      );
    }
    case "forward": {
      const b = parse(ActionBodies.forward, {
        ...values,
        reviewingBodyId: values.reviewingBodyId || undefined,
      });
      return db.transaction((tx) =>
        forwardComplaint(tx, {
          ...base,
          reviewingBodyId: b.reviewingBodyId ?? null,
          explanation: b.explanation || null,
          note: b.note || null,
        }),
      );
    }
    case "extend": {
      const text = values.workingDays ?? "";
      const b = parse(ActionBodies.extend, {
        ...values,
        workingDays: /^\d{1,3}$/.test(text) ? Number(text) : text === "" ? undefined : text,
      });
      const calendar = await currentCalendar(db);
      return db.transaction((tx) =>
        extendReview(tx, { ...base, calendar, workingDays: b.workingDays, reason: b.reason }),
      );
    }
    case "decide": {
      const b = parse(ActionBodies.decision, { ...values, outcome: values.outcome || undefined });
      return db.transaction((tx) => decideComplaint(tx, { ...base, outcome: b.outcome, text: b.text }));
    }
    case "leave_without_consideration": {
      const b = parse(ActionBodies.leave, { ...values, ground: values.ground || undefined });
      return db.transaction((tx) =>
        leaveWithoutConsideration(tx, { ...base, ground: b.ground, text: b.text }),
      );
    }
    default:
      throw new DomainError("not_found", "not_found");
  }
}

/** The complaint page (404 when the user may not see it), with the choices its forms need. */
async function renderCase(c: Context<AppEnv>, user: SessionUser, state: PageState) {
  const { db, now } = c.get("deps");
  const lang = c.get("lang");
  const id = c.req.param("id") ?? "";
  const v = await complaintView(db, id, user, now());
  if (!v) throw new DomainError("not_found", "not_found");
  const { scope } = await complaintForAction(db, id, user, "view", { lock: false });
  const history = judge(viewerOf(user), scope, "history") === "ok" ? await complaintHistory(db, id) : null;
  const orgs = await db.select().from(organizations);
  const holder = orgs.find((o) => o.id === v.holder.organizationId);
  const [executors, proposedBodyId] = await Promise.all([
    db
      .select({
        id: users.id,
        surname: users.surname,
        name: users.name,
        organizationId: users.organizationId,
      })
      .from(users)
      .where(inArray(users.role, ["executor", "head"])),
    v.allowedActions.includes("forward")
      ? proposedReviewingBody(db, v.holder.organizationId)
      : Promise.resolve(null),
  ]);
  const extension = regimeById(v.regime).extension;
  const body = holder
    ? reviewBodyOf(holder.kind as OrganizationKind, holder.id === v.respondent.organizationId)
    : null;
  const forms: ActionForms = {
    executors: executors.filter((e) => e.organizationId === v.holder.organizationId),
    reviewingBodies: orgs
      .filter((o) => o.id !== v.holder.organizationId && REVIEWING_KINDS.includes(o.kind as OrganizationKind))
      .map((o) => ({ id: o.id, name: { kk: o.nameKk, ru: o.nameRu, en: o.nameEn } })),
    proposedBodyId,
    extensionMax: extension && body && extension.bodies.includes(body) ? extension.maxWorkingDays : 0,
  };
  const title = t(lang, "wf.case.title", {
    number: v.registration?.number ?? t(lang, "wf.inbox.notRegistered"),
  });
  return c.render(<StaffComplaintPage v={v} history={history} forms={forms} state={state} />, {
    title: state.failed ? `${t(lang, "error.title")}: ${title}` : title,
  });
}
