import { type Context, Hono } from "hono";
import { z } from "zod";
import { renderNotice } from "../../documents/render-notice.ts";
import { DomainError, type FieldIssue } from "../../domain/errors.ts";
import { formatDateTime, t } from "../../i18n/index.ts";
import { setNotificationChannel } from "../../operations/set-notification-channel.ts";
import { cabinetNotices, mailbox, notifyVia } from "../../queries/notices.ts";
import type { AppEnv } from "../context.ts";
import { parseWith, readForm, submitForm } from "../forms.ts";
import { requireUser } from "../guards.ts";
import { Button, Choices, CsrfField, ErrorSummary, Notice } from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";
import { Table } from "../ui/table.tsx";

type Row = Awaited<ReturnType<typeof cabinetNotices>>[number];
const CHANNELS = ["email", "sms", "cabinet"] as const;
const NotifyVia = z.object({ notifyVia: z.enum(CHANNELS) });

function Message({ row, publicUrl }: { row: Row; publicUrl: string }) {
  const { subject, text } = renderNotice(row, publicUrl);
  return (
    <>
      <strong>{subject}</strong>
      <p class="govuk-body-s app-pre-line">{text}</p>
    </>
  );
}

function SettingsPage(p: {
  current: string;
  saved: boolean;
  notices: Row[];
  publicUrl: string;
  issues: FieldIssue[];
}) {
  const { lang, tr } = useLang();
  return (
    <>
      {p.saved ? <Notice>{tr("settings.saved")}</Notice> : null}
      <ErrorSummary issues={p.issues} />
      <form method="post" action={`/${lang}/cabinet/notifications`} novalidate>
        <CsrfField />
        <Choices
          type="radio"
          name="notifyVia"
          label={tr("settings.title")}
          hint={tr("settings.lead")}
          heading
          issues={p.issues}
          value={p.current}
          options={CHANNELS.map((c) => ({ value: c, label: tr(`notifyChannel.${c}`) }))}
        />
        <Button>{tr("settings.save")}</Button>
      </form>
      <h2 class="govuk-heading-m">{tr("settings.noticesTitle")}</h2>
      {p.notices.length ? (
        <ul class="govuk-list">
          {p.notices.map((n) => (
            <li>
              <span class="govuk-caption-m">{formatDateTime(lang, n.createdAt)}</span>
              <Message row={n} publicUrl={p.publicUrl} />
            </li>
          ))}
        </ul>
      ) : (
        <p class="govuk-body">{tr("mailbox.empty")}</p>
      )}
    </>
  );
}

function MailboxPage({ rows, publicUrl }: { rows: Row[]; publicUrl: string }) {
  const { lang, tr } = useLang();
  return (
    <>
      <h1 class="govuk-heading-l">{tr("mailbox.title")}</h1>
      <p class="govuk-body">{tr("mailbox.lead")}</p>
      {rows.length === 0 ? (
        <p class="govuk-body">{tr("mailbox.empty")}</p>
      ) : (
        <Table
          head={[
            "mailbox.at",
            "mailbox.channel",
            "mailbox.recipient",
            "mailbox.status",
            "mailbox.message",
          ].map((k) => tr(k))}
          rows={rows.map((r) => [
            formatDateTime(lang, r.createdAt),
            tr(`notifyChannel.${r.channel}`),
            r.recipient,
            tr(`outboxStatus.${r.status}`),
            <Message row={r} publicUrl={publicUrl} />,
          ])}
        />
      )}
    </>
  );
}

/** Notification settings and notices in the cabinet; the demo mailbox. */
export function noticeRoutes() {
  const app = new Hono<AppEnv>();
  const publicUrl = (c: { get: (k: "deps") => AppEnv["Variables"]["deps"] }) =>
    c.get("deps").config.publicUrl;

  const settings = async (c: Context<AppEnv>, issues: FieldIssue[] = []) => {
    const user = requireUser(c, ["citizen"]);
    const { db } = c.get("deps");
    const [current, notices] = await Promise.all([notifyVia(db, user.id), cabinetNotices(db, user.id)]);
    return c.render(
      <SettingsPage
        current={current}
        saved={!issues.length && c.req.query("saved") === "1"}
        notices={notices}
        publicUrl={publicUrl(c)}
        issues={issues}
      />,
      { title: t(c.get("lang"), "settings.title") },
    );
  };

  app.get("/cabinet/notifications", (c) => settings(c));

  app.post("/cabinet/notifications", async (c) => {
    const user = requireUser(c, ["citizen"]);
    const posted = await readForm(c);
    return submitForm(c, {
      checked: parseWith(NotifyVia, { notifyVia: posted.text("notifyVia") }),
      run: async ({ notifyVia }) => {
        await setNotificationChannel(c.get("deps").db, user.id, notifyVia, c.get("requestId"));
        return `/${c.get("lang")}/cabinet/notifications?saved=1`;
      },
      render: ({ issues }) => settings(c, issues),
    });
  });

  app.get("/dev/mailbox", async (c) => {
    if (!c.get("deps").config.demo) throw new DomainError("not_found", "not_found");
    const user = requireUser(c);
    const rows = await mailbox(c.get("deps").db, user);
    return c.render(<MailboxPage rows={rows} publicUrl={publicUrl(c)} />, {
      title: t(c.get("lang"), "mailbox.title"),
    });
  });
  return app;
}
