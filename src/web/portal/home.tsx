import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../context.ts";
import { useLang } from "../ui/i18n.ts";
import { ToolList } from "../ui/navigation.tsx";

const cards = [
  { key: "file", href: "complaints/new" },
  { key: "follow", href: "cabinet" },
  { key: "status", href: "status" },
] as const;

/** Staff and operators do not file through the portal: their home shows their own tools. */
function StaffHome() {
  const { tr } = useLang();
  return (
    <>
      <h1 class="govuk-heading-xl">{tr("home.title")}</h1>
      <h2 class="govuk-heading-m">{tr("cabinet.tools")}</h2>
      <ToolList />
    </>
  );
}

export function HomePage() {
  const { lang, tr } = useLang();
  const role = useRequestContext<AppEnv>().get("user")?.role;
  if (role && role !== "citizen") return <StaffHome />;
  return (
    <>
      <h1 class="govuk-heading-xl">{tr("home.title")}</h1>
      <p class="govuk-body-l">{tr("home.lead")}</p>
      <div class="govuk-grid-row">
        {cards.map(({ key, href }) => (
          <div class="govuk-grid-column-one-third">
            <h2 class="govuk-heading-m">
              <a class="govuk-link" href={`/${lang}/${href}`}>
                {tr(`home.${key}.title`)}
              </a>
            </h2>
            <p class="govuk-body">{tr(`home.${key}.text`)}</p>
          </div>
        ))}
      </div>
      <p class="govuk-body">
        <a class="govuk-link" href={`/${lang}/deadline`}>
          {tr("home.deadline.title")}
        </a>
        {" — "}
        {tr("home.deadline.text")}
      </p>
      <h2 class="govuk-heading-m">{tr("home.terms.title")}</h2>
      <p class="govuk-body">{tr("home.terms.text")}</p>
      <h2 class="govuk-heading-m">{tr("home.help.title")}</h2>
      <p class="govuk-body">{tr("home.help.text")}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={`/${lang}/help`}>
          {tr("help.link")}
        </a>
      </p>
    </>
  );
}
