import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  applicantChannels,
  deadlineAlerts,
  digest,
  nextAttemptDelayMs,
  ownContacts,
} from "../../src/domain/notices.ts";
import { calendar } from "./calendar-fixture.ts";

const d = (id: string, due: string) => ({
  id,
  complaintId: `c-${id}`,
  organizationId: "org",
  kind: "review",
  due,
});

describe("applicant channels", () => {
  it("always writes to the cabinet of an account holder, plus the chosen channel", () => {
    const base = { userId: "u1", email: "a@b.kz", phone: "+77011234567" };
    assert.deepEqual(
      applicantChannels({ ...base, notifyVia: "email" }).map((c) => c.channel),
      ["cabinet", "email"],
    );
    assert.deepEqual(
      applicantChannels({ ...base, notifyVia: "sms" }).map((c) => c.channel),
      ["cabinet", "sms"],
    );
    assert.deepEqual(
      applicantChannels({ ...base, notifyVia: "cabinet" }).map((c) => c.channel),
      ["cabinet"],
    );
  });

  it("reaches a paper applicant by e-mail when given, else by SMS", () => {
    assert.deepEqual(
      applicantChannels({ userId: null, notifyVia: "email", email: "x@y.kz", phone: "+7701" }),
      [{ channel: "email", recipient: "x@y.kz" }],
    );
    assert.deepEqual(applicantChannels({ userId: null, notifyVia: "email", email: null, phone: "+7701" }), [
      { channel: "sms", recipient: "+7701" },
    ]);
    assert.deepEqual(applicantChannels({ userId: null, notifyVia: "email", email: null, phone: null }), []);
  });
});

describe("deadline alerts on the real calendar", () => {
  it("is silent on weekends and holidays", () => {
    assert.deepEqual(deadlineAlerts(calendar, "2026-11-28", [d("a", "2026-11-30")]), []);
    assert.deepEqual(deadlineAlerts(calendar, "2026-03-23", [d("a", "2026-03-26")]), [], "Nauryz");
    assert.equal(digest(calendar, "2026-11-29", [d("a", "2026-11-30")]), null);
  });

  it("warns the working day before the last day, across a weekend and a holiday", () => {
    assert.deepEqual(
      deadlineAlerts(calendar, "2026-11-27", [d("a", "2026-11-30")]).map((a) => a.kind),
      ["one_day_left"],
    );
    // Tue 15 Dec 2026: Wed 16 Dec is Independence Day, so the next working day is Thu 17 Dec.
    assert.deepEqual(
      deadlineAlerts(calendar, "2026-12-15", [d("a", "2026-12-17")]).map((a) => a.kind),
      ["one_day_left"],
    );
    assert.deepEqual(deadlineAlerts(calendar, "2026-12-15", [d("a", "2026-12-16")]), []);
  });

  it("reports a missed term on the first working day after it", () => {
    assert.deepEqual(
      deadlineAlerts(calendar, "2026-11-30", [d("a", "2026-11-27")]).map((a) => a.kind),
      ["missed"],
    );
    assert.deepEqual(deadlineAlerts(calendar, "2026-12-01", [d("a", "2026-11-27")]), [], "only once");
  });

  it("builds the head's digest", () => {
    const g = digest(calendar, "2026-11-27", [
      d("a", "2026-11-27"),
      d("b", "2026-11-30"),
      d("c", "2026-11-20"),
    ]);
    assert.deepEqual([g?.today.length, g?.tomorrow.length, g?.overdue.length], [1, 1, 1]);
  });

  it("backs off 1, 5, 25 minutes", () => {
    assert.deepEqual([1, 2, 3].map(nextAttemptDelayMs), [60_000, 300_000, 1_500_000]);
  });
});

describe("ownContacts: only the applicant's own contacts are told", () => {
  const given = { email: "typed@example.org", phone: "+77000000001" };
  const account = { email: "account@example.kz", phone: "+77000000002" };
  it("portal: the account's, never what was typed into the form", () => {
    assert.deepEqual(ownContacts("portal", given, account), account);
    assert.deepEqual(ownContacts("portal", given, null), { email: null, phone: null });
  });
  it("office and contact centre: what the applicant gave there, else the account's", () => {
    for (const channel of ["office", "contact_centre"] as const) {
      assert.deepEqual(ownContacts(channel, given, account), given);
      assert.deepEqual(ownContacts(channel, { email: null, phone: null }, account), account);
    }
  });
});
