import { useLang } from "../ui/i18n.ts";

const cards = [
  { key: "file", href: "complaints/new" },
  { key: "follow", href: "cabinet" },
  { key: "deadline", href: "deadline" },
] as const;

export function HomePage() {
  const { lang, tr } = useLang();
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
