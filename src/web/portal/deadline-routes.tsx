import { Hono } from "hono";
import { DomainError, type FieldIssue } from "../../domain/errors.ts";
import { t } from "../../i18n/index.ts";
import { currentCalendar } from "../../queries/calendar.ts";
import {
  calculateDeadline,
  type DeadlineCalculation,
  MAX_WORKING_DAYS,
  yearView,
} from "../../queries/calendar-views.ts";
import { isIsoDate } from "../calendar-text.ts";
import type { AppEnv } from "../context.ts";
import { rejected } from "../forms.ts";
import { dateValue } from "../validation.ts";
import { type DeadlineForm, DeadlinePage, YearPage } from "./deadline-pages.tsx";

const TERMS = new Set(["3", "5", "15", "other"]);

/** Checks the calculator's query field by field; the term in working days when it is valid. */
function parseForm(form: DeadlineForm): { issues: FieldIssue[]; workingDays: number | null } {
  const issues: FieldIssue[] = [];
  const from = form.from?.trim() ?? "";
  if (!from) issues.push({ field: "from", code: "required" });
  else if (!isIsoDate(from)) issues.push({ field: "from", code: "date_real" });
  let workingDays: number | null = null;
  if (!form.term || !TERMS.has(form.term)) {
    issues.push({ field: "term", code: "choose_one" });
  } else if (form.term !== "other") {
    workingDays = Number(form.term);
  } else {
    const text = form.workingDays?.trim() ?? "";
    const n = Number(text);
    if (/^\d{1,3}$/.test(text) && n <= MAX_WORKING_DAYS) workingDays = n;
    else
      issues.push({
        field: "workingDays",
        code: "working_days_range",
        params: { max: MAX_WORKING_DAYS },
      });
  }
  return { issues, workingDays: issues.length ? null : workingDays };
}

/** The public deadline calculator and the year view of the calendar; both work without JavaScript. */
export function deadlineRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/deadline", async (c) => {
    const lang = c.get("lang");
    const form: DeadlineForm = {
      from: dateValue((k) => c.req.query(k), "from"),
      term: c.req.query("term"),
      workingDays: c.req.query("workingDays"),
    };
    const title = t(lang, "deadlinePage.title");
    if (form.from === undefined && form.term === undefined) {
      return c.render(<DeadlinePage form={form} issues={[]} result={null} />, { title });
    }
    let { issues, workingDays } = parseForm(form);
    let result: DeadlineCalculation | null = null;
    if (workingDays !== null) {
      try {
        result = calculateDeadline(await currentCalendar(c.get("deps").db), form.from!.trim(), workingDays);
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind !== "validation") throw error;
        // A standard term has no number field: a term running past the calendar is told on the date.
        issues = error.fields.map((f) =>
          f.field === "workingDays" && form.term !== "other" ? { ...f, field: "from" } : f,
        );
      }
    }
    if (issues.length) rejected(c, 422);
    return c.render(<DeadlinePage form={form} issues={issues} result={result} />, { title });
  });

  app.get("/deadline/year/:year{[0-9]{4}}", async (c) => {
    const calendar = await currentCalendar(c.get("deps").db);
    const year = Number(c.req.param("year"));
    if (year < calendar.firstYear || year > calendar.lastYear)
      throw new DomainError("not_found", "not_found");
    const view = yearView(calendar, year);
    return c.render(
      <YearPage
        view={view}
        first={calendar.firstYear}
        last={calendar.lastYear}
        isAdmin={c.get("user")?.role === "admin"}
      />,
      { title: t(c.get("lang"), "calendarYear.title", { year }) },
    );
  });

  return app;
}
