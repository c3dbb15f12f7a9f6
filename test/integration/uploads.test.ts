// Streamed uploads with the file store (as on the embedded database): each file is written to
// the store's staging as it arrives, kept under its SHA-256 when its row is written, and removed
// whenever the request ends otherwise — too large, refused by CSRF, a wrong type.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { createFileStore } from "../../src/db/file-store.ts";
import { attachments } from "../../src/db/schema.ts";
import { MAX_ATTACHMENT_BYTES } from "../../src/domain/file-type.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs } from "../support/complaints.ts";

const root = mkdtempSync(join(tmpdir(), "shagym-store-"));
let t: TestApp;
before(async () => {
  t = await testApp({}, { files: createFileStore(root) });
});
after(async () => {
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

const staged = () => readdirSync(join(root, "incoming"));
const rows = async () => (await t.db.select({ id: attachments.id }).from(attachments)).length;

/** A PDF of `size` bytes, different for each `n`. */
function pdf(size: number, n = 0): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode(`%PDF-1.4\n% ${n}\n`));
  return bytes;
}

describe("streamed uploads into the file store", () => {
  it("a file is stored under its SHA-256 (bytes as sent), the row keeps no bytes, nothing stays staged", async () => {
    const citizen = await apiAs(t, "900101300126");
    const bytes = pdf(3 * 1024 * 1024 + 17, 1);
    const res = await citizen.upload("scan.pdf", bytes);
    assert.equal(res.status, 201);
    const { id, sha256, size } = (await res.json()) as { id: string; sha256: string; size: number };
    assert.equal(sha256, createHash("sha256").update(bytes).digest("hex"));
    assert.equal(size, bytes.byteLength);
    assert.deepEqual(new Uint8Array(readFileSync(join(root, sha256.slice(0, 2), sha256))), bytes);
    const [row] = await t.db.select().from(attachments).where(eq(attachments.id, id));
    assert.equal(row?.content, null);
    assert.deepEqual(staged(), []);
    // The same bytes again: a second row, one file.
    assert.equal((await citizen.upload("again.pdf", bytes)).status, 201);
    assert.equal(readdirSync(join(root, sha256.slice(0, 2))).filter((f) => f === sha256).length, 1);
  });

  it("a file over 10 MB is refused while it is read (413), no row, nothing staged", async () => {
    const citizen = await apiAs(t, "900101300126");
    const before = await rows();
    const res = await citizen.upload("big.pdf", pdf(MAX_ATTACHMENT_BYTES + 1, 2));
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as { code: string }).code, "attachment_too_large");
    assert.equal(await rows(), before);
    assert.deepEqual(staged(), []);
  });

  it("a file that is not PDF, JPEG or PNG (415) and a form with a forged CSRF token (403) leave nothing staged", async () => {
    const citizen = await apiAs(t, "900101300126");
    assert.equal((await citizen.upload("x.pdf", new TextEncoder().encode("MZ not a pdf"))).status, 415);
    const client = new Client(t.app);
    await client.signIn("900101300126");
    await client.get("/kk/complaints/new");
    const start = await client.postForm("/kk/complaints/new", {});
    const draft = /\/complaints\/new\/([0-9a-f-]{36})\//.exec(start.headers.get("location") ?? "")?.[1];
    assert.ok(draft, "a draft");
    const form = new FormData();
    form.set("_csrf", "forged");
    form.set("file", new File([new Uint8Array(pdf(1024 * 1024, 3))], "a.pdf", { type: "application/pdf" }));
    const before = await rows();
    const res = await client.request(`/kk/complaints/new/${draft}/attachments`, {
      method: "POST",
      body: form,
    });
    assert.equal(res.status, 403);
    assert.equal(await rows(), before);
    assert.deepEqual(staged(), []);
  });
});
