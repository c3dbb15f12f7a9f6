import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Hono } from "hono";
import { jsx } from "hono/jsx";
import { jsxRenderer } from "hono/jsx-renderer";
import type { AppEnv } from "../../src/web/context.ts";
import { InboxPage, type InboxQuery, type InboxRow } from "../../src/web/staff/inbox-page.tsx";

const query: InboxQuery = {
  status: "open",
  overdue: false,
  due: "",
  executor: "",
  ground: "refusal",
  service: "",
  q: "",
  page: 1,
};
const row = (i: number): InboxRow => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  status: "registered",
  number: `AKMOLA-EDU-2026-${String(i).padStart(5, "0")}`,
  surname: "Ахметова",
  name: "Дина",
  reasons: "Кезек нөмірі берілмеді.",
  nextDue: "2026-11-25",
  nextDueKind: "review",
  receivedAt: "2026-11-20T05:00:00.000Z",
  unregistered: false,
  badge: null,
});

/** The page as the staff route renders it, in Russian, for one page of `rows`. */
async function render(page: number, rows: number, totalExact: boolean): Promise<string> {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set("lang", "ru");
    await next();
  });
  app.use(jsxRenderer(({ children }) => jsx("main", {}, children)));
  app.get("/", (c) =>
    c.render(
      jsx(InboxPage, {
        inbox: { total: 1_000, totalExact, page, pageSize: 25, counts: null, overdue: null },
        rows: Array.from({ length: rows }, (_, i) => row(i + 1)),
        query: { ...query, page },
        choices: { executors: [], services: [] },
        orgName: "",
      }),
      { title: "" },
    ),
  );
  return (await app.request("/")).text();
}

describe("the inbox page past a capped count", () => {
  it("says 'more than', numbers the page without a last one, and links on while pages are full", async () => {
    const first = await render(1, 25, false);
    assert.match(first, /Найдено: более 1000/);
    assert.match(first, />Страница 1</);
    assert.match(first, /href="\/ru\/staff\?status=open&amp;ground=refusal&amp;page=2" rel="next"/);
    // Past the 40 pages the count reached, a full page still links on; a part-full one ends.
    assert.match(await render(41, 25, false), /page=42" rel="next"/);
    const last = await render(43, 7, false);
    assert.doesNotMatch(last, /rel="next"/);
    assert.match(last, /page=42" rel="prev"/);
    // An exact total: "of N" and no link past the last page.
    const exact = await render(40, 25, true);
    assert.match(exact, /Найдено: 1000/);
    assert.match(exact, /Страница 40 из 40/);
    assert.doesNotMatch(exact, /rel="next"/);
  });
});
