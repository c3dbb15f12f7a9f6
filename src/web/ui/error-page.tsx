import { useLang } from "./i18n.ts";

export function ErrorPage({ title, detail }: { title: string; detail?: string }) {
  const { lang, tr } = useLang();
  return (
    <>
      <h1 class="govuk-heading-l">{title}</h1>
      {detail ? <p class="govuk-body">{detail}</p> : null}
      <p class="govuk-body">
        <a class="govuk-link" href={`/${lang}`}>
          {tr("error.back")}
        </a>
      </p>
    </>
  );
}
