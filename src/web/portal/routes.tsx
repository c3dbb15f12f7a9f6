import { Hono } from "hono";
import { localDate } from "../../domain/time.ts";
import { t } from "../../i18n/index.ts";
import { listComplaints } from "../../queries/complaint-list.ts";
import { openDrafts } from "../../queries/drafts.ts";
import type { AppEnv } from "../context.ts";
import { requireUser } from "../guards.ts";
import { CabinetPage, CitizenCabinetPage } from "./cabinet.tsx";
import { escalationRoutes } from "./complaints/escalate-routes.tsx";
import { complaintPortalRoutes } from "./complaints/routes.tsx";
import { withdrawRoutes } from "./complaints/withdraw-routes.tsx";
import { HelpPage } from "./help.tsx";
import { HomePage } from "./home.tsx";

export function portalRoutes() {
  const app = new Hono<AppEnv>();
  app.get("/", (c) => c.render(<HomePage />, { title: t(c.get("lang"), "home.title") }));
  app.get("/help", (c) => c.render(<HelpPage />, { title: t(c.get("lang"), "help.title") }));
  app.get("/cabinet", async (c) => {
    const user = requireUser(c);
    // Staff of an organization work from their inbox.
    if (user.kind === "staff" && ["registrar", "executor", "head"].includes(user.role))
      return c.redirect(`/${c.get("lang")}/staff`, 303);
    const title = t(c.get("lang"), "cabinet.title");
    if (user.role !== "citizen") return c.render(<CabinetPage user={user} />, { title });
    const { db, now } = c.get("deps");
    const [list, drafts] = await Promise.all([
      listComplaints(db, user, { page: 1, pageSize: 50, today: localDate(now()) }),
      openDrafts(db, user.id),
    ]);
    return c.render(<CitizenCabinetPage user={user} list={list} drafts={drafts} />, {
      title,
    });
  });
  app.route("/", complaintPortalRoutes());
  app.route("/", escalationRoutes());
  app.route("/", withdrawRoutes());
  return app;
}
