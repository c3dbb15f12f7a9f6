import { type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { renderTalon } from "../../../documents/talon.ts";
import { notFound } from "../../../domain/errors.ts";
import { isLang, type Lang } from "../../../i18n/index.ts";
import { talonData } from "../../../queries/talon-data.ts";
import type { AppEnv } from "../../context.ts";
import { requireUser } from "../../guards.ts";

/** The public address the talon's QR code points at: PUBLIC_URL, never the request's Host. */
export function publicBase(c: Context<AppEnv>): string {
  return c.get("deps").config.publicUrl;
}

/**
 * The talon PDF of a complaint for whoever may see it (applicant, staff in scope, the operator
 * who took it): 404 when absent or not visible, 409 while not registered.
 */
export async function talonResponse(c: Context<AppEnv>, id: string, lang: Lang): Promise<Response> {
  const user = requireUser(c);
  const { db, now } = c.get("deps");
  const data = await talonData(db, id, user, now());
  if (!data) throw notFound();
  const pdf = await renderTalon(data, lang, publicBase(c));
  return c.body(new Uint8Array(pdf), 200, {
    "Content-Type": "application/pdf",
    "Content-Disposition": `attachment; filename="talon-${data.number}.pdf"`,
    "Cache-Control": "private, no-store",
    "Content-Language": lang,
  });
}

/** `GET /complaints/{id}/talon.pdf` (`?lang=` overrides Accept-Language). */
export function documentRoutes(api: OpenAPIHono<AppEnv>) {
  api.get("/complaints/:id/talon.pdf", (c) => {
    const asked = c.req.query("lang");
    return talonResponse(c, c.req.param("id"), isLang(asked) ? asked : c.get("lang"));
  });
  api.openAPIRegistry.registerPath({
    method: "get",
    path: "/complaints/{id}/talon.pdf",
    tags: ["complaints"],
    summary:
      "The talon (PDF): number, date and time, accepting official, term and place of the answer, QR code and check code; in the caller's language and Russian (or Kazakh)",
    request: {
      params: z.object({ id: z.string() }),
      query: z.object({ lang: z.enum(["kk", "ru", "en"]).optional() }),
    },
    responses: {
      200: {
        description: "The talon",
        content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
      },
      401: { description: "Not signed in" },
      404: { description: "Absent or not visible to the caller" },
      409: { description: "Not registered yet" },
    },
  });
}
