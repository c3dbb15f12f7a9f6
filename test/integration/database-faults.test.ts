// The app and the worker against PostgreSQL through a TCP proxy this test controls: their
// backends are terminated, then the database is paused; both processes live on, requests fail
// fast with 503 during the outage and succeed after it, and no acknowledged complaint is lost.
// PostgreSQL only: `npm run test:pg` (the embedded database has no connection to lose).
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { type AddressInfo, connect, createServer, type Server, type Socket } from "node:net";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { validComplaint } from "../support/complaints.ts";
import { bearerToken, type Spawned, spawnScript as spawnProcess } from "../support/process.ts";

const url = process.env.TEST_DATABASE_URL;
const skip = url ? false : "PostgreSQL only: run by npm run test:pg (TEST_DATABASE_URL)";

/**
 * A TCP proxy to PostgreSQL on 127.0.0.1. `pause()` stops it forwarding in both directions and
 * holds new connections unanswered (a stalled server); `resume()` lets everything through again.
 */
async function startProxy(target: { host: string; port: number }) {
  let paused = false;
  const pairs = new Set<[Socket, Socket]>();
  const held: Socket[] = [];
  const link = (client: Socket) => {
    const upstream = connect(target.port, target.host);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
  };
  const server: Server = createServer((client) => {
    if (paused) {
      client.on("error", () => {});
      held.push(client);
    } else link(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    pause() {
      paused = true;
      for (const [a, b] of pairs) {
        a.pause();
        b.pause();
      }
    },
    resume() {
      paused = false;
      for (const [a, b] of pairs) {
        a.resume();
        b.resume();
      }
      for (const client of held.splice(0)) if (!client.destroyed) link(client);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const [a, b] of pairs) {
          a.destroy();
          b.destroy();
        }
        for (const client of held) client.destroy();
        server.close(() => resolve());
      }),
  };
}

const spawnScript = (script: string, env: Record<string, string>) =>
  spawnProcess(script, { LOG_LEVEL: "info", NODE_ENV: "development", DEMO_DATA: "1", ...env });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function timed(input: string, init: RequestInit = {}) {
  const started = performance.now();
  const res = await fetch(input, { ...init, signal: AbortSignal.timeout(15_000) });
  const body = await res.text();
  return { res, body, ms: performance.now() - started };
}

