import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import { civilDate, parseDate } from "../../domain/calendar/index.ts";
import { DomainError, invalid } from "../../domain/errors.ts";
import { formatDate, t } from "../../i18n/index.ts";
import type { CalendarChangeResult } from "../../operations/calendar-change.ts";
import { removeCalendarDay } from "../../operations/remove-calendar-day.ts";
import { setCalendarDay } from "../../operations/set-calendar-day.ts";
import { currentCalendar } from "../../queries/calendar.ts";
import { yearView } from "../../queries/calendar-views.ts";
import { latestRecompute } from "../../queries/recompute-runs.ts";
import { RemoveFields, SetDayFields } from "../api/v1/calendar-schemas.ts";
import { currentYear, isIsoDate } from "../calendar-text.ts";
import type { AppEnv } from "../context.ts";
import { parseWith, readForm, submitForm } from "../forms.ts";
import { requireUser } from "../guards.ts";
import {
  CalendarAdminPage,
  type CalendarAdminProps,
  type RemoveDayForm,
  type SetDayForm,
} from "./calendar-page.tsx";

const date = z.string().trim().min(1).refine(isIsoDate, { message: "date_real" });

/** The API's bodies with the date that the API takes from the path. */
const SetDay = SetDayFields.omit({ working: true }).extend({ date });
const RemoveDay = RemoveFields.extend({ date });

function yearOf(value: string | undefined, fallback: number): number {
  return value && isIsoDate(value) ? civilDate(parseDate(value)).year : fallback;
}

async function render(
  c: Context<AppEnv>,
  props: Omit<CalendarAdminProps, "view" | "first" | "last" | "recompute">,
  year: number,
) {
  const calendar = await currentCalendar(c.get("deps").db);
  const recompute = await latestRecompute(c.get("deps").db);
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
      recompute={recompute}
    />,
    { title },
  );
}

const doneQuery = (result: CalendarChangeResult, done: "set" | "removed") =>
  new URLSearchParams({
    year: result.date.slice(0, 4),
    done,
    date: result.date,
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
          })
        : undefined;
    return render(c, { setForm, removeForm, issues: [], ...(notice && { notice }) }, year);
  });

  app.post("/admin/calendar/days", async (c) => {
    const user = requireUser(c, ["admin"]);
    const { db, now } = c.get("deps");
    const posted = await readForm(c);
    const form: SetDayForm = {
      date: posted.date("date"),
      kind: posted.text("kind"),
      "name.kk": posted.text("name.kk"),
      "name.ru": posted.text("name.ru"),
      "name.en": posted.text("name.en"),
      source: posted.text("source"),
      provisional: posted.checked("provisional", "1"),
      reason: posted.text("reason"),
    };
    return submitForm(c, {
      checked: parseWith(SetDay, {
        date: form.date ?? "",
        kind: form.kind,
        name: { kk: form["name.kk"], ru: form["name.ru"], en: form["name.en"] },
        source: form.source,
        provisional: form.provisional,
        reason: form.reason,
      }),
      // The form has no "working" field: it follows from the kind.
      field: (path) => (path === "working" ? "kind" : path),
      run: async ({ date, ...input }) => {
        const result = await setCalendarDay(
          db,
          { date, ...input, working: input.kind === "working_day" },
          { actorId: user.id, requestId: c.get("requestId"), now: now() },
        );
        return `/${c.get("lang")}/admin/calendar?${doneQuery(result, "set")}#day-${result.date}`;
      },
      render: ({ issues }) =>
        render(
          c,
          { setForm: form, removeForm: {}, failed: "set", issues },
          yearOf(form.date, currentYear(now())),
        ),
    });
  });

  app.post("/admin/calendar/days/remove", async (c) => {
    const user = requireUser(c, ["admin"]);
    const { db, now } = c.get("deps");
    const posted = await readForm(c);
    const form: RemoveDayForm = {
      date: posted.date("remove.date"),
      reason: posted.text("remove.reason"),
      source: posted.text("remove.source"),
    };
    return submitForm(c, {
      checked: parseWith(RemoveDay, { date: form.date ?? "", reason: form.reason, source: form.source }),
      field: (path) => `remove.${path}`,
      run: async (input) => {
        const context = { actorId: user.id, requestId: c.get("requestId"), now: now() };
        const result = await removeCalendarDay(db, input, context).catch((error: unknown) => {
          // No exception on that date: said at the date field.
          if (error instanceof DomainError && error.kind === "not_found")
            throw invalid([{ field: "date", code: "no_calendar_entry" }]);
          throw error;
        });
        return `/${c.get("lang")}/admin/calendar?${doneQuery(result, "removed")}`;
      },
      render: ({ issues }) =>
        render(
          c,
          { setForm: {}, removeForm: form, failed: "remove", issues },
          yearOf(form.date, currentYear(now())),
        ),
    });
  });

  return app;
}
