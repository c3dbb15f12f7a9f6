import { Hono } from "hono";
import { t } from "../../i18n/index.ts";
import type { AppEnv } from "../context.ts";
import { requireUser } from "../guards.ts";
import { CabinetPage } from "./cabinet.tsx";
import { HomePage } from "./home.tsx";

export function portalRoutes() {
  const app = new Hono<AppEnv>();
  app.get("/", (c) => c.render(<HomePage />, { title: t(c.get("lang"), "home.title") }));
  app.get("/cabinet", (c) => {
    const user = requireUser(c);
    return c.render(<CabinetPage user={user} />, { title: t(c.get("lang"), "cabinet.title") });
  });
  return app;
}
