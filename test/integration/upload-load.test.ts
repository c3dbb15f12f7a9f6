// Uploads on the embedded database: multipart bodies are streamed (busboy; hashed and counted
// chunk by chunk, the 10 MB limit held while reading, at most two read at once with the others
// held back by TCP) and the bytes go to the file store, never into a bytea written by PGlite on
// the main thread (which stalled the process 8–12 s per upload). So /api/v1/health answers
// within 200 ms while ten 10 MB uploads from other processes (curl) run against a real server
// process, and the server's own event-loop delay (from /metrics) is printed.
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
const METRICS_TOKEN = "upload-load-metrics-token";

/** The server's event-loop delay since the previous scrape, in ms. */
async function loopDelay(): Promise<Record<string, number>> {
  const text = await (
    await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  const out: Record<string, number> = {};
  for (const [, stat, value] of text.matchAll(/^eventloop_delay_seconds\{stat="(\w+)"\} (\S+)$/gm))
    out[stat!] = Math.round(Number(value) * 1000);
  return out;
}

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
    METRICS_TOKEN: METRICS_TOKEN,
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
  it("health answers within 200 ms (p90) while ten 10 MB uploads run; the bytes land in the file store, none left staged", async () => {
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
      // "close", not "exit": the process can exit before its output has been read.
      return new Promise<string>((resolve) => curl.on("close", () => resolve(status)));
    };
    await loopDelay(); // from here on
    // The curl processes are started first: spawning them holds this process's event loop, and
    // a health answer waiting on it would be counted against the server.
    const running = Promise.all(Array.from({ length: 10 }, (_, n) => upload(n)));
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
    const uploads = await running;
    uploading = false;
    await probe;
    assert.deepEqual(uploads, Array(10).fill("201"));
    const worst = Math.max(...latencies);
    assert.ok(latencies.length >= 5, `health was asked ${latencies.length} times during the uploads`);
    const delay = await loopDelay();
    console.log(
      `health during ten 10 MB uploads: worst ${Math.round(worst)} ms (${latencies.map(Math.round)}); server event-loop delay p99 ${delay.p99} ms, max ${delay.max} ms`,
    );
    // Nine in ten answers within 200 ms, none over a second: on this shared 2-core machine the
    // ten curl processes compete with the server for the CPU, and the worst single answer
    // measured 84–265 ms over runs (docs/reliability.md); the bytea path took 8–12 s.
    const p90 = [...latencies].sort((a, b) => a - b)[Math.ceil(latencies.length * 0.9) - 1]!;
    assert.ok(p90 < 200, `health p90 ${Math.round(p90)} ms during the uploads: ${latencies.map(Math.round)}`);
    assert.ok(
      worst < 1000,
      `health took ${Math.round(worst)} ms during the uploads: ${latencies.map(Math.round)}`,
    );

    const stored = readdirSync(join(dataDir, "db", "shagym-files"), { recursive: true }).filter((f) =>
      /^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(String(f)),
    );
    assert.equal(stored.length, 10, "ten files in the store");
    assert.deepEqual(readdirSync(join(dataDir, "db", "shagym-files", "incoming")), [], "nothing left staged");
  });
});
