import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { after, before } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { serve } from "@hono/node-server";
import { type Browser, chromium, type Page } from "playwright-core";
import { testApp } from "../test/support/app.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The real app over real HTTP on a free loopback port. */
export async function startServer(env: Record<string, string> = {}) {
  const t = await testApp(env);
  const server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    ...t,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
    },
  };
}

/** Debian's Chromium; a missing browser fails the suite loudly instead of skipping it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Fails with the list of serious or critical axe violations on the page. */
export async function assertAccessible(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (bad.length) {
    const lines = bad.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    throw new Error(`axe found serious problems on ${label}:\n${lines.join("\n")}`);
  }
}

/** A journey file's server and browser: started before its tests, stopped after them. */
export function useJourney() {
  const j = {} as { server: Awaited<ReturnType<typeof startServer>>; browser: Browser };
  before(async () => {
    j.server = await startServer();
    j.browser = await launchBrowser();
  });
  after(async () => {
    await j.browser?.close();
    await j.server?.stop();
  });
  return j;
}

/** Signs `login` in (demo password) through the sign-in form of the journey's server. */
export async function signIn(j: { server: { url: string } }, page: Page, lang: string, login: string) {
  await page.goto(`${j.server.url}/${lang}/sign-in`);
  await page.locator("#login").fill(login);
  await page.locator("#password").fill("demo");
  await page.locator("form[action$='/sign-in'] button[type=submit]").click();
}

/** Types an ISO date into the three fields of the date input `name` (`<name>-day`, `-month`, `-year`). */
export async function fillDate(page: Page, name: string, iso: string) {
  const [year = "", month = "", day = ""] = iso.split("-");
  for (const [part, value] of [
    ["day", day],
    ["month", month],
    ["year", year],
  ] as const)
    await page.locator(`[name="${name}-${part}"]`).fill(value);
}
