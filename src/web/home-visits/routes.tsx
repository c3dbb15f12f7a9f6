import { randomUUID } from "node:crypto";
import { type Context, Hono } from "hono";
import { DomainError, type FieldIssue, invalid, notFound } from "../../domain/errors.ts";
import { localDate } from "../../domain/time.ts";
import { formatDate, formatDateTime, type Lang, t } from "../../i18n/index.ts";
import { cancelHomeVisit } from "../../operations/cancel-home-visit.ts";
import { completeHomeVisit } from "../../operations/complete-home-visit.ts";
import { idempotent } from "../../operations/idempotency.ts";
import { recordNotAtHome } from "../../operations/record-not-at-home.ts";
import { recordStatusLookup, STATUS_LOOKUPS_PER_OPERATOR } from "../../operations/record-status-lookup.ts";
import { requestHomeVisit } from "../../operations/request-home-visit.ts";
import { scheduleHomeVisit } from "../../operations/schedule-home-visit.ts";
import { currentCalendar } from "../../queries/calendar.ts";
import {
  actorOf,
  branchEmployees,
  daySheet,
  type HomeVisitView,
  homeVisitView,
  listHomeVisits,
  serviceNames,
  visitServices,
  visitStatusCheck,
  worksWithVisits,
} from "../../queries/home-visits.ts";
import type { SessionUser } from "../../queries/session-user.ts";
import { IsoDate } from "../api/v1/complaint-schemas.ts";
import {
  CancelBody,
  CompleteBody,
  HomeVisitBody,
  NotAtHomeBody,
  ScheduleBody,
  toVisitRequest,
} from "../api/v1/home-visits.ts";
import { clientAddress } from "../client-address.ts";
import type { AppEnv } from "../context.ts";
import { errorText } from "../errors.tsx";
import { parseWith, readForm, rejected, submitForm } from "../forms.ts";
import { requireUser } from "../guards.ts";
import { dateValue, fieldIssues } from "../validation.ts";
import {
  DaySheetPage,
  eventDetails,
  REQUEST_FIELDS,
  type RequestForm,
  RequestFormPage,
  VisitListPage,
  VisitPage,
  VisitStatusPage,
} from "./pages.tsx";

type C = Context<AppEnv>;

/** The title of a page (the layout adds "Error: " to a form shown again: `rejected`). */
const titled = (c: C, key: string, params?: Record<string, string>) => ({
  title: t(c.get("lang"), key, params),
});

/** Field issues of an array item (`applicant.phones.0`) belong to the array's field on a form. */
const onForm = (issues: FieldIssue[], rename: Record<string, string> = {}) =>
  issues.map((i) => {
    const field = i.field.replace(/\.\d+$/, "");
    return { ...i, field: rename[field] ?? field };
  });

/** The operator's link from a late or cancelled visit: the contact-centre filing, prefilled. */
export const complaintHref = (lang: Lang, v: HomeVisitView) =>
  `/${lang}/contact-centre/complaints/new?homeVisit=${v.id}`;

/**
 * A complaint about a late or cancelled visit, as the contact-centre form is prefilled: against
 * the branch, to the head of the State Corporation (seed 000; the informatization body is the
 * other choice on the form), with the visit's reference and history in the reasons.
 */
export function visitComplaintValues(lang: Lang, v: HomeVisitView): Record<string, string> {
  const problem =
    v.status === "cancelled"
      ? t(lang, "homeVisitComplaint.cancelled", { reason: v.cancelReason ?? "—" })
      : t(lang, "homeVisitComplaint.late", { due: formatDate(lang, v.due) });
  const history = v.events
    .map(
      (e) =>
        `${formatDateTime(lang, new Date(e.at))} — ${t(lang, `homeVisitEvent.${e.kind}`)}: ${eventDetails(e.data, lang, (k, p) => t(lang, k, p))}`,
    )
    .join("\n");
  return {
    "addressee.kind": "state_corporation_head",
    "addressee.organizationId": "gov4c",
    "respondent.organizationId": v.branch.id,
    "respondent.officials.0.position": t(lang, "homeVisitComplaint.position"),
    appealed: "body",
    "applicant.surname": v.applicant.surname,
    "applicant.name": v.applicant.name,
    "applicant.patronymic": v.applicant.patronymic ?? "",
    "applicant.iin": v.applicant.iin,
    "applicant.postalAddress": v.address,
    "applicant.phones": v.applicant.phones.join(", "),
    reasons: t(lang, "homeVisitComplaint.reasons", {
      reference: v.reference,
      service: v.service.name[lang],
      problem,
      history,
    }),
    demands: t(lang, "homeVisitComplaint.demands"),
  };
}

