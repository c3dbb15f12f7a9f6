import type { SessionUser } from "../../queries/session-user.ts";
import { fullName } from "../../queries/session-user.ts";
import { useLang } from "../ui/i18n.ts";

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
    </>
  );
}
