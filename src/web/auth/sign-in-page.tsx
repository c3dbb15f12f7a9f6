import type { DemoAccount } from "../../queries/demo-accounts.ts";
import type { Rejection } from "../forms.ts";
import { Button, CsrfField, ErrorSummary, Notice, TextInput } from "../ui/components.tsx";
import { useLang } from "../ui/i18n.ts";
import { Table } from "../ui/table.tsx";

type Props = {
  login?: string;
  rejection?: Rejection | null;
  notice?: string;
  next?: string;
  demoAccounts: DemoAccount[];
};

export function SignInPage({ login, rejection, notice, next, demoAccounts }: Props) {
  const issues = rejection?.issues ?? [];
  const { lang, tr } = useLang();
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        {rejection ? <ErrorSummary issues={issues} message={rejection.message ?? undefined} /> : null}
        {notice ? <Notice>{notice}</Notice> : null}
        <h1 class="govuk-heading-l">{tr("signIn.title")}</h1>
        <p class="govuk-body">{tr("signIn.lead")}</p>
        <form method="post" action={`/${lang}/sign-in`} novalidate>
          <CsrfField />
          {next ? <input type="hidden" name="next" value={next} /> : null}
          <TextInput
            name="login"
            label={tr("signIn.login")}
            value={login}
            issues={issues}
            autocomplete="username"
            width={20}
          />
          <TextInput
            name="password"
            label={tr("signIn.password")}
            type="password"
            issues={issues}
            autocomplete="current-password"
            width={20}
          />
          <Button>{tr("signIn.submit")}</Button>
        </form>
      </div>
      {demoAccounts.length > 0 ? (
        <div class="govuk-grid-column-full">
          <h2 class="govuk-heading-m">{tr("signIn.demo.title")}</h2>
          <p class="govuk-body">{tr("signIn.demo.text", { password: "demo" })}</p>
          <Table
            head={[tr("signIn.demo.login"), tr("signIn.demo.who")]}
            rows={demoAccounts.map((a) => [
              <code>{a.login}</code>,
              <>
                {a.fullName} — {tr(`role.${a.role}`)}
                {a.organization ? `, ${a.organization[lang]}` : ""}
              </>,
            ])}
          />
        </div>
      ) : null}
    </div>
  );
}
