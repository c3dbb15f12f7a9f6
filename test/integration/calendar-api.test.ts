import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import { auditEvents, calendarYears } from "../../src/db/schema.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

type Calculation = {
  receivedOn: string;
  registeredOn: string;
  deadline: string;
  workingDays: number;
  skipped: { date: string; reason: string; kind: string }[];
  calendarVersion: string;
  provisional: boolean;
  basis: { code: string; text: string } | null;
};
type Problem = { status: number; code: string; errors?: { field: string; code: string; message: string }[] };
type Day = {
  date: string;
  working: boolean;
  kind: string;
  name: string;
  source: string;
  provisional: boolean;
};

const get = (path: string, lang = "ru") => t.app.request(path, { headers: { "accept-language": lang } });

async function deadline(from: string, workingDays: number | string, lang = "ru"): Promise<Calculation> {
  const res = await get(`/api/v1/calendar/deadline?from=${from}&workingDays=${workingDays}`, lang);
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as Calculation;
}

async function problem(res: Response): Promise<Problem> {
  assert.match(res.headers.get("content-type") ?? "", /application\/problem\+json/);
  return (await res.json()) as Problem;
}

/** A client holding a bearer token of a demo account. */
async function as(login: string) {
  const res = await new Client(t.app).postJson("/api/v1/session", { login, password: "demo" });
  const { token } = (await res.json()) as { token: string };
  return (path: string, method: string, body?: unknown, lang = "en") =>
    t.app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        "accept-language": lang,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

const dayBody = (over: Record<string, unknown> = {}) => ({
  working: false,
  kind: "holiday",
  name: { kk: "Сынақ мерекесі", ru: "Тестовый праздник", en: "Test holiday" },
  source: "Order of the Minister of Labour No. 1 (test)",
  reason: "integration test",
  ...over,
});

describe("GET /api/v1/calendar/deadline", () => {
  it("reproduces every example of legal.md", async () => {
    for (const [from, n, registeredOn, due] of [
      ["2024-12-27", 5, "2024-12-27", "2025-01-08"],
      ["2024-05-03", 5, "2024-05-03", "2024-05-14"],
      ["2025-01-03", 5, "2025-01-05", "2025-01-13"],
      ["2025-03-20", 3, "2025-03-20", "2025-03-28"],
      ["2025-04-30", 15, "2025-04-30", "2025-05-26"],
    ] as const) {
      const d = await deadline(from, n);
      assert.deepEqual(
        [d.receivedOn, d.registeredOn, d.deadline, d.workingDays],
        [from, registeredOn, due, n],
        `${from} + ${n}`,
      );
      assert.equal(d.provisional, false);
      assert.match(d.calendarVersion, /^kz-[0-9a-f]{8}$/);
    }
  });

  it("lists every skipped day with its reason in the language asked", async () => {
    const ru = await deadline("2024-12-27", 5, "ru");
    assert.deepEqual(
      ru.skipped.map((s) => `${s.date} ${s.kind} ${s.reason}`),
      [
        "2024-12-28 weekend Суббота — выходной день",
        "2024-12-29 weekend Воскресенье — выходной день",
        "2025-01-01 holiday Новый год",
        "2025-01-02 holiday Новый год",
        "2025-01-03 transfer Выходной день (перенесён с воскресенья 5 января)",
        "2025-01-04 weekend Суббота — выходной день",
        "2025-01-07 religious Православное Рождество",
      ],
    );
    const en = await deadline("2024-12-27", 5, "en");
    assert.equal(en.skipped[2]?.reason, "New Year");
    const kk = await deadline("2024-12-27", 5, "kk");
    assert.equal(kk.skipped[2]?.reason, "Жаңа жыл");
    assert.ok(!ru.skipped.some((s) => s.date === "2025-01-05"), "the working Sunday counts");
  });

  it("gives the legal basis of the usual terms only", async () => {
    const basis = async (n: number) => (await deadline("2025-04-30", n, "en")).basis;
    assert.equal((await basis(3))?.code, "appc-91-4");
    assert.equal((await basis(5))?.code, "ps-25-2");
    assert.equal((await basis(15))?.code, "ps-25-3");
    assert.match((await basis(15))?.text ?? "", /art\. 25 p\. 3/);
    assert.equal(await basis(7), null);
    const zero = await deadline("2025-01-03", 0);
    assert.equal(zero.deadline, "2025-01-05", "0 working days: the registration day itself");
  });

  it("flags a term over a projected year as provisional", async () => {
    const d = await deadline("2027-12-27", 5);
    assert.equal(d.provisional, true);
    assert.equal(d.deadline, "2028-01-05");
    assert.equal((await deadline("2026-12-28", 3)).provisional, false);
  });

  it("answers 422 problem+json naming the field", async () => {
    const cases: [string, string[]][] = [
      ["from=2025-02-30&workingDays=5", ["from"]],
      ["from=30.04.2025&workingDays=5", ["from"]],
      ["from=2025-04-30&workingDays=-1", ["workingDays"]],
      ["from=2025-04-30&workingDays=367", ["workingDays"]],
      ["from=2025-04-30&workingDays=2.5", ["workingDays"]],
      ["from=2025-04-30&workingDays=five", ["workingDays"]],
      ["workingDays=5", ["from"]],
      ["from=2025-04-30", ["workingDays"]],
      ["", ["from", "workingDays"]],
      ["from=2099-01-01&workingDays=5", ["from"]],
      ["from=2040-12-20&workingDays=30", ["workingDays"]],
    ];
    for (const [query, fields] of cases) {
      const res = await get(`/api/v1/calendar/deadline?${query}`, "en");
      assert.equal(res.status, 422, query);
      const body = await problem(res);
      assert.equal(body.code, "validation");
      assert.deepEqual(body.errors?.map((e) => e.field).sort(), fields, query);
      for (const e of body.errors ?? []) assert.ok(e.message && !e.message.startsWith("field."), e.message);
    }
    const ru = await problem(await get("/api/v1/calendar/deadline?from=2025-02-30&workingDays=400", "ru"));
    assert.deepEqual(
      ru.errors?.map((e) => e.message),
      [
        "Введите существующую дату в виде ГГГГ-ММ-ДД, например 2025-04-30",
        "Введите число рабочих дней — целое число от 0 до 366",
      ],
    );
  });
});

describe("GET /api/v1/calendar/{year}", () => {
  it("lists only the exceptions to Monday–Friday, named in the language asked", async () => {
    const res = await get("/api/v1/calendar/2025", "ru");
    assert.equal(res.status, 200);
    const body = (await res.json()) as { year: number; projected: boolean; workingDays: number; days: Day[] };
    assert.equal(body.year, 2025);
    assert.equal(body.projected, false);
    assert.equal(body.workingDays, 246);
    assert.equal(body.days.length, 17);
    assert.deepEqual(body.days[0], {
      date: "2025-01-01",
      working: false,
      kind: "holiday",
      name: "Новый год",
      source: body.days[0]!.source,
      provisional: false,
    });
    assert.deepEqual(
      body.days.filter((d) => d.working).map((d) => [d.date, d.kind]),
      [["2025-01-05", "working_day"]],
    );
    const kk = (await (await get("/api/v1/calendar/2025", "kk")).json()) as { days: Day[] };
    assert.equal(kk.days.find((d) => d.date === "2025-06-06")?.name, "Құрбан айт");
    const y2024 = (await (await get("/api/v1/calendar/2024", "en")).json()) as { days: Day[] };
    assert.ok(y2024.days.some((d) => d.date === "2024-05-04" && d.working && d.name));
  });

  it("projects a year without data and flags it", async () => {
    const body = (await (await get("/api/v1/calendar/2031", "en")).json()) as {
      projected: boolean;
      days: Day[];
    };
    assert.equal(body.projected, true);
    assert.ok(body.days.length > 0 && body.days.every((d) => d.provisional));
  });

  it("answers 422 naming the year outside the calendar or not a year", async () => {
    for (const year of ["2014", "2041", "2099", "0000", "20x5", "12345"]) {
      const res = await get(`/api/v1/calendar/${year}`, "en");
      assert.equal(res.status, 422, year);
      assert.deepEqual(
        (await problem(res)).errors?.map((e) => e.field),
        ["year"],
      );
    }
  });
});

describe("PUT and DELETE /api/v1/calendar/days/{date}", () => {
  it("refuses anonymous callers (401) and other roles (403)", async () => {
    const anonymous = await t.app.request("/api/v1/calendar/days/2026-12-02", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(dayBody()),
    });
    assert.equal(anonymous.status, 401);
    for (const login of ["900101300126", "head.akmola-edu"]) {
      const call = await as(login);
      assert.equal((await call("/api/v1/calendar/days/2026-12-02", "PUT", dayBody())).status, 403, login);
      assert.equal(
        (await call("/api/v1/calendar/days/2025-01-01?reason=x&source=y", "DELETE")).status,
        403,
        login,
      );
    }
    const y = (await (await get("/api/v1/calendar/2026")).json()) as { days: Day[] };
    assert.ok(!y.days.some((d) => d.date === "2026-12-02"));
  });

  it("sets a day, audits it with before/after, reason and source; DELETE removes it", async () => {
    const admin = await as("admin");
    const put = await admin("/api/v1/calendar/days/2026-12-02", "PUT", dayBody());
    assert.equal(put.status, 200, await put.clone().text());
    const body = (await put.json()) as {
      day: Day & { name: Record<string, string> };
      before: unknown;
      change: { calendarVersion: string };
    };
    assert.equal(body.day.date, "2026-12-02");
    assert.deepEqual(body.day.name, dayBody().name);
    assert.equal(body.before, null);
    const listed = (await (await get("/api/v1/calendar/2026", "en")).json()) as {
      workingDays: number;
      days: Day[];
    };
    assert.equal(listed.workingDays, 245);
    assert.equal(listed.days.find((d) => d.date === "2026-12-02")?.name, "Test holiday");
    const after = await deadline("2026-12-01", 1);
    assert.equal(after.deadline, "2026-12-03");
    assert.equal(after.calendarVersion, body.change.calendarVersion);

    const [setEvent] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "calendar.day_set"), eq(auditEvents.entityId, "2026-12-02")));
    assert.ok(setEvent);
    assert.equal(setEvent.entityType, "calendar_day");
    assert.ok(setEvent.actorId);
    assert.equal(setEvent.data.reason, "integration test");
    assert.equal(setEvent.data.source, dayBody().source);
    assert.equal(setEvent.data.before, null);
    assert.equal((setEvent.data.after as { kind: string }).kind, "holiday");

    const changed = await admin(
      "/api/v1/calendar/days/2026-12-02",
      "PUT",
      dayBody({ kind: "transfer", provisional: true, reason: "moved by order" }),
    );
    assert.equal(changed.status, 200);
    assert.equal(((await changed.json()) as { before: { kind: string } }).before.kind, "holiday");

    const del = await admin("/api/v1/calendar/days/2026-12-02", "DELETE", {
      reason: "order revoked",
      source: "Order No. 2 (test)",
    });
    assert.equal(del.status, 200, await del.clone().text());
    assert.equal(((await del.json()) as { removed: Day }).removed.kind, "transfer");
    const [removed] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "calendar.day_removed"), eq(auditEvents.entityId, "2026-12-02")));
    assert.ok(removed);
    assert.equal(removed.data.reason, "order revoked");
    assert.equal(removed.data.source, "Order No. 2 (test)");
    assert.equal(removed.data.after, null);
    assert.equal((await deadline("2026-12-01", 1)).deadline, "2026-12-02");

    const again = await admin("/api/v1/calendar/days/2026-12-02?reason=x&source=y", "DELETE");
    assert.equal(again.status, 404);
    assert.equal((await problem(again)).code, "calendar_day_not_found");
  });

  it("takes the reason and source of a DELETE from the query too", async () => {
    const admin = await as("admin");
    assert.equal((await admin("/api/v1/calendar/days/2026-12-03", "PUT", dayBody())).status, 200);
    const del = await admin("/api/v1/calendar/days/2026-12-03?reason=typo&source=none", "DELETE");
    assert.equal(del.status, 200);
    const missing = await admin("/api/v1/calendar/days/2025-01-01", "DELETE");
    assert.equal(missing.status, 422);
    assert.deepEqual((await problem(missing)).errors?.map((e) => e.field).sort(), ["reason", "source"]);
  });

  it("answers 422 naming the field for impossible or inconsistent days", async () => {
    const admin = await as("admin");
    const cases: [string, Record<string, unknown>, string[]][] = [
      ["2025-02-30", dayBody(), ["date"]],
      ["2050-01-03", dayBody(), ["date"]],
      ["2026-12-05", dayBody(), ["kind"]], // a Saturday is already a day off
      ["2026-12-04", dayBody({ working: true, kind: "working_day" }), ["kind"]], // a Friday already works
      ["2026-12-04", dayBody({ working: true }), ["working"]],
      ["2026-12-04", dayBody({ kind: "feast" }), ["kind"]],
      ["2026-12-04", dayBody({ reason: " " }), ["reason"]],
      ["2026-12-04", dayBody({ name: { kk: "а", ru: "б" } }), ["name.en"]],
      ["2026-12-04", { working: false }, ["kind", "name", "reason", "source"]],
    ];
    for (const [date, body, fields] of cases) {
      const res = await admin(`/api/v1/calendar/days/${date}`, "PUT", body);
      assert.equal(res.status, 422, `${date} ${JSON.stringify(body)}`);
      assert.deepEqual(
        (await problem(res)).errors?.map((e) => e.field).sort(),
        fields,
        `${date} ${JSON.stringify(body)}`,
      );
    }
  });

  it("stores a projected year with its projected holidays when one of its days is set", async () => {
    const admin = await as("admin");
    const before = (await (await get("/api/v1/calendar/2030", "en")).json()) as {
      projected: boolean;
      days: Day[];
    };
    assert.equal(before.projected, true);
    const kurban = dayBody({
      kind: "religious",
      name: { kk: "Құрбан айт", ru: "Курбан айт", en: "Kurban Ait" },
      provisional: true,
    });
    assert.equal((await admin("/api/v1/calendar/days/2030-04-15", "PUT", kurban)).status, 200);
    const after = (await (await get("/api/v1/calendar/2030", "en")).json()) as {
      projected: boolean;
      days: Day[];
    };
    assert.equal(after.projected, false);
    assert.deepEqual(
      after.days.map((d) => d.date),
      [...before.days.map((d) => d.date), "2030-04-15"].sort(),
      "every projected holiday is kept",
    );
    assert.ok(after.days.every((d) => d.provisional));
    const [row] = await t.db.select().from(calendarYears).where(eq(calendarYears.year, 2030));
    assert.ok(row);
  });
});

describe("OpenAPI", () => {
  it("documents the calendar paths with their parameters", async () => {
    const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<
        string,
        Record<string, { parameters?: { name: string; in: string; required?: boolean }[] }>
      >;
    };
    for (const path of ["/calendar/deadline", "/calendar/{year}", "/calendar/days/{date}"]) {
      assert.ok(doc.paths[path], path);
    }
    for (const [path, ops] of Object.entries(doc.paths)) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(ops)) {
        const inPath = (op.parameters ?? []).filter((p) => p.in === "path");
        assert.deepEqual(inPath.map((p) => p.name).sort(), [...templated].sort(), `${method} ${path}`);
        assert.ok(
          inPath.every((p) => p.required === true),
          `${method} ${path}: path parameters are required`,
        );
      }
    }
    const query = doc.paths["/calendar/deadline"]!.get!.parameters!;
    assert.deepEqual(
      query.map((p) => [p.name, p.required]),
      [
        ["from", true],
        ["workingDays", true],
      ],
    );
    assert.ok(doc.paths["/calendar/days/{date}"]!.put && doc.paths["/calendar/days/{date}"]!.delete);
  });
});
