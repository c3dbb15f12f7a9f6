// Uploads on the embedded database: the attachment bytes go to the file store (not into a bytea
// written by PGlite on the main thread, which stalled the process 8–12 s per 10 MB upload), so
// /api/v1/health keeps answering while ten 10 MB uploads run against a real server process.
// The target is 200 ms; without streaming multipart parsing each 10 MB body is still
// parsed, copied and hashed in one piece (~0.1–0.2 s each here, back to back when they finish
// together): measured 0.6–0.8 s worst with curl, up to ~2 s when all ten bodies complete at once.
// This test guards a 5 s bound (the bytea path stalled 8–12 s per upload) and prints the
// measurement (see docs/reliability.md).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { bearerToken, type Spawned, spawnScript } from "../support/process.ts";

const dataDir = mkdtempSync(join(tmpdir(), "shagym-uploads-"));
const port = 45_000 + (process.pid % 10_000);
const base = `http://127.0.0.1:${port}`;
let server: Spawned;

before(async () => {
  server = spawnScript("src/main.ts", {
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    IN_APP_JOBS: "0",
    LOG_LEVEL: "warn",
    NODE_ENV: "development",
    DEMO_DATA: "1",
  });
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (server.child.exitCode !== null) throw new Error(`the server exited:\n${server.output()}`);
    if (
      await fetch(`${base}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the server did not start");
});
after(async () => {
  if (server.child.exitCode === null) {
    server.child.kill("SIGTERM");
    await server.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** A PDF just under the 10 MB limit, different for each `n`. */
function bigPdf(n: number): Uint8Array {
  const bytes = new Uint8Array(10 * 1024 * 1024 - 64 * 1024);
  bytes.set(new TextEncoder().encode(`%PDF-1.4\n% ${n}\n`));
  for (let i = 64; i < bytes.length; i += 4096) bytes[i] = (i / 4096 + n) % 251;
  return bytes;
}

describe("uploads on the embedded database do not stall other requests", () => {
  it("health keeps answering (worst < 5 s) while ten 10 MB uploads run; the bytes land in the file store", async () => {
    const token = await bearerToken(base, "900101300126");
    // The uploads come from other processes (curl), so that this one only asks for health.
    const paths = Array.from({ length: 10 }, (_, n) => join(dataDir, `scan-${n}.pdf`));
    for (const [n, path] of paths.entries()) writeFileSync(path, bigPdf(n));
    const upload = (n: number) => {
      const file = paths[n]!;
      const curl = spawn(
        "curl",
        [
          "-s",
          "-o",
          "/dev/null",
          "-w",
          "%{http_code}",
          "-H",
          `Authorization: Bearer ${token}`,
          "-F",
          `file=@${file};type=application/pdf`,
          `${base}/api/v1/attachments`,
        ],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      let status = "";
      curl.stdout.on("data", (c: Buffer) => {
        status += c.toString();
      });
      return new Promise<string>((resolve) => curl.on("exit", () => resolve(status)));
    };
    let uploading = true;
    const latencies: number[] = [];
    const probe = (async () => {
      while (uploading) {
        const started = performance.now();
        const res = await fetch(`${base}/api/v1/health`);
        latencies.push(performance.now() - started);
        assert.equal(res.status, 200);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const uploads = await Promise.all(Array.from({ length: 10 }, (_, n) => upload(n)));
    uploading = false;
    await probe;
    assert.deepEqual(uploads, Array(10).fill("201"));
    const worst = Math.max(...latencies);
    assert.ok(latencies.length >= 5, `health was asked ${latencies.length} times during the uploads`);
    console.log(
      `health during ten 10 MB uploads: worst ${Math.round(worst)} ms (${latencies.map(Math.round)})`,
    );
    assert.ok(
      worst < 5_000,
      `health took ${Math.round(worst)} ms during the uploads: ${latencies.map(Math.round)}`,
    );

    const stored = readdirSync(join(dataDir, "db", "shagym-files"), { recursive: true }).filter((f) =>
      /^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(String(f)),
    );
    assert.equal(stored.length, 10, "ten files in the store");
  });
});
