import { Hono } from "hono";
import { z } from "zod";
import { renderNotice } from "../../documents/render-notice.ts";
import { DomainError } from "../../domain/errors.ts";
import { formatDateTime, type Lang, t } from "../../i18n/index.ts";
import { setNotificationChannel } from "../../operations/set-notification-channel.ts";
import { cabinetNotices, mailbox, notifyVia } from "../../queries/notices.ts";
import type { AppEnv } from "../context.ts";
import { requireUser } from "../guards.ts";
import { Button, CsrfField, Notice } from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";
import { Table } from "../ui/table.tsx";

type Row = Awaited<ReturnType<typeof cabinetNotices>>[number];
const CHANNELS = ["email", "sms", "cabinet"] as const;

function Message({ row, publicUrl }: { row: Row; publicUrl: string }) {
  const { subject, text } = renderNotice(row, publicUrl);
  return (
    <>
      <strong>{subject}</strong>
      <p class="govuk-body-s app-pre-line">{text}</p>
    </>
  );
}

function SettingsPage(p: { current: string; saved: boolean; notices: Row[]; publicUrl: string }) {
  const { lang, tr } = useLang();
  return (
    <>
      {p.saved ? <Notice>{tr("settings.saved")}</Notice> : null}
      <form method="post" action={`/${lang}/cabinet/notifications`}>
        <CsrfField />
        <div class="govuk-form-group">
          <fieldset class="govuk-fieldset">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
              <h1 class="govuk-fieldset__heading">{tr("settings.title")}</h1>
            </legend>
            <p class="govuk-body">{tr("settings.lead")}</p>
            <div class="govuk-radios" data-module="govuk-radios">
              {CHANNELS.map((c) => (
                <div class="govuk-radios__item">
                  <input
                    class="govuk-radios__input"
                    id={`notify-${c}`}
                    name="notifyVia"
                    type="radio"
                    value={c}
                    checked={p.current === c}
                  />
                  <label class="govuk-label govuk-radios__label" for={`notify-${c}`}>
                    {tr(`notifyChannel.${c}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
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

  app.get("/cabinet/notifications", async (c) => {
    const user = requireUser(c, ["citizen"]);
    const { db } = c.get("deps");
    const [current, notices] = await Promise.all([notifyVia(db, user.id), cabinetNotices(db, user.id)]);
    return c.render(
      <SettingsPage
        current={current}
        saved={c.req.query("saved") === "1"}
        notices={notices}
        publicUrl={publicUrl(c)}
      />,
      { title: t(c.get("lang") as Lang, "settings.title") },
    );
  });

  app.post("/cabinet/notifications", async (c) => {
    const user = requireUser(c, ["citizen"]);
    const body = await c.req.parseBody();
    const parsed = z.enum(CHANNELS).safeParse(body.notifyVia);
    if (!parsed.success)
      throw new DomainError("validation", "validation", [{ field: "notifyVia", code: "required" }]);
    await setNotificationChannel(c.get("deps").db, user.id, parsed.data, c.get("requestId"));
    return c.redirect(`/${c.get("lang")}/cabinet/notifications?saved=1`, 303);
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
