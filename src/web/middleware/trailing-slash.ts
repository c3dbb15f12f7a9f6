import type { MiddlewareHandler } from "hono";

/** `/kk/` and `/kk/cabinet/` are the pages without the slash: a permanent redirect for reads. */
export const trailingSlash = (): MiddlewareHandler => async (c, next) => {
  const url = new URL(c.req.url);
  if (
    (c.req.method === "GET" || c.req.method === "HEAD") &&
    url.pathname.length > 1 &&
    url.pathname.endsWith("/")
  ) {
    // One leading slash, whatever came in: `//evil.example/` must not become a protocol-relative link.
    const path = `/${url.pathname.replace(/^\/+|\/+$/g, "")}`;
    return c.redirect(path + url.search, 301);
  }
  await next();
};
