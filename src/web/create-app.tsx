import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { register } from "prom-client";
import { DomainError } from "../domain/errors.ts";
import { isLang, negotiateLang } from "../i18n/index.ts";
import { adminCalendarRoutes } from "./admin/calendar-routes.tsx";
import { adminReferenceRoutes } from "./admin/reference-routes.tsx";
import { apiV1 } from "./api/v1/index.ts";
import { apiDocsRoutes } from "./api-docs.ts";
import { assetRoutes, favicon } from "./assets.ts";
import { oidcRoutes } from "./auth/oidc.ts";
import { authRoutes } from "./auth/routes.tsx";
import { contactCentreRoutes } from "./contact-centre/routes.tsx";
import type { AppEnv, Deps } from "./context.ts";
import { handleError } from "./errors.tsx";
import { homeVisitPageRoutes } from "./home-visits/routes.tsx";
import { csrf } from "./middleware/csrf.ts";
import { idempotencyKey } from "./middleware/idempotency-key.ts";
import { inputLimits } from "./middleware/input-limits.ts";
import { multipartBody } from "./middleware/multipart.ts";
import { metricsGuard, noStore } from "./middleware/private.ts";
import { requestContext } from "./middleware/request-context.ts";
import { requestSizeLimit } from "./middleware/request-size.ts";
import { securityHeaders } from "./middleware/security-headers.ts";
import { session } from "./middleware/session.ts";
import { trailingSlash } from "./middleware/trailing-slash.ts";
import { officeRoutes } from "./office/routes.tsx";
import { openDataPageRoutes } from "./open-data/routes.tsx";
import { deadlineRoutes } from "./portal/deadline-routes.tsx";
import { noticeRoutes } from "./portal/notices.tsx";
import { portalRoutes } from "./portal/routes.tsx";
import { statusRoutes } from "./portal/status.tsx";
import { reportPageRoutes } from "./reports/routes.tsx";
import { staffRoutes } from "./staff/routes.tsx";
import { layout } from "./ui/layout.tsx";

const LANG_COOKIE = "lang";

/** The whole web application; `main.ts` serves it and the tests call `app.request()`. */
export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.notFound(() => {
    throw new DomainError("not_found", "not_found");
  });

  app.use(requestContext(deps));
  app.use(securityHeaders());
  app.use(trailingSlash());
  app.route("/assets", assetRoutes());
  app.get("/favicon.ico", favicon);
  app.route("/api/docs", apiDocsRoutes());
  app.get("/metrics", metricsGuard(deps.config), async (c) =>
    c.text(await register.metrics(), 200, { "Content-Type": register.contentType }),
  );
  // Every answer from here on is personal or may be: no shared or browser cache keeps it.
  app.use(noStore());

  app.use(layout());
  app.use(requestSizeLimit());
  app.use(multipartBody());
  app.use(inputLimits());
  app.use(idempotencyKey());
  app.use(session());
  app.use(csrf());

  const api = apiV1();
  app.route("/api/v1", api);
  app.get("/api/openapi.json", (c) =>
    c.json(
      api.getOpenAPI31Document(
        { openapi: "3.1.0", info: { title: "Shagym API", version: "1" }, servers: [{ url: "/api/v1" }] },
        { unionPreferredType: "oneOf" },
      ),
    ),
  );

  app.route("/auth/oidc", oidcRoutes());

  app.get("/", (c) => {
    const lang = negotiateLang(getCookie(c, LANG_COOKIE), c.req.header("accept-language"));
    return c.redirect(`/${lang}`, 302);
  });

  const pages = new Hono<AppEnv>();
  pages.use(async (c, next) => {
    const lang = c.req.param("lang");
    if (!isLang(lang)) throw new DomainError("not_found", "not_found");
    c.set("lang", lang);
    if (getCookie(c, LANG_COOKIE) !== lang) {
      setCookie(c, LANG_COOKIE, lang, { path: "/", sameSite: "Lax", maxAge: 365 * 24 * 3600 });
    }
    c.header("Content-Language", lang);
    await next();
  });
  pages.route("/", portalRoutes());
  pages.route("/", authRoutes());
  pages.route("/", noticeRoutes());
  pages.route("/", deadlineRoutes());
  pages.route("/", adminCalendarRoutes());
  pages.route("/", adminReferenceRoutes());
  pages.route("/", staffRoutes());
  pages.route("/", officeRoutes());
  pages.route("/", contactCentreRoutes());
  pages.route("/", statusRoutes());
  pages.route("/", homeVisitPageRoutes());
  pages.route("/", reportPageRoutes());
  pages.route("/", openDataPageRoutes());
  app.route("/:lang", pages);
  return app;
}
