import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import pg from "pg";
import { registrations } from "../../src/db/schema.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { apiAs, officeComplaint, validComplaint } from "../support/complaints.ts";

const skip = process.env.TEST_DATABASE_URL
  ? false
  : "PostgreSQL only: run by npm run test:pg (TEST_DATABASE_URL)";

/**
 * Database round trips of one request, counted at the driver: every `query` a pg client sends
 * (BEGIN, each statement, COMMIT) is one trip to the server. The bounds are today's counts, so
 * that a change adding trips fails here (issue 11: at most 6 per filing).
 *
 * A filing: the session look-up (which also reads the reference revision for the in-memory
 * organizations, services and calendar), BEGIN, the quota count with the attachments, one
 * statement writing the complaint, its clocks, event, audit row, chain head and notices, COMMIT;
 * with an Idempotency-Key the key is claimed first and its answer written in the same statement.
 * A read: the session, then the complaint with its registrations, linked complaints, clocks, log
 * and files in one statement (organizations from memory). The public status check: the lookup
 * counted (one statement), the registration by number (its check code compared before anything
 * else is read), then the status, answer term and marks in one statement. The talon: the session,
 * the view's one statement and the check code. The contact centre's
 * filing is a filing plus the caller's account by IIN; an office filing is also registered at
 * once, a staff step of its own: the complaint locked with its organization, the counter, the
 * answer clock, the registration, the status and the clocks it stops (one statement), then its
 * event as any step appends one (the chain's head locked, the notices' facts read, the event,
 * audit row, head and notices in one statement), and the answer read back.
 */
const BOUNDS = {
  filing: 5,
  keyedFiling: 6,
  read: 2,
  status: 3,
  talon: 3,
  contactCentre: 5,
  office: 14,
  staffPage: 8,
};

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

  it(`a filing takes at most ${BOUNDS.filing} round trips (${BOUNDS.keyedFiling} with a key), a complaint read at most ${BOUNDS.read} and a status check ${BOUNDS.status}`, async () => {
    const citizen = await apiAs(t, "900101300126");
    await citizen.post("/api/v1/complaints", validComplaint()); // caches warm, as in a running app
    const filing = await counted(() => citizen.post("/api/v1/complaints", validComplaint()));
    assert.equal(filing.res.status, 201);
    const answer = (await filing.res.json()) as { id: string; warnings: unknown };
    const read = await counted(() => citizen.get(`/api/v1/complaints/${answer.id}`));
    assert.equal(read.res.status, 200);
    const keyed = await counted(() =>
      citizen.post("/api/v1/complaints", validComplaint(), { "idempotency-key": "round-trips-1" }),
    );
    assert.equal(keyed.res.status, 201);
    const registered = await (await apiAs(t, "registrar.akmola-edu")).post(
      `/api/v1/complaints/${answer.id}/register`,
      {},
    );
    assert.equal(registered.status, 200);
    const { number } = ((await registered.json()) as { registration: { number: string } }).registration;
    const [reg] = await t.db.select().from(registrations).where(eq(registrations.number, number));
    const code = reg!.checkCode;
    await t.app.request(`/api/v1/status?${new URLSearchParams({ number, code })}`); // the reference cached
    const status = await counted(() =>
      t.app.request(`/api/v1/status?${new URLSearchParams({ number, code })}`),
    );
    assert.equal(status.res.status, 200);
    const talon = await counted(() => citizen.get(`/api/v1/complaints/${answer.id}/talon.pdf`));
    assert.equal(talon.res.status, 200);
    console.log(
      `# round trips: filing ${filing.trips}, with a key ${keyed.trips}, read ${read.trips}, status ${status.trips}, talon ${talon.trips}`,
    );
    assert.ok(filing.trips <= BOUNDS.filing, `a filing took ${filing.trips} round trips`);
    assert.ok(keyed.trips <= BOUNDS.keyedFiling, `a keyed filing took ${keyed.trips} round trips`);
    assert.ok(read.trips <= BOUNDS.read, `a read took ${read.trips} round trips`);
    assert.ok(status.trips <= BOUNDS.status, `a status check took ${status.trips} round trips`);
    assert.ok(talon.trips <= BOUNDS.talon, `a talon took ${talon.trips} round trips`);
    // The answer is made from what was written, not read back: it is what a read returns.
    const { warnings, ...view } = answer;
    assert.deepEqual(warnings, []);
    assert.deepEqual(view, await read.res.json());
    // The keyed answer was recorded with the filing: the same key answers it again, nothing new.
    const first = await keyed.res.json();
    const again = await citizen.post("/api/v1/complaints", validComplaint(), {
      "idempotency-key": "round-trips-1",
    });
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), first);
  });

  it(`the contact centre's filing takes at most ${BOUNDS.contactCentre} round trips, an office filing with its registration ${BOUNDS.office}, the staff page of a complaint ${BOUNDS.staffPage}`, async () => {
    const registrar = await apiAs(t, "registrar.akmola-edu");
    const operator = await apiAs(t, "operator.1414");
    const caller = officeComplaint();
    await registrar.post("/api/v1/office/complaints", officeComplaint());
    await operator.post("/api/v1/contact-centre/complaints", caller);
    const office = await counted(() => registrar.post("/api/v1/office/complaints", officeComplaint()));
    assert.equal(office.res.status, 201, await office.res.clone().text());
    const phoned = await counted(() => operator.post("/api/v1/contact-centre/complaints", caller));
    assert.equal(phoned.res.status, 201, await phoned.res.clone().text());
    // The registrar's page of that complaint: the session, the view (with the scope its forms
    // need), the log, the chain's check (events, audit rows, head), the holder's executors.
    const { id } = (await office.res.json()) as { id: string };
    const page = await counted(() => registrar.get(`/kk/staff/complaints/${id}`));
    assert.equal(page.res.status, 200);
    console.log(
      `# round trips: office ${office.trips}, contact centre ${phoned.trips}, staff page ${page.trips}`,
    );
    assert.ok(page.trips <= BOUNDS.staffPage, `the staff complaint page took ${page.trips} round trips`);
    assert.ok(
      phoned.trips <= BOUNDS.contactCentre,
      `a contact-centre filing took ${phoned.trips} round trips`,
    );
    assert.ok(office.trips <= BOUNDS.office, `an office filing took ${office.trips} round trips`);
  });
});
