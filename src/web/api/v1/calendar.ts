import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { DomainError, type FieldCode, type FieldIssue, notFound } from "../../../domain/errors.ts";
import { t } from "../../../i18n/index.ts";
import { type CalendarChangeResult, dayJson } from "../../../operations/calendar-change.ts";
import { removeCalendarDay } from "../../../operations/remove-calendar-day.ts";
import { setCalendarDay } from "../../../operations/set-calendar-day.ts";
import { currentCalendar } from "../../../queries/calendar.ts";
import { calculateDeadline, MAX_WORKING_DAYS, yearView } from "../../../queries/calendar-views.ts";
import { latestRecompute, type RecomputeProgress } from "../../../queries/recompute-runs.ts";
import { isIsoDate, skippedReason } from "../../calendar-text.ts";
import type { AppEnv } from "../../context.ts";
import { requireUser } from "../../guards.ts";
import { fieldIssues } from "../../validation.ts";
import { DAY_KINDS, DayKind, RemoveFields, SetDayFields } from "./calendar-schemas.ts";
import { Problem } from "./schemas.ts";

/** An existing calendar date as YYYY-MM-DD (2025-02-30 is refused). */
const IsoDate = z
  .string()
  .refine((value) => isIsoDate(value))
  .openapi({ type: "string", format: "date", example: "2025-04-30" });

/** The field codes of this module's 422s: "required" stays, anything else gets the field's own message. */
const FIELD_CODES: Record<string, FieldCode> = {
  from: "date_iso",
  date: "date_iso",
  workingDays: "working_days_range",
  year: "year_digits",
  kind: "choose_one",
};

function validationError(error: z.ZodError): DomainError {
  const issues: FieldIssue[] = [];
  for (const issue of fieldIssues(error)) {
    const code = FIELD_CODES[issue.field];
    const mapped =
      code && issue.code !== "required"
        ? { field: issue.field, code, params: { max: MAX_WORKING_DAYS } }
        : issue;
    // One message per field and code (a bad value can fail several checks of the same field).
    if (!issues.some((i) => i.field === mapped.field && i.code === mapped.code)) issues.push(mapped);
  }
  return new DomainError("validation", "validation", issues);
}

function hook(result: { success: true } | { success: false; error: z.ZodError }): undefined {
  if (!result.success) throw validationError(result.error);
  return undefined;
}

const problems = (...statuses: (401 | 403 | 404 | 422)[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: {
          401: "Not signed in",
          403: "Not an administrator",
          404: "No such entry",
          422: "Invalid fields",
        }[status],
        content: { "application/problem+json": { schema: Problem } },
      },
    ]),
  );

const adminOnly = createMiddleware<AppEnv>(async (c, next) => {
  requireUser(c, ["admin"]);
  await next();
});

const Localized = z.object({ kk: z.string(), ru: z.string(), en: z.string() }).openapi("LocalizedText");

const Deadline = z
  .object({
    receivedOn: z.string().openapi({ format: "date" }),
    registeredOn: z.string().openapi({ format: "date" }),
    deadline: z.string().openapi({ format: "date" }),
    workingDays: z.number().int(),
    skipped: z.array(
      z.object({
        date: z.string().openapi({ format: "date" }),
        reason: z.string(),
        kind: z.enum([...DAY_KINDS, "weekend"]),
      }),
    ),
    calendarVersion: z.string(),
    provisional: z.boolean(),
    basis: z.object({ code: z.string(), text: z.string() }).nullable(),
  })
  .openapi("DeadlineCalculation");

const deadlineRoute = createRoute({
  method: "get",
  path: "/calendar/deadline",
  tags: ["calendar"],
  summary: "The last day of a term of N working days from a date, with every skipped day and its reason",
  request: {
    query: z.object({
      from: IsoDate.openapi({ param: { name: "from", in: "query", description: "Receipt date" } }),
      workingDays: z.coerce
        .number()
        .int()
        .min(0)
        .max(MAX_WORKING_DAYS)
        .openapi({
          param: { name: "workingDays", in: "query", required: true, description: "Term in working days" },
          type: "integer",
          example: 5,
        }),
    }),
  },
  responses: {
    200: { description: "The deadline", content: { "application/json": { schema: Deadline } } },
    ...problems(422),
  },
});

const Day = z
  .object({
    date: z.string().openapi({ format: "date" }),
    working: z.boolean(),
    kind: DayKind,
    name: z.string(),
    source: z.string(),
    provisional: z.boolean(),
  })
  .openapi("CalendarDay");

const yearRoute = createRoute({
  method: "get",
  path: "/calendar/{year}",
  tags: ["calendar"],
  summary: "The exceptions to the Monday–Friday week of one year",
  request: {
    params: z.object({
      year: z
        .string()
        .regex(/^\d{4}$/)
        .openapi({ param: { name: "year", in: "path" }, example: "2025" }),
    }),
  },
  responses: {
    200: {
      description: "The year",
      content: {
        "application/json": {
          schema: z
            .object({
              year: z.number().int(),
              projected: z.boolean(),
              workingDays: z.number().int(),
              days: z.array(Day),
            })
            .openapi("CalendarYear"),
        },
      },
    },
    ...problems(422),
  },
});

const StoredDay = z
  .object({
    date: z.string().openapi({ format: "date" }),
    working: z.boolean(),
    kind: DayKind,
    name: Localized,
    source: z.string(),
    provisional: z.boolean(),
  })
  .openapi("StoredCalendarDay");

