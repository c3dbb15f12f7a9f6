import type { TestApp } from "./app.ts";

/**
 * A minimal cookie-keeping client over `app.request()`: follows no redirects, reads the CSRF
 * token from the last page, posts forms as a browser would.
 */
export class Client {
  cookies = new Map<string, string>();
  lastHtml = "";

  constructor(
    private readonly app: TestApp["app"],
    private readonly base = "http://localhost",
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await this.app.request(this.base + path, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      const v = value.join("=");
      if (v === "" || /max-age=0/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), v);
    }
    if ((res.headers.get("content-type") ?? "").includes("text/html")) {
      this.lastHtml = await res.clone().text();
    }
    return res;
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { headers });
  }

  /** The CSRF token of the last HTML page. */
  csrf(): string {
    return /name="_csrf" value="([^"]+)"/.exec(this.lastHtml)?.[1] ?? "";
  }

  postForm(path: string, fields: Record<string, string>, { withCsrf = true } = {}) {
    const body = new URLSearchParams(fields);
    if (withCsrf) body.set("_csrf", this.csrf());
    return this.request(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
  }

  postJson(path: string, json: unknown, headers: Record<string, string> = {}) {
    return this.request(path, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(json),
    });
  }

  /** Signs in through the HTML form. */
  async signIn(login: string, password = "demo", lang = "kk") {
    await this.get(`/${lang}/sign-in`);
    return this.postForm(`/${lang}/sign-in`, { login, password });
  }
}

/**
 * A form body with each named date ("2026-11-20", or a "day.month.year" as typed) split into the
 * three fields of the date input (`<name>-day`, `-month`, `-year`), as a browser posts it.
 */
export function dateFields(body: Record<string, string>, ...names: string[]): Record<string, string> {
  const out = { ...body };
  for (const name of names) {
    const value = out[name];
    if (value === undefined) continue;
    delete out[name];
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const [day = "", month = "", year = ""] = iso ? [iso[3], iso[2], iso[1]] : value.split(".");
    Object.assign(out, { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year });
  }
  return out;
}
