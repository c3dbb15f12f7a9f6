import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import { civilDate, parseDate } from "../../domain/calendar/index.ts";
import { DomainError, type FieldIssue } from "../../domain/errors.ts";
import { formatDate, type Lang, t } from "../../i18n/index.ts";
import type { CalendarChangeResult } from "../../operations/calendar-change.ts";
import { removeCalendarDay } from "../../operations/remove-calendar-day.ts";
import { setCalendarDay } from "../../operations/set-calendar-day.ts";
import { currentCalendar } from "../../queries/calendar.ts";
import { yearView } from "../../queries/calendar-views.ts";
import { currentYear, isIsoDate } from "../calendar-text.ts";
import type { AppEnv } from "../context.ts";
import { requireUser } from "../guards.ts";
import { dateValue, fieldIssues } from "../validation.ts";
import {
  CalendarAdminPage,
  type CalendarAdminProps,
  DAY_KIND_OPTIONS,
  type RemoveDayForm,
  type SetDayForm,
} from "./calendar-page.tsx";

const text = (max: number) => z.string().trim().min(1).max(max);
const date = z.string().trim().min(1).refine(isIsoDate, { message: "date_real" });

const SetDay = z.object({
  date,
  kind: z.enum(DAY_KIND_OPTIONS, { message: "calendarField.kind" }),
  name: z.object({ kk: text(200), ru: text(200), en: text(200) }),
  source: text(1000),
  provisional: z.boolean(),
  reason: text(2000),
});

const RemoveDay = z.object({ date, reason: text(2000), source: text(1000) });

const LABELS: Record<string, string> = {
  date: "calendarAdmin.date",
  "name.kk": "calendarAdmin.nameKk",
  "name.ru": "calendarAdmin.nameRu",
  "name.en": "calendarAdmin.nameEn",
  source: "calendarAdmin.sourceLabel",
  reason: "calendarAdmin.reason",
};

/**
 * zod issues → field issues named as the form's fields (`prefix` + path): an empty field says
 * which one, a radio left unchosen reads "choose the kind".
 */
function issuesOf(lang: Lang, error: z.ZodError, prefix = ""): FieldIssue[] {
  return fieldIssues(error).map((issue) => {
    const field = prefix + issue.field;
    if (issue.field === "kind") return { field, code: "calendarField.kind" };
    const label = LABELS[issue.field];
    if (issue.code === "required" && label)
      return { field, code: "calendarField.missing", params: { label: t(lang, label) } };
    return { ...issue, field };
  });
}

const str = (value: unknown) => (typeof value === "string" ? value : undefined);

function yearOf(value: string | undefined, fallback: number): number {
  return value && isIsoDate(value) ? civilDate(parseDate(value)).year : fallback;
}

async function render(
  c: Context<AppEnv>,
  props: Omit<CalendarAdminProps, "view" | "first" | "last">,
  year: number,
) {
  const calendar = await currentCalendar(c.get("deps").db);
  const shown =
    year >= calendar.firstYear && year <= calendar.lastYear ? year : currentYear(c.get("deps").now());
  const lang = c.get("lang");
  const title = t(lang, "calendarAdmin.title");
  return c.render(
    <CalendarAdminPage
      {...props}
      view={yearView(calendar, shown)}
      first={calendar.firstYear}
      last={calendar.lastYear}
    />,
    { title: props.issues.length ? `${t(lang, "error.title")}: ${title}` : title },
  );
}

const doneQuery = (result: CalendarChangeResult, done: "set" | "removed") =>
  new URLSearchParams({
    year: result.date.slice(0, 4),
    done,
    date: result.date,
    checked: String(result.recomputed.checked),
    changed: String(result.recomputed.changed),
  });

