import type { OpenAPIHono } from "@hono/zod-openapi";
import { DomainError } from "../../../domain/errors.ts";
import type { AppEnv } from "../../context.ts";
import { requireUser } from "../../guards.ts";
import { storeUpload } from "../../middleware/multipart.ts";

/** `POST /attachments` (multipart `file`): PDF, JPEG or PNG ≤ 10 MB, type checked by content. */
export function attachmentRoutes(api: OpenAPIHono<AppEnv>) {
  api.post("/attachments", async (c) => {
    // The body was streamed by multipartBody: the 10 MB limit held while it was read.
    const user = requireUser(c, ["citizen", "registrar", "operator", "executor", "head"]);
    const form = await c.req.parseBody().catch(() => {
      throw new DomainError("malformed", "malformed");
    });
    const file = form.file;
    if (!(file instanceof File))
      throw new DomainError("validation", "validation", [{ field: "file", code: "required" }]);
    const stored = await storeUpload(c, file, user.id);
    return c.json(stored, 201);
  });
  api.openAPIRegistry.registerPath({
    method: "post",
    path: "/attachments",
    tags: ["complaints"],
    summary: "Upload an attachment (multipart field `file`): PDF, JPEG or PNG, at most 10 MB",
    responses: {
      201: { description: "Stored" },
      413: { description: "Too large" },
      415: { description: "Not PDF, JPEG or PNG" },
    },
  });
}
