import pino, { type DestinationStream, type Logger } from "pino";
import type { Config } from "./config/env.ts";
import { withoutParams } from "./db/availability.ts";
import { maskIinsIn } from "./domain/mask.ts";

/** No logged string is longer: an 8 MB field must not become 8 MB of log. */
export const MAX_LOGGED_CHARS = 2_000;

/** Fields whose values are secrets or capabilities (tokens, check codes), masked wherever they appear. */
const SECRET_KEYS =
  /^(password|token|sessionToken|checkCode|check_code|authorization|cookie|secret|_csrf|x-csrf-token|idempotency-key)$/i;
/** Fields of database errors that quote the rows or parameters (names, addresses, phones, complaint text). */
const DATA_KEYS = new Set(["params", "parameters", "detail", "where", "internalQuery", "values"]);
const REDACTED = "[redacted]";

function cap(text: string): string {
  const masked = maskIinsIn(text);
  return masked.length > MAX_LOGGED_CHARS
    ? `${masked.slice(0, MAX_LOGGED_CHARS)}…[+${masked.length - MAX_LOGGED_CHARS} chars]`
    : masked;
}

function serializeError(error: Error): Record<string, unknown> {
  const plain = { ...pino.stdSerializers.err(error) } as Record<string, unknown>;
  const message = withoutParams(String(error.message ?? ""));
  plain.message = message;
  // The stack repeats the message: keep only its frames.
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  plain.stack = [`${error.name}: ${message}`, ...frames].join("\n");
  if (error.cause instanceof Error) plain.cause = serializeError(error.cause);
  return plain;
}

/**
 * Every string in a log record masked (IINs) and capped, secrets masked by field name, and the
 * data-carrying fields of database errors (parameters, row details) removed.
 */
export function redactDeep(value: unknown, key = ""): unknown {
  if (SECRET_KEYS.test(key) && value != null) return "[masked]";
  if (DATA_KEYS.has(key) && value != null) return REDACTED;
  if (typeof value === "string") return cap(value);
  if (value instanceof Error) return redactDeep(serializeError(value), key);
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => redactDeep(v));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, k)]));
  }
  return value;
}

/** JSON logs (pino) without personal data: see `redactDeep`. */
export function createLogger(config: Pick<Config, "logLevel">, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      redact: {
        paths: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.iin"],
        censor: "[masked]",
      },
      // Errors are serialized (and redacted) by the formatter below; pino's own pass would retype them.
      serializers: { err: (err: unknown) => err },
      formatters: { log: (record) => redactDeep(record) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === "string" ? cap(a) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    destination,
  );
}
