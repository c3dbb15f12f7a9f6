/** Whether the database answers: a failed connection starts probing, and while the probe fails
 * every request is refused at once (503 + Retry-After) instead of waiting for a timeout. */
export type Availability = {
  /** True while the database is known to be away. */
  readonly down: boolean;
  /** Reports a database error; a connection failure makes the database suspect (see `suspect`). */
  report(error: unknown): void;
  /** Probes the database now; if the probe fails it is away until a later probe succeeds. */
  suspect(): void;
  close(): void;
};

export type AvailabilityLog = {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
};

/** Seconds a client is told to wait (`Retry-After`) while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/** Thrown instead of touching the database while it is known to be away. */
export class DatabaseUnavailable extends Error {
  readonly code = "database_unavailable";
  constructor() {
    super("the database is unavailable");
  }
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01", // admin_shutdown (pg_terminate_backend)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "57014", // query_canceled (statement_timeout)
  "53300", // too_many_connections
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const CONNECTION_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|query read timeout|connection error|not queryable|connection closed/i;

/** True for an error meaning "the database is away or too slow" (anywhere in the `cause` chain). */
export function isConnectionFailure(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    if (e instanceof DatabaseUnavailable) return true;
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    // A driver error of its own (not a server error with a SQLSTATE) that says the link broke.
    if (
      typeof message === "string" &&
      CONNECTION_MESSAGES.test(message) &&
      !/^[0-9A-Z]{5}$/.test(String(code))
    )
      return true;
    e = cause;
  }
  return false;
}

/** A failed query's message ends in its parameters (Drizzle: "Failed query: …\nparams: …"): cut them. */
export const withoutParams = (message: string) =>
  message.replace(/\nparams:[\s\S]*$/, "\nparams: [redacted]");

/** Only what says why, never a query's parameters (they can hold personal data). */
export function describeFailure(error: unknown): { code?: string; message: string } {
  const e = error as { code?: unknown; message?: unknown };
  const message = typeof e?.message === "string" ? e.message : String(error);
  return {
    ...(typeof e?.code === "string" ? { code: e.code } : {}),
    message: withoutParams(message).slice(0, 300),
  };
}

/** The embedded database lives in this process: it is never "away". */
export const alwaysAvailable: Availability = { down: false, report() {}, suspect() {}, close() {} };

/** Availability of a server, checked by `probe` (which rejects when the server does not answer). */
export function probedAvailability(
  probe: () => Promise<void>,
  log?: AvailabilityLog,
  intervalMs = 1_000,
): Availability {
  let down = false;
  let probing = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    probing = true;
    try {
      await probe();
      probing = false;
      if (down) log?.info({ database: "up" }, "database is back: requests are served again");
      down = false;
    } catch (error) {
      if (!down) {
        log?.warn(
          { database: "down", reason: describeFailure(error) },
          "database unreachable: requests answer 503 until it is back",
        );
      }
      down = true;
      if (closed) probing = false;
      else {
        timer = setTimeout(run, intervalMs);
        timer.unref();
      }
    }
  };
  return {
    get down() {
      return down;
    },
    report(error) {
      if (isConnectionFailure(error) && !(error instanceof DatabaseUnavailable)) this.suspect();
    },
    suspect() {
      if (probing || closed) return;
      void run();
    },
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}
