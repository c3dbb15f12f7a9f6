import { Hono } from "hono";
import { t } from "../../i18n/index.ts";
import { signIn } from "../../operations/sign-in.ts";
import { signOut } from "../../operations/sign-out.ts";
import { type DemoAccount, listDemoAccounts } from "../../queries/demo-accounts.ts";
import { SignInBody } from "../api/v1/schemas.ts";
import { clientAddress } from "../client-address.ts";
import type { AppEnv } from "../context.ts";
import { parseWith, readForm, submitForm } from "../forms.ts";
import { clearSessionCookie, setSessionCookie } from "../middleware/session.ts";
import { SignInPage } from "./sign-in-page.tsx";

/** The demo accounts one may sign in to with a password here (citizens only while LOCAL_PASSWORD_SIGN_IN allows). */
const passwordAccounts = (accounts: DemoAccount[], citizenPasswords: boolean) =>
  citizenPasswords ? accounts : accounts.filter((a) => a.role !== "citizen");

/** Only same-site paths are followed after sign-in. */
const safeNext = (next: unknown, lang: string) =>
  typeof next === "string" && /^\/(kk|ru|en)(\/[\w\-/.]*)?$/.test(next) ? next : `/${lang}/cabinet`;

export function authRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/sign-in", async (c) => {
    const lang = c.get("lang");
    const deps = c.get("deps");
    const demoAccounts = deps.config.demo
      ? passwordAccounts(await listDemoAccounts(deps.db), deps.config.localPasswordSignIn)
      : [];
    const notice = c.req.query("expired")
      ? "signIn.expired"
      : c.req.query("signedOut")
        ? "signOut.done"
        : c.req.query("next")
          ? "signIn.required"
          : undefined;
    return c.render(
      <SignInPage
        demoAccounts={demoAccounts}
        oidc={Boolean(deps.config.oidc)}
        citizenPasswords={deps.config.localPasswordSignIn}
        next={c.req.query("next")}
        notice={notice && t(lang, notice)}
      />,
      { title: t(lang, "signIn.title") },
    );
  });

  app.post("/sign-in", async (c) => {
    const lang = c.get("lang");
    const { db, config, now } = c.get("deps");
    const posted = await readForm(c);
    const next = posted.text("next") || undefined;
    return submitForm(c, {
      checked: parseWith(SignInBody, { login: posted.text("login"), password: posted.raw.password }),
      run: async ({ login, password }) => {
        const { token } = await signIn(
          db,
          {
            login,
            password,
            address: clientAddress(c),
            previousToken: c.get("sessionToken"),
            requestId: c.get("requestId"),
            citizenPasswords: config.localPasswordSignIn,
          },
          now(),
        );
        setSessionCookie(c, token);
        return safeNext(next, lang);
      },
      render: async (rejection) =>
        c.render(
          <SignInPage
            login={posted.text("login")}
            rejection={rejection}
            next={next}
            demoAccounts={
              config.demo ? passwordAccounts(await listDemoAccounts(db), config.localPasswordSignIn) : []
            }
            oidc={Boolean(config.oidc)}
            citizenPasswords={config.localPasswordSignIn}
          />,
          { title: t(lang, "signIn.title") },
        ),
    });
  });

  app.post("/sign-out", async (c) => {
    const token = c.get("sessionToken");
    if (token) await signOut(c.get("deps").db, token, c.get("requestId"));
    clearSessionCookie(c);
    return c.redirect(`/${c.get("lang")}/sign-in?signedOut=1`, 303);
  });

  return app;
}
