import type { Child } from "hono/jsx";
import { jsxRenderer, useRequestContext } from "hono/jsx-renderer";
import { LANGS } from "../../i18n/index.ts";
import { fullName } from "../../queries/session-user.ts";
import type { AppEnv } from "../context.ts";
import { CsrfField } from "./components.tsx";
import { useLang } from "./i18n.ts";
import { ToolsNav } from "./navigation.tsx";

declare module "hono" {
  interface ContextRenderer {
    // biome-ignore lint/style/useShorthandFunctionType: module augmentation needs the call signature
    (content: Child, props: { title: string }): Response | Promise<Response>;
  }
}

/** `/kk/x?y` → `/ru/x?y`: the same page in another language. */
function inLang(path: string, lang: string): string {
  return path.replace(/^\/(kk|ru|en)(?=\/|$|\?)/, `/${lang}`);
}

function LanguageSwitch() {
  const c = useRequestContext<AppEnv>();
  const { lang, tr } = useLang();
  const url = new URL(c.req.url);
  const here = url.pathname + url.search;
  return (
    <nav class="app-lang-switch" aria-label={tr("lang.switch")}>
      <ul class="app-lang-switch__list">
        {LANGS.map((l) =>
          l === lang ? (
            <li class="app-lang-switch__item app-lang-switch__item--current" aria-current="true" lang={l}>
              {tr(`lang.${l}`)}
            </li>
          ) : (
            <li class="app-lang-switch__item">
              <a class="govuk-link govuk-link--inverse" href={inLang(here, l)} hreflang={l} lang={l}>
                {tr(`lang.${l}`)}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

/** The demo world says so on every page, inside the header's landmark. */
function PhaseBanner() {
  const { tr } = useLang();
  return (
    <div class="app-phase">
      <div class="govuk-phase-banner govuk-width-container">
        <p class="govuk-phase-banner__content">
          <strong class="govuk-tag govuk-phase-banner__content__tag">{tr("site.beta")}</strong>
          <span class="govuk-phase-banner__text">{tr("site.betaText")}</span>
        </p>
      </div>
    </div>
  );
}

function Header() {
  const c = useRequestContext<AppEnv>();
  const { lang, tr } = useLang();
  const user = c.get("user");
  return (
    <header class="govuk-header app-header" data-module="govuk-header">
      <div class="govuk-header__container govuk-width-container app-header__container">
        <div class="govuk-header__logo">
          <a href={`/${lang}`} class="govuk-header__link govuk-header__link--homepage">
            <span class="app-header__name">{tr("site.name")}</span>
            <span class="app-header__tagline">{tr("site.tagline")}</span>
          </a>
        </div>
        <LanguageSwitch />
      </div>
      <div class="govuk-width-container app-account-bar">
        {user ? (
          <>
            <a class="govuk-link govuk-link--inverse" href={`/${lang}/cabinet`}>
              {tr("nav.signedInAs", { name: fullName(user) })}
            </a>
            <form method="post" action={`/${lang}/sign-out`} class="app-inline-form">
              <CsrfField />
              <button type="submit" class="app-link-button">
                {tr("nav.signOut")}
              </button>
            </form>
          </>
        ) : (
          <a class="govuk-link govuk-link--inverse" href={`/${lang}/sign-in`}>
            {tr("nav.signIn")}
          </a>
        )}
      </div>
      <ToolsNav />
      {c.get("deps").config.demo ? <PhaseBanner /> : null}
    </header>
  );
}

function Footer() {
  const { lang, tr } = useLang();
  return (
    <footer class="govuk-footer">
      <div class="govuk-width-container">
        <p class="govuk-body-s">{tr("footer.about")}</p>
        <p class="govuk-body-s">{tr("footer.contactCentre")}</p>
        <p class="govuk-body-s">
          <a class="govuk-footer__link" href={`/${lang}/help`}>
            {tr("footer.help")}
          </a>
        </p>
      </div>
    </footer>
  );
}

/** The one page shell: `<!DOCTYPE html>`, `<html lang>`, header with language switch, footer. */
export const layout = () =>
  jsxRenderer<AppEnv>(
    ({ children, title: heading }) => {
      const { lang, tr } = useLang();
      const title = useRequestContext<AppEnv>().get("rejected")
        ? `${tr("error.title")}: ${heading}`
        : heading;
      return (
        <html lang={lang} class="govuk-template">
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{`${title} — ${tr("site.name")}`}</title>
            <link rel="icon" href="/favicon.ico" type="image/svg+xml" />
            <link rel="stylesheet" href="/assets/govuk.css" />
            <link rel="stylesheet" href="/assets/app.css" />
            <script type="module" src="/assets/app.js" />
          </head>
          <body class="govuk-template__body">
            <a href="#main-content" class="govuk-skip-link">
              {tr("site.skip")}
            </a>
            <Header />
            <div class="govuk-width-container">
              <main class="govuk-main-wrapper" id="main-content">
                {children}
              </main>
            </div>
            <Footer />
          </body>
        </html>
      );
    },
    { docType: true },
  );
