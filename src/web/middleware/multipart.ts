import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import type { ReadableStream as WebStream } from "node:stream/web";
import busboy from "busboy";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { FileStore, StagedFile } from "../../db/file-store.ts";
import { DomainError, type FieldIssue } from "../../domain/errors.ts";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "../../domain/file-type.ts";
import {
  type StoredAttachment,
  type Upload,
  type UploadContent,
  uploadAttachment,
} from "../../operations/upload-attachment.ts";
import type { AppEnv } from "../context.ts";
import { MAX_FIELD_CHARS, MAX_FIELDS } from "./input-limits.ts";
import { isMultipart, MAX_REQUEST_BYTES } from "./request-size.ts";

/**
 * A file of a multipart body, read as it arrived: written chunk by chunk to the file store's
 * staging (or, without a file store, kept as its chunks, never joined on the event loop), its
 * SHA-256 computed chunk by chunk, its first bytes (for the type) and `received` bytes. A file
 * over the limit kept nothing and has `received` above it. As a `File` it is empty: read it with
 * `uploadOf`.
 */
export class ReceivedFile extends File {
  constructor(
    name: string,
    readonly upload: Omit<Upload, "name">,
  ) {
    super([], name);
  }
}

/** Stores a posted file (every file of a multipart body is a `ReceivedFile`) for `ownerId`. */
export function storeUpload(c: Context<AppEnv>, file: File, ownerId: string): Promise<StoredAttachment> {
  if (!(file instanceof ReceivedFile)) throw new Error("a file not read by multipartBody");
  const { db, files, config, now } = c.get("deps");
  return uploadAttachment(
    db,
    { name: file.name, ...file.upload },
    { ownerId, now: now(), perHour: config.quotas.uploadsPerHour, files, requestId: c.get("requestId") },
  );
}

/**
 * A refused upload as an issue of the form's file `field` (kept with the status of its kind);
 * anything that is not a refusal — a fault, the database away — is thrown again.
 */
export function uploadIssue(error: unknown, field: string): { issue: FieldIssue; kind: DomainError["kind"] } {
  if (!(error instanceof DomainError) || error.kind === "internal" || error.kind === "unavailable")
    throw error;
  const own = error.fields[0];
  const code = own?.code ?? (error.kind === "payload_too_large" ? "attachment_too_large" : "invalid");
  const max = MAX_ATTACHMENT_BYTES / (1024 * 1024);
  return { issue: { field, code, params: { max, ...error.params, ...own?.params } }, kind: error.kind };
}

/** Files in one body (a paper complaint's scans, one at a time on the portal). */
const MAX_FILES = MAX_ATTACHMENTS;

/**
 * Multipart bodies read (and their files stored) at once by one process; the others wait with
 * their sockets unread, so that the senders are held back by TCP rather than every request
 * waiting behind ten uploads on a small machine.
 */
export const UPLOADS_AT_ONCE = 2;

const slots = (() => {
  let free = UPLOADS_AT_ONCE;
  const waiting: (() => void)[] = [];
  return {
    acquire: () =>
      free > 0 ? Promise.resolve(void free--) : new Promise<void>((resolve) => waiting.push(resolve)),
    release: () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
})();

/**
 * Reads `multipart/form-data` bodies as a stream (busboy): each file is hashed, counted and
 * written to the file store's staging as its chunks arrive and stops at MAX_ATTACHMENT_BYTES, so
 * no upload is parsed, copied or hashed in one piece on the event loop, nor held in memory whole.
 * The result is what `c.req.parseBody()` and `c.req.formData()` return afterwards (text fields as
 * strings, files as `ReceivedFile`); the CSRF and input checks read it from there. Staged files
 * that the route did not keep are removed when it is done. A body that is not valid multipart is
 * 400; more fields or files than allowed 413.
 */
export const multipartBody = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const type = c.req.header("content-type") ?? "";
    if (c.req.method !== "POST" || !isMultipart(type)) return next();
    if (Number(c.req.header("content-length") ?? 0) > MAX_REQUEST_BYTES)
      throw new DomainError("payload_too_large", "payload_too_large");
    // Under the Node server the body is read from the socket's own stream: through the web
    // stream adapters the buffered chunks were handed over in one long chain of microtasks,
    // which kept every other request waiting while ten uploads arrived.
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const body =
      incoming && !incoming.readableDidRead
        ? incoming
        : c.req.raw.body
          ? Readable.fromWeb(c.req.raw.body as WebStream)
          : null;
    const staged: StagedFile[] = [];
    await slots.acquire();
    try {
      const form = await readMultipart(body, type, c.get("deps").files, staged);
      // Hono keeps the parsed form as a promise there (its type says FormData).
      (c.req.bodyCache as { formData?: Promise<FormData> }).formData = Promise.resolve(form);
      return await next();
    } finally {
      slots.release();
      await Promise.all(staged.map((s) => s.discard()));
    }
  });

