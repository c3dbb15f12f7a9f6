import { useLang } from "../ui/i18n.ts";
import { useMayOpen } from "../ui/navigation.tsx";
import { Table } from "../ui/table.tsx";

const SITES = [
  { href: "https://www.edu.gov.kz", key: "help.where.edu" },
  { href: "https://gov4c.kz", key: "help.where.gov4c" },
  { href: "https://egov.kz", key: "help.where.egov" },
] as const;

const REGIONAL = ["akmolaEdu", "karagandaAgency", "osakarovka"] as const;

/** How to appeal and to whom, the terms, the contact centre, regional numbers, home visits, court (seeds 000–004). */
export function HelpPage() {
  const { lang, tr } = useLang();
  const mayOpen = useMayOpen();
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-xl">{tr("help.title")}</h1>
        <p class="govuk-body-l">{tr("help.lead")}</p>

        <h2 class="govuk-heading-m">{tr("help.whom.title")}</h2>
        <p class="govuk-body">{tr("help.whom.text")}</p>
        <ul class="govuk-list govuk-list--bullet">
          <li>{tr("help.whom.provider")}</li>
          <li>{tr("help.whom.akim")}</li>
          <li>{tr("help.whom.gov4c")}</li>
          <li>{tr("help.whom.quality")}</li>
        </ul>
        <p class="govuk-body">{tr("help.whom.forward")}</p>

        <h2 class="govuk-heading-m">{tr("help.how.title")}</h2>
        <ul class="govuk-list govuk-list--bullet">
          <li>{tr("help.how.portal")}</li>
          <li>{tr("help.how.office")}</li>
          <li>{tr("help.how.content")}</li>
          <li>{tr("help.how.late")}</li>
        </ul>
        {mayOpen("/complaints/new") ? (
          <p class="govuk-body">
            <a class="govuk-link" href={`/${lang}/complaints/new`}>
              {tr("help.how.start")}
            </a>
          </p>
        ) : null}

        <h2 class="govuk-heading-m">{tr("help.terms.title")}</h2>
        <Table
          caption={tr("help.terms.title")}
          captionSize="hidden"
          head={[tr("help.terms.step"), tr("help.terms.term")]}
          rows={(["forward", "review", "quality"] as const).map((k) => [
            tr(`help.terms.${k}`),
            tr(`help.terms.${k}.days`),
          ])}
        />
        <p class="govuk-body">{tr("help.terms.count")}</p>
        <p class="govuk-body">
          <a class="govuk-link" href={`/${lang}/deadline`}>
            {tr("help.terms.calculator")}
          </a>
        </p>

        <h2 class="govuk-heading-m">{tr("help.contact.title")}</h2>
        <p class="govuk-body">{tr("help.contact.text")}</p>
        <p class="govuk-body govuk-!-font-size-24 govuk-!-font-weight-bold">
          <a class="govuk-link" href="tel:1414">
            1414
          </a>
          {" · "}
          <a class="govuk-link" href="tel:88000807777">
            8-800-080-7777
          </a>
        </p>
        <p class="govuk-body">{tr("help.contact.free")}</p>

        <h2 class="govuk-heading-m">{tr("help.regional.title")}</h2>
        <dl class="govuk-summary-list">
          {REGIONAL.map((k) => (
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{tr(`help.regional.${k}`)}</dt>
              <dd class="govuk-summary-list__value">{tr(`help.regional.${k}.contact`)}</dd>
            </div>
          ))}
        </dl>

        <h2 class="govuk-heading-m">{tr("help.where.title")}</h2>
        <p class="govuk-body">{tr("help.where.text")}</p>
        <ul class="govuk-list govuk-list--bullet">
          {SITES.map((s) => (
            <li>
              <a class="govuk-link" href={s.href} rel="noreferrer">
                {tr(s.key)}
              </a>
            </li>
          ))}
        </ul>

        <h2 class="govuk-heading-m">{tr("help.home.title")}</h2>
        <p class="govuk-body">{tr("help.home.text")}</p>
        <p class="govuk-body">
          <a class="govuk-link" href={`/${lang}/home-visits/status`}>
            {tr("visitStatus.also")}
          </a>
        </p>

        <h2 class="govuk-heading-m">{tr("help.court.title")}</h2>
        <p class="govuk-body">{tr("help.court.text")}</p>
        <p class="govuk-body">{tr("help.court.bring")}</p>
      </div>
    </div>
  );
}
