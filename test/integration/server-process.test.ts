import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { spawnScript } from "../support/process.ts";

const dataDir = mkdtempSync(join(tmpdir(), "shagym-process-"));
after(() => rmSync(dataDir, { recursive: true, force: true }));

function start(port: number, env: Record<string, string> = {}) {
  return spawnScript("src/main.ts", {
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "info",
    IN_APP_JOBS: "0",
    DATABASE_URL: "",
    ...env,
  });
}

async function waitFor(url: string, child: ChildProcess, ms = 60_000): Promise<Response> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error("the server exited");
    try {
      return await fetch(url);
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`no answer from ${url}`);
}

describe("the server process (npm start)", () => {
  it("starts on the embedded database with the demo world, refuses a second process on the same DATA_DIR, and stops cleanly on SIGTERM", async () => {
    const port = 30_000 + (process.pid % 10_000);
    const server = start(port);
    try {
      const health = await waitFor(`http://127.0.0.1:${port}/api/v1/health`, server.child);
      assert.deepEqual(await health.json(), { status: "ok", database: "ok" });
      const signIn = await (await fetch(`http://127.0.0.1:${port}/kk/sign-in`)).text();
      assert.match(signIn, /900101300126/, "the demo accounts are listed");
      assert.ok(existsSync(join(dataDir, "shagym.lock")));

      const second = start(port + 1);
      const code = await second.exited;
      assert.notEqual(code, 0);
      assert.match(second.output(), /in use by process/);

      server.child.kill("SIGTERM");
      assert.equal(await server.exited, 0, server.output());
      assert.match(server.output(), /shutting down/);
      assert.equal(existsSync(join(dataDir, "shagym.lock")), false, "the lock is released");
    } finally {
      if (server.child.exitCode === null) server.child.kill("SIGKILL");
    }
  });

  it("refuses to start in production without SESSION_SECRET, naming the setting", async () => {
    const p = start(0, { NODE_ENV: "production", SESSION_SECRET: "" });
    assert.equal(await p.exited, 78);
    assert.match(p.output(), /SESSION_SECRET/);
  });
});
