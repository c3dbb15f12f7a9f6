import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ORGANIZATION_KINDS } from "../../../domain/roles.ts";
import { listOrganizations, listServices, servicesOf } from "../../../queries/catalogue.ts";
import type { AppEnv } from "../../context.ts";
import { Problem } from "./schemas.ts";

const Names = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

const Organization = z
  .object({
    id: z.string(),
    kind: z.enum(ORGANIZATION_KINDS),
    name: Names,
    parentId: z.string().nullable(),
    regionCode: z.string().nullable(),
    address: Names.nullable(),
    phones: z.array(z.object({ raw: z.string(), e164: z.string().nullable(), note: z.string().optional() })),
    reviewingBodyId: z.string().nullable(),
  })
  .openapi("Organization");

const Service = z.object({ id: z.string(), code: z.string().nullable(), name: Names }).openapi("Service");

const invalid = {
  description: "Invalid query",
  content: { "application/problem+json": { schema: Problem } },
};

const organizationsRoute = createRoute({
  method: "get",
  path: "/organizations",
  tags: ["reference"],
  summary:
    "Organizations: providers, the State Corporation, akimats, quality and informatization authorities",
  request: {
    query: z.object({
      kind: z.enum(ORGANIZATION_KINDS).optional(),
      region: z
        .string()
        .regex(/^\d{1,9}$/)
        .optional()
        .openapi({ description: "KATO code prefix, e.g. 11 (Akmola Region)" }),
    }),
  },
  responses: {
    200: { description: "Organizations", content: { "application/json": { schema: z.array(Organization) } } },
    422: invalid,
  },
});

const servicesRoute = createRoute({
  method: "get",
  path: "/services",
  tags: ["reference"],
  summary: "Public services, optionally those a given body provides",
  request: { query: z.object({ providerId: z.string().max(100).optional() }) },
  responses: {
    200: { description: "Public services", content: { "application/json": { schema: z.array(Service) } } },
    422: invalid,
  },
});

/** Reference data for forms and integrations: `GET /organizations`, `GET /services` (public). */
export function catalogueRoutes(api: OpenAPIHono<AppEnv>) {
  api.openapi(organizationsRoute, async (c) => {
    const { kind, region } = c.req.valid("query");
    const list = await listOrganizations(c.get("deps").db, { kinds: kind ? [kind] : undefined, region });
    return c.json(list, 200);
  });

  api.openapi(servicesRoute, async (c) => {
    const { providerId } = c.req.valid("query");
    const db = c.get("deps").db;
    return c.json(providerId ? await servicesOf(db, providerId) : await listServices(db), 200);
  });
}
