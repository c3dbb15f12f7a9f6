import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { describe, it } from "node:test";
import { eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { users } from "../src/db/schema.ts";
import { apiAs, validComplaint } from "../test/support/complaints.ts";
import { assertAccessible, signIn, useJourney } from "./support.ts";

/**
 * Every demo role, in Kazakh and Russian, at 1280 and 390 px: signs in, opens the landing page
 * (`/cabinet`, which sends staff to their inbox) and the role's tools, and on each page checks
 * axe (no serious or critical violation) and that nothing is wider than the viewport; a screenshot
 * of each page goes to `e2e/artifacts/`. The citizen's journey runs with JavaScript disabled.
 */
const j = useJourney();
const ARTIFACTS = new URL("./artifacts/", import.meta.url).pathname;
const WIDTHS = [1280, 390] as const;
const LANGS = ["kk", "ru"] as const;
/**
 * axe takes seconds a page here, so it checks each page once per language, Kazakh at the wide
 * width and Russian at the narrow one (both widths and both languages are covered; every
 * combination is still checked for width and photographed). `AXE_ALL=1` checks every combination.
 */
const AXE_AT: Record<(typeof LANGS)[number], readonly number[]> = process.env.AXE_ALL
  ? { kk: WIDTHS, ru: WIDTHS }
  : { kk: [1280], ru: [390] };

/** A role's pages; a journey without a login is a guest's. */
type Journey = { role: string; login?: string; pages: (id: string) => string[]; noScript?: boolean };

const JOURNEYS: Journey[] = [
  {
    role: "citizen",
    login: "900101300126",
    pages: (id) => ["/cabinet", `/complaints/${id}`, "/complaints/new", "/cabinet/notifications", "/status"],
    noScript: true,
  },
  {
    role: "registrar",
    login: "registrar.akmola-edu",
    pages: (id) => ["/cabinet", `/staff/complaints/${id}`, "/office/complaints/new", "/office"],
  },
  { role: "executor", login: "executor.akmola-edu", pages: (id) => ["/cabinet", `/staff/complaints/${id}`] },
  {
    role: "head",
    login: "head.akmola-edu",
    pages: (id) => ["/cabinet", `/staff/complaints/${id}`, "/office", "/reports"],
  },
  {
    role: "operator",
    login: "operator.1414",
    pages: () => ["/cabinet", "/contact-centre", "/contact-centre/complaints/new", "/contact-centre/status"],
  },
  { role: "quality", login: "head.quality-karaganda", pages: () => ["/cabinet", "/reports"] },
  { role: "guest", pages: () => ["/open-data", "/status", "/deadline"] },
  {
    role: "admin",
    login: "admin",
    pages: () => ["/cabinet", "/admin/calendar", "/admin/users", "/admin/reference", "/deadline"],
  },
];

/** Fails naming the elements that stick out when the page is wider than its viewport. */
async function assertFits(page: Page, label: string) {
  const overflow = await page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const wide = Array.from(document.querySelectorAll("body *")).filter(
      (el) =>
        el.getBoundingClientRect().right > width + 1 && !el.querySelector("*:not(span, strong, a, code)"),
    );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width,
      elements: wide
        .slice(0, 8)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${Array.from(el.classList, (c) => `.${c}`).join("")} (${Math.round(el.getBoundingClientRect().right)} px)`,
        ),
    };
  });
  if (overflow)
    throw new Error(
      `${label}: the page is ${overflow.scrollWidth} px wide in a ${overflow.width} px viewport; sticking out: ${overflow.elements.join(", ")}`,
    );
}

/** The complaint the pages show: filed by the citizen, registered and assigned to the executor. */
async function complaintOnItsWay(): Promise<string> {
  const citizen = await apiAs(j.server, "900101300126");
  const filed = await citizen.post("/api/v1/complaints", validComplaint());
  assert.equal(filed.status, 201);
  const { id } = (await filed.json()) as { id: string };
  const registrar = await apiAs(j.server, "registrar.akmola-edu");
  assert.equal((await registrar.post(`/api/v1/complaints/${id}/register`, {})).status, 200);
  const [executor] = await j.server.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.login, "executor.akmola-edu"));
  const assigned = await registrar.post(`/api/v1/complaints/${id}/assign`, { executorId: executor!.id });
  assert.equal(assigned.status, 200);
  return id;
}

/** Started by the first journey (the server is up only once the tests run). */
let setUp: Promise<string> | undefined;
const complaintId = () => {
  setUp ??= mkdir(ARTIFACTS, { recursive: true }).then(complaintOnItsWay);
  return setUp;
};

describe("every role's pages in Chromium, 1280 and 390 px, kk and ru", { concurrency: 3 }, () => {
  for (const journey of JOURNEYS) {
    it(`${journey.role}${journey.noScript ? " (JavaScript disabled)" : ""}`, async () => {
      const id = await complaintId();
      const context = await j.browser.newContext({ javaScriptEnabled: !journey.noScript });
      const page = await context.newPage();
      // axe runs in the page, so a journey without scripts is checked by a scripted twin on its session.
      let twin: { context: BrowserContext; page: Page } | undefined;
      try {
        if (journey.login) await signIn(j, page, "kk", journey.login);
        if (journey.noScript) {
          const twinContext = await j.browser.newContext();
          await twinContext.addCookies(await context.cookies());
          twin = { context: twinContext, page: await twinContext.newPage() };
        }
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await twin?.page.setViewportSize({ width, height: 900 });
          for (const lang of LANGS) {
            for (const path of journey.pages(id)) {
              const res = await page.goto(`${j.server.url}/${lang}${path}`);
              assert.equal(res?.status(), 200, `${journey.role}: /${lang}${path}`);
              const shown = new URL(page.url()).pathname;
              // Signed in, so never sent to the sign-in page; staff land on their inbox.
              const landed = path === "/cabinet" && shown === `/${lang}/staff`;
              assert.ok(
                shown === `/${lang}${path}` || landed,
                `${journey.role}: /${lang}${path} showed ${shown}`,
              );
              const label = `${journey.role} ${lang} ${width}px ${shown}`;
              await assertFits(page, label);
              const name = shown
                .replace(id, "complaint")
                .replace(/^\/(kk|ru)\//, "")
                .replace(/\W+/g, "-");
              await page.screenshot({
                path: `${ARTIFACTS}${journey.role}-${lang}-${width}-${name}.png`,
                fullPage: true,
              });
              if (!AXE_AT[lang].includes(width)) continue;
              if (twin) {
                await twin.page.goto(`${j.server.url}/${lang}${path}`);
                await assertAccessible(twin.page, label);
              } else {
                await assertAccessible(page, label);
              }
            }
          }
        }
      } finally {
        await twin?.context.close();
        await context.close();
      }
    });
  }
});