const isBranch = (u: SessionUser) =>
  u.organizationKind === "state_corporation" &&
  (u.role === "registrar" || u.role === "head" || u.role === "executor");

async function renderVisit(
  c: C,
  v: HomeVisitView,
  issues: FieldIssue[] = [],
  values: Record<string, string> = {},
  message: string | null = null,
) {
  const { db } = c.get("deps");
  const lang = c.get("lang");
  const employees = v.allowedActions.includes("schedule") ? await branchEmployees(db, v.branch.id) : [];
  const user = requireUser(c);
  const recorded = c.req.query("recorded") === "1" && v.relation === "operator";
  return c.render(
    <VisitPage
      v={v}
      employees={employees}
      issues={issues}
      values={values}
      recorded={recorded}
      complaintHref={user.role === "operator" && v.mayComplain ? complaintHref(lang, v) : null}
      message={message ?? undefined}
    />,
    titled(c, "homeVisit.title", { reference: v.reference }),
  );
}

async function visibleVisit(c: C): Promise<HomeVisitView> {
  const user = requireUser(c);
  const { db, now } = c.get("deps");
  const v = await homeVisitView(db, c.req.param("id") ?? "", actorOf(user), now());
  if (!v) throw notFound();
  return v;
}

type Body = Record<string, string | File | (string | File)[]>;
const str = (b: Body, k: string) => {
  const x = b[k];
  const v = Array.isArray(x) ? x[0] : x;
  return typeof v === "string" ? v : "";
};

