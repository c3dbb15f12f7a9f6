import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { type TestApp, testApp } from "../support/app.ts";
import { apiAs, validComplaint } from "../support/complaints.ts";

const skip = process.env.TEST_DATABASE_URL
  ? false
  : "PostgreSQL only: run by npm run test:pg (TEST_DATABASE_URL)";

/**
 * Database round trips of one request, counted at the driver: every `query` a pg client sends
 * (BEGIN, each statement, COMMIT) is one trip to the server. The bounds are today's counts, so
 * that a change adding trips fails here; the goal is 6 per filing (docs/performance.md).
 */
// 31 since the per-person filing quota (one indexed count) is checked in the filing transaction.
const BOUNDS = { filing: 31, read: 10 };

describe("database round trips per request (PostgreSQL)", { skip }, () => {
  let t: TestApp;
  let trips = 0;
  const query = pg.Client.prototype.query;
  before(async () => {
    // Patched before the pool makes its clients (each binds `query` once, when first checked out).
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      trips++;
      if (process.env.SHOW_TRIPS) {
        const [q] = args as [string | { text: string }];
        console.log(
          `# trip ${trips}: ${(typeof q === "string" ? q : q?.text)?.replace(/\s+/g, " ").slice(0, 140)}`,
        );
      }
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    t = await testApp();
  });
  after(async () => {
    pg.Client.prototype.query = query;
    await t.close();
  });

  const counted = async (run: () => Response | Promise<Response>) => {
    trips = 0;
    const res = await run();
    return { res, trips };
  };

  it(`a filing takes at most ${BOUNDS.filing} round trips and a complaint read at most ${BOUNDS.read}`, async () => {
    const citizen = await apiAs(t, "900101300126");
    await citizen.post("/api/v1/complaints", validComplaint()); // caches warm, as in a running app
    const filing = await counted(() => citizen.post("/api/v1/complaints", validComplaint()));
    assert.equal(filing.res.status, 201);
    const { id } = (await filing.res.json()) as { id: string };
    const read = await counted(() => citizen.get(`/api/v1/complaints/${id}`));
    assert.equal(read.res.status, 200);
    console.log(`# round trips: filing ${filing.trips}, read ${read.trips}`);
    assert.ok(filing.trips <= BOUNDS.filing, `a filing took ${filing.trips} round trips`);
    assert.ok(read.trips <= BOUNDS.read, `a read took ${read.trips} round trips`);
  });
});
