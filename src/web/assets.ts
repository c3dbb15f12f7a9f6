import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Context, Hono } from "hono";
import type { AppEnv } from "./context.ts";

const require = createRequire(import.meta.url);
const govukDir = join(dirname(require.resolve("govuk-frontend/package.json")), "dist", "govuk");
const publicDir = fileURLToPath(new URL("../../public/", import.meta.url));

const SYSTEM_FONTS = 'system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif';

/** govuk-frontend's CSS re-branded: no GDS Transport font (and no font files), no crown/crest. */
function rebrandedGovukCss(): string {
  return readFileSync(join(govukDir, "govuk-frontend.min.css"), "utf8")
    .replace(/@font-face\{[^}]*\}/g, "")
    .replaceAll("GDS Transport,arial,sans-serif", SYSTEM_FONTS)
    .replaceAll("font-family:GDS Transport", `font-family:${SYSTEM_FONTS}`)
    .replace(/url\(\/assets\/images\/govuk-crest\.svg\)/g, "none")
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, "");
}

type Asset = { body: string; type: string };
let cache: Map<string, Asset> | undefined;

function assets(): Map<string, Asset> {
  cache ??= new Map([
    ["govuk.css", { body: rebrandedGovukCss(), type: "text/css; charset=utf-8" }],
    [
      "govuk-frontend.min.js",
      {
        body: readFileSync(join(govukDir, "govuk-frontend.min.js"), "utf8").replace(
          /\/\/# sourceMappingURL=.*$/m,
          "",
        ),
        type: "text/javascript; charset=utf-8",
      },
    ],
    ["app.css", { body: readFileSync(join(publicDir, "app.css"), "utf8"), type: "text/css; charset=utf-8" }],
    ["favicon.svg", { body: readFileSync(join(publicDir, "favicon.svg"), "utf8"), type: "image/svg+xml" }],
    [
      "ncalayer.js",
      { body: readFileSync(join(publicDir, "ncalayer.js"), "utf8"), type: "text/javascript; charset=utf-8" },
    ],
    [
      "app.js",
      { body: readFileSync(join(publicDir, "app.js"), "utf8"), type: "text/javascript; charset=utf-8" },
    ],
  ]);
  return cache;
}

function serve(name: string): (c: Context<AppEnv>) => Response | Promise<Response> {
  return (c) => {
    const asset = assets().get(name);
    if (!asset) return c.notFound();
    return c.body(asset.body, 200, { "Content-Type": asset.type, "Cache-Control": "public, max-age=3600" });
  };
}

/** Static assets, read once and cached in memory. */
export function assetRoutes() {
  const app = new Hono<AppEnv>();
  app.get("/:name", (c) => serve(c.req.param("name"))(c));
  return app;
}

/** `/favicon.ico`, which browsers ask for whatever a page links: the SVG icon. */
export const favicon = serve("favicon.svg");