describe("database faults on PostgreSQL (app and worker through a TCP proxy)", { skip }, () => {
  const name = `shagym_fault_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let app: Spawned;
  let worker: Spawned;
  let base: string;
  let dbUrl: URL;

  before(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const direct = new URL(url!);
    proxy = await startProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    dbUrl = new URL(url!);
    dbUrl.pathname = `/${name}`;
    const viaProxy = new URL(dbUrl);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    const port = 40_000 + (process.pid % 10_000);
    base = `http://127.0.0.1:${port}`;
    const env = {
      DATABASE_URL: viaProxy.toString(),
      DB_CONNECT_TIMEOUT_MS: "1000",
      DB_STATEMENT_TIMEOUT_MS: "1500",
      HEALTH_TIMEOUT_MS: "500",
      // The load is one citizen filing many complaints in a minute.
      FILINGS_PER_HOUR: "100000",
    };
    app = spawnScript("src/main.ts", { ...env, PORT: String(port), HOST: "127.0.0.1", IN_APP_JOBS: "0" });
    await until("the app", async () => ((await fetch(`${base}/api/v1/health`)).ok ? true : undefined));
    worker = spawnScript("src/worker.ts", env);
    await until("the worker", async () => (/worker started/.test(worker.output()) ? true : undefined));
  });

  after(async () => {
    for (const p of [app, worker]) if (p && p.child.exitCode === null) p.child.kill("SIGKILL");
    await proxy?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it("lives through terminated backends and a paused database; fails fast while it is away; loses nothing acknowledged", async () => {
    const token = await bearerToken(base, "900101300126");
    const file = () =>
      timed(`${base}/api/v1/complaints`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(validComplaint()),
      });

    // Load: three clients filing complaints all along.
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let loading = true;
    const client = async () => {
      while (loading) {
        const { res, body } = await file().catch(() => ({ res: null, body: "" }));
        const status = res?.status ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 201) acknowledged.push((JSON.parse(body) as { id: string }).id);
        else await sleep(50);
      }
    };
    const load = Promise.all([client(), client(), client()]);
    await sleep(1_500);

    // 1. Every backend of the app and the worker is terminated.
    const { rows } = await admin.query<{ pid: number }>(
      "SELECT pg_terminate_backend(pid) AS done, pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [name],
    );
    assert.ok(rows.length > 0, "the processes had connections to terminate");
    const afterTerminate = await until("a complaint filed after the terminations", async () => {
      const r = await file();
      return r.res.status === 201 ? r : undefined;
    });
    assert.equal(afterTerminate.res.status, 201);
    await sleep(1_000);

    // 2. The database stalls: health says so within its own timeout, then requests fail fast.
    proxy.pause();
    const health = await until("health to report the outage", async () => {
      const r = await timed(`${base}/api/v1/health`);
      return r.res.status === 503 ? r : undefined;
    });
    assert.ok(health.ms < 1_500, `health answered in ${Math.round(health.ms)} ms`);
    await sleep(1_500);
    const refused = await file();
    assert.equal(refused.res.status, 503, refused.body);
    assert.ok(refused.ms < 300, `a request during the outage took ${Math.round(refused.ms)} ms`);
    assert.equal(refused.res.headers.get("retry-after"), "5");
    assert.match(refused.res.headers.get("content-type") ?? "", /application\/problem\+json/);
    assert.equal((JSON.parse(refused.body) as { code: string }).code, "unavailable");
    const page = await timed(`${base}/ru/sign-in`);
    assert.equal(page.res.status, 503);
    assert.ok(page.res.headers.get("retry-after"));
    assert.match(page.body, /<!DOCTYPE html>/i);
    assert.match(page.body, /Сервис временно недоступен/);
    const quick = await timed(`${base}/api/v1/health`);
    assert.equal(quick.res.status, 503);
    assert.ok(quick.ms < 300, `health during the outage took ${Math.round(quick.ms)} ms`);
    await sleep(2_000);

    // 3. The database is back: both processes recover without a restart.
    proxy.resume();
    await until("health to recover", async () =>
      (await fetch(`${base}/api/v1/health`)).status === 200 ? true : undefined,
    );
    const again = await file();
    assert.equal(again.res.status, 201, again.body);
    acknowledged.push((JSON.parse(again.body) as { id: string }).id);
    acknowledged.push((JSON.parse(afterTerminate.body) as { id: string }).id);
    await sleep(1_500);
    loading = false;
    await load;

    assert.equal(app.child.exitCode, null, `the app lives on:\n${app.output().slice(-2000)}`);
    assert.equal(worker.child.exitCode, null, `the worker lives on:\n${worker.output().slice(-2000)}`);
    const unexpected = [...statuses.keys()].filter((s) => s !== 201 && s !== 503);
    assert.deepEqual(unexpected, [], `only 201 or 503: ${JSON.stringify([...statuses])}`);
    assert.ok((statuses.get(201) ?? 0) > 5, JSON.stringify([...statuses]));
    assert.match(app.output(), /database is back/);

    // Nothing acknowledged is lost.
    const check = new pg.Client({ connectionString: dbUrl.toString() });
    await check.connect();
    try {
      const found = await check.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM complaints WHERE id = ANY($1::uuid[])",
        [acknowledged],
      );
      assert.equal(found.rows[0]!.n, new Set(acknowledged).size);
      // The worker works again: the notices of the acknowledged complaints leave the outbox (a notice
      // whose send failed during the outage is retried a minute later, so allow for a retry round).
      await until(
        "the worker to drain the outbox",
        async () => {
          const { rows } = await check.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM outbox
              WHERE (status = 'pending' AND next_attempt_at < now())
                 OR (status = 'sending' AND claimed_until < now())`,
          );
          return rows[0]!.n === 0 ? true : undefined;
        },
        120_000,
      );
    } finally {
      await check.end();
    }

    // Both stop cleanly.
    app.child.kill("SIGTERM");
    worker.child.kill("SIGTERM");
    assert.equal(await app.exited, 0, app.output().slice(-2000));
    assert.equal(await worker.exited, 0, worker.output().slice(-2000));
  });

  it("a port already in use ends the start with one clear line and a non-zero exit", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const second = spawnScript("src/main.ts", {
        DATABASE_URL: dbUrl.toString(),
        PORT: String(port),
        HOST: "127.0.0.1",
        IN_APP_JOBS: "0",
      });
      assert.equal(await second.exited, 1);
      const fatal = second
        .output()
        .split("\n")
        .filter((l) => /"level":60/.test(l));
      assert.equal(fatal.length, 1, second.output());
      assert.match(fatal[0]!, new RegExp(`port ${port} on 127.0.0.1 is already in use`));
    } finally {
      blocker.close();
    }
  });
});
