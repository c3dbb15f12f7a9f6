import { shortReference } from "../../domain/complaint.ts";
import { formatDate, formatDateTime } from "../../i18n/index.ts";
import type { listComplaints } from "../../queries/complaint-list.ts";
import type { SessionUser } from "../../queries/session-user.ts";
import { fullName } from "../../queries/session-user.ts";
import { StatusTag } from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";
import { ToolList } from "../ui/navigation.tsx";
import { Table } from "../ui/table.tsx";

type Listing = Awaited<ReturnType<typeof listComplaints>>;

/** People who do not file complaints (operator, administrator) land here: who they are and their tools. */
export function CabinetPage({ user }: { user: SessionUser }) {
  const { lang, tr } = useLang();
  return (
    <>
      <h1 class="govuk-heading-l">{tr("cabinet.title")}</h1>
      <p class="govuk-body-l">{tr("cabinet.welcome", { name: fullName(user) })}</p>
      <p class="govuk-body">{tr("cabinet.role", { role: tr(`role.${user.role}`) })}</p>
      {user.organizationName ? (
        <p class="govuk-body">{tr("cabinet.organization", { organization: user.organizationName[lang] })}</p>
      ) : null}
      <h2 class="govuk-heading-m">{tr("cabinet.tools")}</h2>
      <ToolList />
    </>
  );
}

/** The citizen's cabinet: their complaints with status and the next due date, and the way to file one. */
export function CitizenCabinetPage(p: {
  user: SessionUser;
  list: Listing;
  drafts: { id: string; updatedAt: Date }[];
}) {
  const { lang, tr } = useLang();
  return (
    <>
      <h1 class="govuk-heading-l">{tr("cabinet.title")}</h1>
      <p class="govuk-body-l">{tr("cabinet.welcome", { name: fullName(p.user) })}</p>
      <a class="govuk-button" href={`/${lang}/complaints/new`}>
        {tr("cabinet.file")}
      </a>
      {p.drafts.length ? (
        <div class="govuk-inset-text">
          <p class="govuk-body">{tr("cabinet.drafts", { n: p.drafts.length })}</p>
          <ul class="govuk-list">
            {p.drafts.map((d) => (
              <li>
                <a class="govuk-link" href={`/${lang}/complaints/new/${d.id}/check`}>
                  {tr("cabinet.draft", { at: formatDateTime(lang, d.updatedAt) })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h2 class="govuk-heading-m">{tr("cabinet.mine")}</h2>
      {p.list.items.length ? (
        <Table
          caption={tr("cabinet.mine")}
          captionSize="hidden"
          head={[
            tr("cabinet.col.reference"),
            tr("cabinet.col.received"),
            tr("cabinet.col.holder"),
            tr("cabinet.col.status"),
            tr("cabinet.col.due"),
          ]}
          rows={p.list.items.map((c) => [
            <a class="govuk-link" href={`/${lang}/complaints/${c.id}`}>
              {c.number ?? shortReference(c.id)}
            </a>,
            formatDateTime(lang, new Date(c.receivedAt)),
            <>
              {c.holderName[lang]}
              {c.excerpt ? (
                <>
                  <br />
                  <span class="govuk-hint govuk-body-s">{c.excerpt}</span>
                </>
              ) : null}
            </>,
            <StatusTag status={c.status} />,
            c.answerDue ? formatDate(lang, c.answerDue) : "—",
          ])}
        />
      ) : (
        <p class="govuk-body">{tr("cabinet.none")}</p>
      )}
      {p.list.total > p.list.items.length ? (
        <p class="govuk-body">{tr("cabinet.more", { shown: p.list.items.length, total: p.list.total })}</p>
      ) : null}
    </>
  );
}
