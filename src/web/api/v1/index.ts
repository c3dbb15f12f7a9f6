import { OpenAPIHono } from "@hono/zod-openapi";
import { DomainError } from "../../../domain/errors.ts";
import { negotiateLang } from "../../../i18n/index.ts";
import type { AppEnv } from "../../context.ts";
import { fieldIssues } from "../../validation.ts";
import { attachmentRoutes } from "./attachments.ts";
import { calendarRoutes } from "./calendar.ts";
import { catalogueRoutes } from "./catalogue.ts";
import { complaintRoutes } from "./complaints.ts";
import { contactCentreRoutes } from "./contact-centre.ts";
import { documentRoutes } from "./documents.ts";
import { healthRoutes } from "./health.ts";
import { homeVisitRoutes } from "./home-visits.ts";
import { openDataRoutes } from "./open-data.ts";
import { reportRoutes } from "./reports.ts";
import { sessionRoutes } from "./session.ts";
import { signatureRoutes } from "./signatures.ts";
import { statusRoutes } from "./status.ts";
import { workflowRoutes } from "./workflow.ts";

/** The JSON API under /api/v1, documented by its zod schemas. */
export function apiV1() {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new DomainError("validation", "validation", fieldIssues(result.error));
    },
  });
  api.use(async (c, next) => {
    c.set("lang", negotiateLang(undefined, c.req.header("accept-language")));
    await next();
  });
  healthRoutes(api);
  sessionRoutes(api);
  reportRoutes(api);
  openDataRoutes(api);
  attachmentRoutes(api);
  complaintRoutes(api);
  workflowRoutes(api);
  catalogueRoutes(api);
  calendarRoutes(api);
  documentRoutes(api);
  contactCentreRoutes(api);
  homeVisitRoutes(api);
  signatureRoutes(api);
  statusRoutes(api);
  return api;
}