/** The administrator's calendar page: plain forms, POST/redirect/GET, errors field by field. */
export function adminCalendarRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/admin/calendar", async (c) => {
    requireUser(c, ["admin"]);
    const lang = c.get("lang");
    const calendar = await currentCalendar(c.get("deps").db);
    const q = (name: string) => c.req.query(name);
    const asked = Number(q("year"));
    const year = Number.isInteger(asked) ? asked : currentYear(c.get("deps").now());
    const edit = q("edit");
    const entry = edit && isIsoDate(edit) ? calendar.entry(edit) : undefined;
    const setForm: SetDayForm = entry
      ? {
          date: entry.date,
          kind: entry.kind,
          "name.kk": entry.name.kk,
          "name.ru": entry.name.ru,
          "name.en": entry.name.en,
          source: entry.source,
          provisional: entry.provisional,
        }
      : {};
    const removeForm: RemoveDayForm = { date: q("remove") };
    const done = q("done");
    const day = q("date");
    const notice =
      (done === "set" || done === "removed") && day && isIsoDate(day)
        ? t(lang, done === "set" ? "calendarAdmin.doneSet" : "calendarAdmin.doneRemoved", {
            date: formatDate(lang, day),
            checked: Number(q("checked")) || 0,
            changed: Number(q("changed")) || 0,
          })
        : undefined;
    return render(c, { setForm, removeForm, issues: [], ...(notice && { notice }) }, year);
  });

  app.post("/admin/calendar/days", async (c) => {
    const user = requireUser(c, ["admin"]);
    const { db, now } = c.get("deps");
    const body = await c.req.parseBody();
    const form: SetDayForm = {
      date: dateValue((k) => str(body[k]), "date"),
      kind: str(body.kind),
      "name.kk": str(body["name.kk"]),
      "name.ru": str(body["name.ru"]),
      "name.en": str(body["name.en"]),
      source: str(body.source),
      provisional: body.provisional === "1",
      reason: str(body.reason),
    };
    const fallbackYear = yearOf(form.date?.trim(), currentYear(now()));
    const fail = (issues: FieldIssue[]) => {
      c.status(422);
      return render(c, { setForm: form, removeForm: {}, failed: "set", issues }, fallbackYear);
    };
    const parsed = SetDay.safeParse({
      date: form.date ?? "",
      kind: form.kind,
      name: { kk: form["name.kk"] ?? "", ru: form["name.ru"] ?? "", en: form["name.en"] ?? "" },
      source: form.source ?? "",
      provisional: form.provisional,
      reason: form.reason ?? "",
    });
    if (!parsed.success) return fail(issuesOf(c.get("lang"), parsed.error));
    const input = parsed.data;
    try {
      const result = await setCalendarDay(
        db,
        { ...input, working: input.kind === "working_day" },
        { actorId: user.id, requestId: c.get("requestId"), now: now() },
      );
      return c.redirect(
        `/${c.get("lang")}/admin/calendar?${doneQuery(result, "set")}#day-${result.date}`,
        303,
      );
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== "validation") throw error;
      // The form has no "working" field: it follows from the kind.
      return fail(error.fields.map((f) => (f.field === "working" ? { ...f, field: "kind" } : f)));
    }
  });

  app.post("/admin/calendar/days/remove", async (c) => {
    const user = requireUser(c, ["admin"]);
    const { db, now } = c.get("deps");
    const body = await c.req.parseBody();
    const form: RemoveDayForm = {
      date: dateValue((k) => str(body[k]), "remove.date"),
      reason: str(body["remove.reason"]),
      source: str(body["remove.source"]),
    };
    const fail = (issues: FieldIssue[]) => {
      c.status(422);
      return render(
        c,
        { setForm: {}, removeForm: form, failed: "remove", issues },
        yearOf(form.date?.trim(), currentYear(now())),
      );
    };
    const parsed = RemoveDay.safeParse({
      date: form.date ?? "",
      reason: form.reason ?? "",
      source: form.source ?? "",
    });
    if (!parsed.success) return fail(issuesOf(c.get("lang"), parsed.error, "remove."));
    try {
      const result = await removeCalendarDay(db, parsed.data, {
        actorId: user.id,
        requestId: c.get("requestId"),
        now: now(),
      });
      return c.redirect(`/${c.get("lang")}/admin/calendar?${doneQuery(result, "removed")}`, 303);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.kind === "not_found") return fail([{ field: "remove.date", code: "calendarField.noEntry" }]);
      if (error.kind === "validation")
        return fail(error.fields.map((f) => ({ ...f, field: `remove.${f.field}` })));
      throw error;
    }
  });

  return app;
}