/** `/{lang}/home-visits`: the operator's requests, the branch's visit list, the day sheet, the caller's status. */
export function homeVisitPageRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/home-visits/status", async (c) => {
    const lang = c.get("lang");
    const { db, now } = c.get("deps");
    const user = c.get("user");
    const reference = c.req.query("reference")?.trim().slice(0, 20);
    const phone = c.req.query("phone")?.trim().slice(0, 30);
    const base = { action: `/${lang}/home-visits/status`, reference, phone };
    c.header("Cache-Control", "no-store");
    // Nothing asked, or the SMS's link with the reference alone: the form (the phone is the caller's to type).
    if (phone === undefined)
      return c.render(<VisitStatusPage {...base} issues={[]} />, titled(c, "visitStatus.title"));
    const issues: FieldIssue[] = [];
    if (!reference) issues.push({ field: "reference", code: "required" });
    if (!phone) issues.push({ field: "phone", code: "required" });
    if (issues.length) {
      rejected(c, 422);
      return c.render(<VisitStatusPage {...base} issues={issues} />, titled(c, "visitStatus.title"));
    }
    try {
      await recordStatusLookup(
        db,
        user?.role === "operator"
          ? { client: `operator:${user.id}`, now: now(), limit: STATUS_LOOKUPS_PER_OPERATOR }
          : { client: `address:${clientAddress(c)}`, now: now() },
      );
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== "rate_limited") throw error;
      rejected(c, 429);
      return c.render(
        <VisitStatusPage {...base} issues={[]} message={errorText(lang, error)} />,
        titled(c, "visitStatus.title"),
      );
    }
    const result = await visitStatusCheck(db, reference!, phone!);
    if (!result) {
      rejected(c, 404);
      return c.render(
        <VisitStatusPage {...base} issues={[]} message={t(lang, "visitStatus.notFound")} />,
        titled(c, "visitStatus.title"),
      );
    }
    return c.render(
      <VisitStatusPage {...base} issues={[]} result={result} />,
      titled(c, "visitStatus.title"),
    );
  });

  app.get("/home-visits", async (c) => {
    const user = requireUser(c);
    const actor = actorOf(user);
    if (!worksWithVisits(actor)) throw new DomainError("forbidden", "forbidden");
    const { db, now } = c.get("deps");
    const status = c.req.query("status") ?? "";
    const date = dateValue((k) => c.req.query(k), "date");
    const issues: FieldIssue[] =
      date && !IsoDate.safeParse(date).success ? [{ field: "date", code: "date_invalid" }] : [];
    const validStatus = (
      ["requested", "scheduled", "not_at_home", "documents_accepted", "cancelled"] as const
    ).find((s) => s === status);
    const items = await listHomeVisits(
      db,
      actor,
      { status: validStatus, date: issues.length || !date ? undefined : date },
      now(),
    );
    if (issues.length) rejected(c, 422);
    return c.render(
      <VisitListPage
        items={items}
        services={
          await serviceNames(
            db,
            items.map((i) => i.serviceId),
          )
        }
        mayRequest={user.role === "operator"}
        hasDaySheet={isBranch(user)}
        filter={{ status: validStatus ?? "", date }}
        issues={issues}
      />,
      titled(c, "homeVisits.title"),
    );
  });

  const renderRequest = async (c: C, form: RequestForm, issues: FieldIssue[]) => {
    return c.render(
      <RequestFormPage form={form} issues={issues} services={await visitServices(c.get("deps").db)} />,
      titled(c, "homeVisitForm.title"),
    );
  };

  app.get("/home-visits/new", (c) => {
    requireUser(c, ["operator"]);
    return renderRequest(c, { idempotencyKey: randomUUID(), language: c.get("lang") }, []);
  });

  app.post("/home-visits/new", async (c) => {
    const user = requireUser(c, ["operator"]);
    const lang = c.get("lang");
    const { db, now, config } = c.get("deps");
    const posted = (await readForm(c)).raw as Body;
    const form: RequestForm = Object.fromEntries(REQUEST_FIELDS.map((k) => [k, str(posted, k)]));
    form.idempotencyKey = str(posted, "idempotencyKey").slice(0, 100) || randomUUID();
    const body = {
      applicant: {
        iin: form["applicant.iin"],
        surname: form["applicant.surname"],
        name: form["applicant.name"],
        patronymic: form["applicant.patronymic"],
        phones: (form["applicant.phones"] ?? "")
          .split(/[,;]/)
          .map((p) => p.trim())
          .filter(Boolean),
        address: form["applicant.address"],
        regionCode: form["applicant.regionCode"] || null,
        district: form["applicant.district"],
      },
      serviceId: form.serviceId,
      note: form.note,
      preferred: form.preferred,
      language: form.language,
    };
    return submitForm(c, {
      checked: parseWith(HomeVisitBody, body),
      run: async (input) => {
        const calendar = await currentCalendar(db);
        const stored = await db.transaction((tx) =>
          idempotent(tx, user.id, `home-visit-form:${form.idempotencyKey}`, now(), async () => {
            const id = await requestHomeVisit(tx, {
              actor: user,
              input: toVisitRequest(input),
              receivedAt: now(),
              calendar,
              workingDays: config.homeVisitWorkingDays,
              requestId: c.get("requestId"),
            });
            return { status: 201, body: { id } };
          }),
        );
        return `/${lang}/home-visits/${(stored.body as { id: string }).id}?recorded=1`;
      },
      render: ({ issues }) => renderRequest(c, form, onForm(issues)),
    });
  });

  app.get("/home-visits/day", async (c) => {
    const user = requireUser(c, ["registrar", "head", "executor"]);
    const { db, now } = c.get("deps");
    const asked = dateValue((k) => c.req.query(k), "date");
    const valid = asked && IsoDate.safeParse(asked).success;
    const issues: FieldIssue[] = asked && !valid ? [{ field: "date", code: "date_invalid" }] : [];
    const sheet = await daySheet(db, actorOf(user), valid ? asked : localDate(now()));
    if (!sheet) throw new DomainError("forbidden", "forbidden");
    if (issues.length) rejected(c, 422);
    return c.render(<DaySheetPage sheet={sheet} issues={issues} />, titled(c, "daySheet.title"));
  });

  app.get("/home-visits/:id", async (c) => renderVisit(c, await visibleVisit(c)));

  /** A step from the visit page: the API's schema and operation; bad input re-renders the page. */
  const step = (
    path: string,
    run: (c: C, v: HomeVisitView, b: Body) => Promise<FieldIssue[] | null>,
    rename: Record<string, string> = {},
  ) =>
    app.post(`/home-visits/:id/${path}`, async (c) => {
      const v = await visibleVisit(c);
      const posted = (await readForm(c)).raw as Body;
      const values = Object.fromEntries(Object.keys(posted).map((k) => [k, str(posted, k)]));
      for (const name of ["date", "nextAttempt"]) {
        const d = dateValue((k) => (k in posted ? str(posted, k) : undefined), name);
        if (d !== undefined) values[name] = d;
      }
      return submitForm(c, {
        checked: { ok: true, data: values },
        run: async (body) => {
          const issues = await run(c, v, body);
          if (issues) throw invalid(issues);
          return `/${c.get("lang")}/home-visits/${v.id}`;
        },
        // A step no longer allowed (another employee acted first): the visit as it is now says why.
        render: async ({ issues, message }) =>
          renderVisit(c, issues.length ? v : await visibleVisit(c), onForm(issues, rename), values, message),
      });
    });

  const deps = (c: C) => {
    const user = requireUser(c);
    const { db, now } = c.get("deps");
    return { actor: actorOf(user), db, now: now(), requestId: c.get("requestId") };
  };

  step("schedule", async (c, v, b) => {
    const parsed = ScheduleBody.safeParse({
      date: str(b, "date"),
      window: str(b, "window"),
      employeeId: str(b, "employeeId"),
    });
    if (!parsed.success) return fieldIssues(parsed.error);
    const { actor, db, now, requestId } = deps(c);
    const calendar = await currentCalendar(db);
    await db.transaction((tx) =>
      scheduleHomeVisit(tx, { actor, id: v.id, ...parsed.data, now, calendar, requestId }),
    );
    return null;
  });

  step(
    "not-at-home",
    async (c, v, b) => {
      const parsed = NotAtHomeBody.safeParse({
        nextAttempt: str(b, "nextAttempt") || null,
        window: str(b, "nextWindow") || null,
        note: str(b, "notAtHomeNote"),
      });
      if (!parsed.success) return fieldIssues(parsed.error);
      const { actor, db, now, requestId } = deps(c);
      const calendar = await currentCalendar(db);
      const next =
        parsed.data.nextAttempt && parsed.data.window
          ? { date: parsed.data.nextAttempt, window: parsed.data.window }
          : null;
      await db.transaction((tx) =>
        recordNotAtHome(tx, {
          actor,
          id: v.id,
          nextAttempt: next,
          note: parsed.data.note ?? null,
          now,
          calendar,
          requestId,
        }),
      );
      return null;
    },
    { window: "nextWindow", note: "notAtHomeNote" },
  );

  step("complete", async (c, v, b) => {
    const documents = str(b, "documents")
      .split(/\r?\n/)
      .map((d) => d.trim())
      .filter(Boolean);
    const parsed = CompleteBody.safeParse({ documents });
    if (!parsed.success) return fieldIssues(parsed.error);
    const { actor, db, now, requestId } = deps(c);
    await db.transaction((tx) =>
      completeHomeVisit(tx, { actor, id: v.id, documents: parsed.data.documents, now, requestId }),
    );
    return null;
  });

  step("cancel", async (c, v, b) => {
    const parsed = CancelBody.safeParse({ reason: str(b, "reason") });
    if (!parsed.success) return fieldIssues(parsed.error);
    const { actor, db, now, requestId } = deps(c);
    await db.transaction((tx) =>
      cancelHomeVisit(tx, { actor, id: v.id, reason: parsed.data.reason, now, requestId }),
    );
    return null;
  });

  return app;
}
