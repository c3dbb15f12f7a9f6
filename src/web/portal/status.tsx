import type { Context } from "hono";
import { Hono } from "hono";
import { DomainError, type FieldIssue } from "../../domain/errors.ts";
import { formatDate, formatDateTime, t } from "../../i18n/index.ts";
import { recordStatusLookup } from "../../operations/record-status-lookup.ts";
import { type StatusCheck, statusCheck } from "../../queries/status-check.ts";
import { clientAddress } from "../client-address.ts";
import type { AppEnv } from "../context.ts";
import { errorText } from "../errors.tsx";
import { rejected } from "../forms.ts";
import { Button, ErrorSummary, SummaryRow, TextInput } from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";
import { Table } from "../ui/table.tsx";

/** Status, term and marks of a complaint, as anyone with the talon may see them (no personal data). */
export function StatusResult({ result }: { result: StatusCheck }) {
  const { lang, tr } = useLang();
  return (
    <section aria-labelledby="status-result">
      <h2 class="govuk-heading-m" id="status-result">
        {tr("statusCheck.result", { number: result.number })}
      </h2>
      <dl class="govuk-summary-list">
        <SummaryRow label={tr("statusCheck.status")}>
          <strong class="govuk-tag" id="complaint-status">
            {tr(`status.${result.status}`)}
          </strong>
        </SummaryRow>
        <SummaryRow label={tr("statusCheck.registeredOn")}>
          {formatDate(lang, result.registeredOn)}
        </SummaryRow>
        <SummaryRow label={tr("statusCheck.holder")}>{result.holder.name[lang]}</SummaryRow>
        <SummaryRow label={tr("statusCheck.answerBy")}>
          {result.answerBy ? formatDate(lang, result.answerBy) : tr("statusCheck.closed")}
        </SummaryRow>
      </dl>
      <Table
        caption={tr("statusCheck.marks")}
        captionSize="s"
        head={["markWhen", "markWhat", "markWhere"].map((k) => tr(`statusCheck.${k}`))}
        rows={result.marks.map((m) => [
          formatDateTime(lang, new Date(m.at)),
          tr(`mark.${m.kind}`),
          m.organization?.name[lang] ?? "",
        ])}
      />
    </section>
  );
}

export type StatusPageProps = {
  action: string;
  titleKey: string;
  leadKey: string;
  number?: string | undefined;
  code?: string | undefined;
  issues: FieldIssue[];
  message?: string | undefined;
  result?: StatusCheck | null | undefined;
};

/** The number + check code form (GET), then the result or why there is none. */
export function StatusPage(p: StatusPageProps) {
  const { lang, tr } = useLang();
  return (
    <>
      <h1 class="govuk-heading-l">{tr(p.titleKey)}</h1>
      <p class="govuk-body">{tr(p.leadKey)}</p>
      <ErrorSummary issues={p.issues} message={p.message} />
      <form method="get" action={p.action} novalidate>
        {(["number", "code"] as const).map((name) => (
          <TextInput
            name={name}
            label={tr(`statusCheck.${name}`)}
            hint={tr(`statusCheck.${name}Hint`)}
            value={p[name]}
            issues={p.issues}
            autocomplete="off"
            width={name === "number" ? 20 : 10}
          />
        ))}
        <Button>{tr("statusCheck.submit")}</Button>
      </form>
      <p class="govuk-body">
        <a class="govuk-link" href={`/${lang}/home-visits/status`} id="home-visit-status-link">
          {tr("visitStatus.also")}
        </a>
      </p>
      {p.result ? <StatusResult result={p.result} /> : null}
    </>
  );
}

/**
 * Handles a status form: nothing asked → the form; a field missing → 422 naming it; else one
 * counted lookup (429 past the limit) and the result, or a 404 that is the same for an unknown
 * number and a wrong code.
 */
export async function statusLookupPage(
  c: Context<AppEnv>,
  opts: { action: string; titleKey: string; leadKey: string; client: string; limit?: number },
) {
  const lang = c.get("lang");
  const { db, now } = c.get("deps");
  const number = c.req.query("number")?.trim().slice(0, 100);
  const code = c.req.query("code")?.trim().slice(0, 40);
  const base = { action: opts.action, titleKey: opts.titleKey, leadKey: opts.leadKey, number, code };
  const title = t(lang, opts.titleKey);
  c.header("Cache-Control", "no-store");
  if (number === undefined && code === undefined) {
    return c.render(<StatusPage {...base} issues={[]} />, { title });
  }
  const issues: FieldIssue[] = [];
  if (!number) issues.push({ field: "number", code: "required" });
  if (!code) issues.push({ field: "code", code: "required" });
  if (issues.length) {
    rejected(c, 422);
    return c.render(<StatusPage {...base} issues={issues} />, { title });
  }
  try {
    await recordStatusLookup(db, {
      client: opts.client,
      now: now(),
      ...(opts.limit ? { limit: opts.limit } : {}),
    });
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind !== "rate_limited") throw error;
    rejected(c, 429);
    return c.render(<StatusPage {...base} issues={[]} message={errorText(lang, error)} />, { title });
  }
  const result = await statusCheck(db, number!, code!);
  if (!result) {
    rejected(c, 404);
    return c.render(<StatusPage {...base} issues={[]} message={t(lang, "statusCheck.notFound")} />, {
      title,
    });
  }
  return c.render(<StatusPage {...base} result={result} issues={[]} />, { title });
}

/** `/{lang}/status`: the public status check (no sign-in). */
export function statusRoutes() {
  const app = new Hono<AppEnv>();
  app.get("/status", (c) =>
    statusLookupPage(c, {
      action: `/${c.get("lang")}/status`,
      titleKey: "statusCheck.title",
      leadKey: "statusCheck.lead",
      client: `address:${clientAddress(c)}`,
    }),
  );
  return app;
}
