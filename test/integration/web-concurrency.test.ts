import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { validComplaint } from "../support/complaints.ts";
import { bearerToken, type Spawned, spawnScript } from "../support/process.ts";

const url = process.env.TEST_DATABASE_URL;
const skip = url ? false : "PostgreSQL only: run by npm run test:pg (TEST_DATABASE_URL)";

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`waited ${ms} ms for ${what}`);
}

describe("WEB_CONCURRENCY=2 on PostgreSQL: two web processes on one port", { skip }, () => {
  const name = `shagym_cluster_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  let app: Spawned;
  let base: string;

  before(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const dbUrl = new URL(url!);
    dbUrl.pathname = `/${name}`;
    const port = 42_000 + (process.pid % 10_000);
    base = `http://127.0.0.1:${port}`;
    app = spawnScript("src/main.ts", {
      DATABASE_URL: dbUrl.toString(),
      WEB_CONCURRENCY: "2",
      PORT: String(port),
      HOST: "127.0.0.1",
      IN_APP_JOBS: "0",
      // Twenty filings by one citizen at once.
      FILINGS_PER_HOUR: "1000",
    });
    await until("both web processes", async () =>
      /web processes started/.test(app.output()) && (await fetch(`${base}/api/v1/health`)).ok
        ? true
        : undefined,
    );
  });

  after(async () => {
    if (app && app.child.exitCode === null) app.child.kill("SIGKILL");
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it("serves from two processes, files concurrently without duplicate numbers, and stops both on SIGTERM", async () => {
    const children = execFileSync("pgrep", ["-P", String(app.child.pid), "-f", "src/main.ts"])
      .toString()
      .trim()
      .split("\n");
    assert.equal(children.length, 2, "two web processes under the primary");

    const registrar = await bearerToken(base, "registrar.akmola-edu");
    const citizen = await bearerToken(base, "900101300126");
    const post = (path: string, token: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const filed = await Promise.all(
      Array.from({ length: 20 }, () => post("/api/v1/complaints", citizen, validComplaint())),
    );
    assert.deepEqual(
      filed.map((r) => r.status),
      Array(20).fill(201),
    );
    const ids = await Promise.all(filed.map(async (r) => ((await r.json()) as { id: string }).id));
    const registered = await Promise.all(
      ids.map((id) => post(`/api/v1/complaints/${id}/register`, registrar, {})),
    );
    assert.deepEqual(
      registered.map((r) => r.status),
      Array(20).fill(200),
    );
    const numbers = await Promise.all(
      registered.map(
        async (r) => ((await r.json()) as { registration: { number: string } }).registration.number,
      ),
    );
    assert.equal(new Set(numbers).size, 20, "no number given twice");

    app.child.kill("SIGTERM");
    assert.equal(await app.exited, 0, app.output());
  });
});