const Recompute = z
  .object({
    run: z.number().int(),
    calendarVersion: z.string(),
    status: z.enum(["running", "finished", "superseded"]),
    total: z.number().int().openapi({ description: "Open deadlines when the run started" }),
    checked: z.number().int().openapi({ description: "Recomputed so far" }),
    changed: z.number().int(),
    failed: z.number().int(),
    startedAt: z.string().openapi({ format: "date-time" }),
    finishedAt: z.string().nullable().openapi({ format: "date-time" }),
  })
  .openapi("CalendarRecompute", {
    description:
      "The recompute of the running deadlines a calendar change started: in batches, in the edit's request for a moment, then by the job runner",
  });

const Change = z.object({ calendarVersion: z.string(), recomputed: Recompute }).openapi("CalendarChange");

const recomputeRoute = createRoute({
  method: "get",
  path: "/calendar/recompute",
  tags: ["calendar"],
  summary: "The progress of the latest recompute of the running deadlines (administrator)",
  middleware: [adminOnly] as const,
  responses: {
    200: { description: "The latest run", content: { "application/json": { schema: Recompute } } },
    ...problems(401, 403, 404),
  },
});

const dateParam = z.object({
  date: z.string().openapi({ param: { name: "date", in: "path" }, example: "2027-06-07", format: "date" }),
});

const setRoute = createRoute({
  method: "put",
  path: "/calendar/days/{date}",
  tags: ["calendar"],
  summary: "Set a day off or an extra working day (administrator); running deadlines are recomputed",
  middleware: [adminOnly] as const,
  request: {
    params: dateParam,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: SetDayFields,
        },
      },
    },
  },
  responses: {
    200: {
      description: "Stored",
      content: {
        "application/json": {
          schema: z.object({ day: StoredDay, before: StoredDay.nullable(), change: Change }),
        },
      },
    },
    ...problems(401, 403, 422),
  },
});

const removeRoute = createRoute({
  method: "delete",
  path: "/calendar/days/{date}",
  tags: ["calendar"],
  summary: "Remove the exception of a day (administrator): reason and source in the body or the query",
  middleware: [adminOnly] as const,
  request: {
    params: dateParam,
    query: z.object({
      reason: z
        .string()
        .optional()
        .openapi({ param: { name: "reason", in: "query" } }),
      source: z
        .string()
        .optional()
        .openapi({ param: { name: "source", in: "query" } }),
    }),
    body: { required: false, content: { "application/json": { schema: RemoveFields.partial() } } },
  },
  responses: {
    200: {
      description: "Removed",
      content: { "application/json": { schema: z.object({ removed: StoredDay, change: Change }) } },
    },
    ...problems(401, 403, 404, 422),
  },
});

const recomputeJson = (run: RecomputeProgress) => ({
  run: run.id,
  calendarVersion: run.calendarVersion,
  status: run.status,
  total: run.total,
  checked: run.done,
  changed: run.changed,
  failed: run.failed,
  startedAt: run.startedAt.toISOString(),
  finishedAt: run.finishedAt?.toISOString() ?? null,
});

const changeJson = (r: CalendarChangeResult) => ({
  calendarVersion: r.calendarVersion,
  recomputed: recomputeJson(r.recomputed),
});

const context = (c: Context<AppEnv>) => ({
  actorId: requireUser(c, ["admin"]).id,
  requestId: c.get("requestId"),
  now: c.get("deps").now(),
});

export function calendarRoutes(api: OpenAPIHono<AppEnv>) {
  // Before `/calendar/{year}`, which would take "recompute" for a year.
  api.openapi(
    recomputeRoute,
    async (c) => {
      const run = await latestRecompute(c.get("deps").db);
      if (!run) throw notFound();
      return c.json(recomputeJson(run), 200);
    },
    hook,
  );

  api.openapi(
    deadlineRoute,
    async (c) => {
      const { from, workingDays } = c.req.valid("query");
      const lang = c.get("lang");
      const result = calculateDeadline(await currentCalendar(c.get("deps").db), from, workingDays);
      return c.json(
        {
          ...result,
          skipped: result.skipped.map((s) => ({
            date: s.date,
            reason: skippedReason(lang, s),
            kind: s.kind,
          })),
          basis: result.basis && { code: result.basis, text: t(lang, `basis.${result.basis}`) },
        },
        200,
      );
    },
    hook,
  );

  api.openapi(
    yearRoute,
    async (c) => {
      const lang = c.get("lang");
      const view = yearView(await currentCalendar(c.get("deps").db), Number(c.req.valid("param").year));
      return c.json({ ...view, days: view.days.map((d) => ({ ...dayJson(d), name: d.name[lang] })) }, 200);
    },
    hook,
  );

  api.openapi(
    setRoute,
    async (c) => {
      const { date } = c.req.valid("param");
      const body = c.req.valid("json");
      const result = await setCalendarDay(c.get("deps").db, { date, ...body }, context(c));
      return c.json(
        {
          day: dayJson(result.after!),
          before: result.before && dayJson(result.before),
          change: changeJson(result),
        },
        200,
      );
    },
    hook,
  );

  api.openapi(
    removeRoute,
    async (c) => {
      const { date } = c.req.valid("param");
      const query = c.req.valid("query");
      const body: Partial<z.infer<typeof RemoveFields>> = c.req.valid("json") ?? {};
      const parsed = RemoveFields.safeParse({
        reason: body.reason ?? query.reason,
        source: body.source ?? query.source,
      });
      if (!parsed.success) throw validationError(parsed.error);
      const result = await removeCalendarDay(c.get("deps").db, { date, ...parsed.data }, context(c));
      return c.json({ removed: dayJson(result.before!), change: changeJson(result) }, 200);
    },
    hook,
  );
}
