import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Hono } from "hono";
import type { AppEnv } from "./context.ts";

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve("swagger-ui-dist/package.json"));

const FILES: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

// Served as a file: the CSP allows no inline script.
const INIT = `window.addEventListener("load", () => {
  window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
`;

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shagym API v1</title><link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;

/** The API reference at /api/docs: Swagger UI served from this server (no CDN). */
export function apiDocsRoutes() {
  const app = new Hono<AppEnv>();
  const cache = new Map<string, string>();
  app.get("/", (c) => c.html(PAGE));
  app.get("/init.js", (c) => c.body(INIT, 200, { "Content-Type": "text/javascript; charset=utf-8" }));
  app.get("/:file", (c) => {
    const name = c.req.param("file");
    const type = FILES[name];
    if (!type) return c.notFound();
    if (!cache.has(name)) {
      cache.set(name, readFileSync(join(dist, name), "utf8").replace(/\/[/*]# sourceMappingURL=.*$/m, ""));
    }
    return c.body(cache.get(name)!, 200, { "Content-Type": type, "Cache-Control": "public, max-age=86400" });
  });
  return app;
}
