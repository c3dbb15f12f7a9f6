import type { OpenAPIHono } from "@hono/zod-openapi";
import { DomainError } from "../../../domain/errors.ts";
import { MAX_ATTACHMENT_BYTES } from "../../../domain/file-type.ts";
import { uploadAttachment } from "../../../operations/upload-attachment.ts";
import type { AppEnv } from "../../context.ts";
import { requireUser } from "../../guards.ts";

/** Multipart overhead allowed on top of the file itself. */
const ENVELOPE = 64 * 1024;

/** `POST /attachments` (multipart `file`): PDF, JPEG or PNG ≤ 10 MB, type checked by content. */
export function attachmentRoutes(api: OpenAPIHono<AppEnv>) {
  api.post("/attachments", async (c) => {
    // The declared size is checked before anything is read; a body without one is bounded by
    // the application's request limit and the file by uploadAttachment. (The body may already
    // have been read by the input checks, so it cannot be wrapped in a counting stream here.)
    if (Number(c.req.header("content-length") ?? 0) > MAX_ATTACHMENT_BYTES + ENVELOPE) {
      throw new DomainError("payload_too_large", "attachment_too_large", [], { max: 10 });
    }
    const user = requireUser(c, ["citizen", "registrar", "operator", "executor", "head"]);
    const form = await c.req.parseBody().catch(() => {
      throw new DomainError("malformed", "malformed");
    });
    const file = form.file;
    if (!(file instanceof File))
      throw new DomainError("validation", "validation", [{ field: "file", code: "required" }]);
    const stored = await uploadAttachment(
      c.get("deps").db,
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      user.id,
      c.get("requestId"),
      c.get("deps").files,
    );
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