// busboy loads its multipart parser on first use (~80 ms through the TypeScript loader): at start-up,
// not while the first upload holds every other request.
busboy({ headers: { "content-type": "multipart/form-data; boundary=-" } });

/** Where one file's bytes go while it arrives. */
type Sink = { write(chunk: Buffer): Promise<void> | undefined; content(): UploadContent };

function memorySink(): Sink {
  const chunks: Uint8Array[] = [];
  return {
    write: (chunk) => void chunks.push(chunk),
    content: () => ({ chunks }),
  };
}

function stagedSink(file: StagedFile): Sink {
  return { write: (chunk) => file.write(chunk), content: () => ({ staged: file }) };
}

function readMultipart(
  body: Readable | null,
  type: string,
  files: FileStore | null,
  staged: StagedFile[],
): Promise<FormData> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": type },
        defParamCharset: "utf8",
        limits: {
          // Bytes: the longest field in characters, each up to four bytes in UTF-8.
          fieldSize: MAX_FIELD_CHARS * 4,
          fields: MAX_FIELDS,
          files: MAX_FILES,
          // One byte over: busboy reports the limit when a file reaches it, and 10 MB exactly is allowed.
          fileSize: MAX_ATTACHMENT_BYTES + 1,
        },
      });
    } catch {
      reject(new DomainError("malformed", "malformed"));
      return;
    }
    const form = new FormData();
    const pending: Promise<void>[] = [];
    const fail = (error: unknown) => {
      parser.removeAllListeners("close");
      body?.unpipe(parser);
      body?.resume();
      reject(error);
    };
    const malformed = () => fail(new DomainError("malformed", "malformed"));
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) {
        fail(
          new DomainError("validation", "validation", [
            { field: name, code: "too_long", params: { max: MAX_FIELD_CHARS } },
          ]),
        );
        return;
      }
      form.append(name, value);
    });
    parser.on("file", (name, stream, info) => {
      // Listened to at once: the limit may be reached while the staging opens.
      let tooLarge = false;
      stream.on("limit", () => {
        tooLarge = true;
      });
      const receiving = (async () => {
        const hash = createHash("sha256");
        let sink = memorySink();
        if (files) {
          const file = await files.stage();
          staged.push(file);
          sink = stagedSink(file);
        }
        let head = new Uint8Array(0);
        let received = 0;
        // Chunk by chunk, each written before the next is read (the sender waits, not memory).
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          received += chunk.byteLength;
          if (tooLarge) continue;
          if (head.byteLength < 16) head = Buffer.concat([head, chunk.subarray(0, 16)]).subarray(0, 16);
          hash.update(chunk);
          await sink.write(chunk);
        }
        // A file input left empty is sent as a part with no name and no bytes.
        if (!info.filename && received === 0) return;
        const size = tooLarge ? Math.max(received, MAX_ATTACHMENT_BYTES + 1) : received;
        form.append(
          name,
          new ReceivedFile(info.filename ?? "", {
            size,
            sha256: hash.digest("hex"),
            head,
            content: tooLarge ? { chunks: [] } : sink.content(),
          }),
        );
      })();
      // Its failure (a write to the staging) is the body's, reported when the body is done.
      receiving.catch(() => {});
      pending.push(receiving);
    });
    parser.on("fieldsLimit", () => fail(new DomainError("payload_too_large", "payload_too_large")));
    parser.on("filesLimit", () =>
      fail(
        new DomainError("payload_too_large", "payload_too_large", [
          { field: "file", code: "too_many_attachments", params: { max: MAX_FILES } },
        ]),
      ),
    );
    parser.on("partsLimit", () => fail(new DomainError("payload_too_large", "payload_too_large")));
    parser.on("error", malformed);
    parser.on("close", () => Promise.all(pending).then(() => resolve(form), fail));
    if (!body) {
      parser.end();
      return;
    }
    // A body without a declared length is counted as it comes.
    let total = 0;
    body.on("data", (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total <= MAX_REQUEST_BYTES) return;
      body.destroy();
      fail(new DomainError("payload_too_large", "payload_too_large"));
    });
    body.on("error", malformed);
    body.pipe(parser);
  });
}
