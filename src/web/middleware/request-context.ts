import { randomUUID } from "node:crypto";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createMiddleware } from "hono/factory";
import { Counter, Gauge, Histogram, register } from "prom-client";
import { maskIinsIn } from "../../domain/mask.ts";
import { clientAddress } from "../client-address.ts";
import type { AppEnv, Deps } from "../context.ts";

const metric = <T>(name: string, make: () => T): T => (register.getSingleMetric(name) as T) ?? make();

const requests = metric(
  "http_requests_total",
  () => new Counter({ name: "http_requests_total", help: "HTTP requests", labelNames: ["method", "status"] }),
);
const duration = metric(
  "http_request_duration_seconds",
  () =>
    new Histogram({
      name: "http_request_duration_seconds",
      help: "HTTP request duration",
      labelNames: ["method"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    }),
);

// How long callbacks waited for the event loop since the last scrape: what one request doing too
// much work at once costs every other request.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
metric(
  "eventloop_delay_seconds",
  () =>
    new Gauge({
      name: "eventloop_delay_seconds",
      help: "Event-loop delay since the previous scrape (p50, p99, max)",
      labelNames: ["stat"],
      collect() {
        this.set({ stat: "p50" }, loopDelay.percentile(50) / 1e9);
        this.set({ stat: "p99" }, loopDelay.percentile(99) / 1e9);
        this.set({ stat: "max" }, loopDelay.max / 1e9);
        loopDelay.reset();
      },
    }),
);

/** Request id, a child logger, one access-log line per request (path without query, IINs masked) and metrics. */
export const requestContext = (deps: Deps) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    const log = deps.log.child({ requestId });
    c.set("deps", deps);
    c.set("requestId", requestId);
    c.set("log", log);
    c.header("X-Request-Id", requestId);
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    requests.inc({ method: c.req.method, status: String(c.res.status) });
    duration.observe({ method: c.req.method }, seconds);
    // The path only: query strings carry check codes, IINs and search terms.
    log.info(
      {
        method: c.req.method,
        path: maskIinsIn(c.req.path),
        status: c.res.status,
        ip: clientAddress(c),
        ms: Math.round(seconds * 1000),
      },
      "request",
    );
  });
