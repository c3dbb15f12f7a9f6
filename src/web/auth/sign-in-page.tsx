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
  /** An OpenID Connect provider is configured: the "Sign in with eGov ID" link. */
  oidc?: boolean;
  /** Citizens may use a password (LOCAL_PASSWORD_SIGN_IN); off: the form is for staff only. */
  citizenPasswords?: boolean;
};

export function SignInPage({
  login,
  rejection,
  notice,
  next,
  demoAccounts,
  oidc = false,
  citizenPasswords = true,
}: Props) {
  const issues = rejection?.issues ?? [];
  const { lang, tr } = useLang();
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        {rejection ? <ErrorSummary issues={issues} message={rejection.message ?? undefined} /> : null}
        {notice ? <Notice>{notice}</Notice> : null}
        <h1 class="govuk-heading-l">{tr("signIn.title")}</h1>
        {oidc ? (
          <>
            <p class="govuk-body">{tr("signIn.oidc.lead")}</p>
            <a
              class="govuk-button govuk-button--start"
              href={`/auth/oidc/start?lang=${lang}`}
              data-test="oidc-sign-in"
            >
              {tr("signIn.oidc")}
            </a>
          </>
        ) : null}
        {oidc || !citizenPasswords ? (
          <h2 class="govuk-heading-m">
            {tr(citizenPasswords ? "signIn.withPassword" : "signIn.staff.title")}
          </h2>
        ) : null}
        <p class="govuk-body">{tr(citizenPasswords ? "signIn.lead" : "signIn.staff.lead")}</p>
        <form method="post" action={`/${lang}/sign-in`} novalidate>
          <CsrfField />
          {next ? <input type="hidden" name="next" value={next} /> : null}
          <TextInput
            name="login"
            label={tr(citizenPasswords ? "signIn.login" : "signIn.staff.login")}
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
