import { isIP } from "node:net";
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"])
  .transform((v) => ["1", "true", "yes", "on"].includes(v));

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z.string().url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  PUBLIC_URL: z.string().url().optional(),
  TRUST_PROXY: z.string().optional(),
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .min(1)
    .max(24 * 30)
    .default(12),
  DEMO_DATA: flag.optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Shagym <no-reply@shagym.local>"),
  SMS_GATEWAY_URL: z.string().url().optional(),
  OFFICE_HOUR: z.coerce.number().int().min(0).max(23).default(9),
  IN_APP_JOBS: flag.optional(),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  HEALTH_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2_000),
  UPLOADS_PER_HOUR: z.coerce.number().int().min(1).default(60),
  DRAFTS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  FILINGS_PER_HOUR: z.coerce.number().int().min(1).default(10),
  REPORT_ON_TIME_THRESHOLD: z.coerce.number().min(0).max(100).default(90),
  HOME_VISIT_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  EDS_TRUST_DIR: z.string().min(1).optional(),
  EDS_OCSP: flag.optional(),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_IIN_CLAIM: z.string().min(1).default("iin"),
  OIDC_SCOPES: z.string().min(1).default("openid profile"),
  LOCAL_PASSWORD_SIGN_IN: flag.optional(),
  PORTAL_SESSION_SIGNING: flag.optional(),
  DECISION_EDS_REQUIRED: flag.optional(),
});

/** Sign-in through an OpenID Connect provider (authorization code + PKCE). */
export type OidcConfig = {
  /** The issuer identifier; its `/.well-known/openid-configuration` is read on first use. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claim (ID token or userinfo) that carries the IIN. */
  iinClaim: string;
  /** The scopes asked for, space-separated (`openid` among them). */
  scope: string;
  /** Plain-http issuer allowed (outside production only: a provider started by the tests). */
  insecure: boolean;
};

export type Quotas = { uploadsPerHour: number; draftsPerHour: number; filingsPerHour: number };

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  env: "development" | "production" | "test";
  production: boolean;
  sessionSecret: string;
  /**
   * The public address without a trailing slash (`https://shagym.example.kz`): links, QR codes
   * and e-mails are built from it, never from the request's Host. Required in production;
   * `http://localhost:PORT` otherwise.
   */
  publicUrl: string;
  /** `/metrics` asks for `Authorization: Bearer <token>`; without one it is served only outside production. */
  metricsToken: string | undefined;
  /** A session ends this long after sign-in however active it is (the idle expiry is 8 h). */
  sessionMaxMs: number;
  /** Which proxies in front may name the client (X-Forwarded-For); null: none, the socket's peer is the client. */
  trustProxy: TrustProxy | null;
  /** Seed and list the demo world (never in production). */
  demo: boolean;
  logLevel: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  smsGatewayUrl: string | undefined;
  /** Staff alerts go out from this hour (Asia/Almaty) on working days. */
  officeHour: number;
  /** Run the dispatcher and the deadline monitor inside the web process (off: `npm run worker`). */
  inAppJobs: boolean;
  /** How many web processes share the port (node:cluster); more than one needs PostgreSQL. */
  webConcurrency: number;
  /** How long to wait for a new PostgreSQL connection before the database counts as away. */
  dbConnectTimeoutMs: number;
  /** PostgreSQL `statement_timeout`; the client gives up a little later if the server is silent. */
  dbStatementTimeoutMs: number;
  /** `/api/v1/health` answers 503 when the database does not answer `select 1` within this. */
  healthTimeoutMs: number;
  /**
   * What one person may do in an hour (429 with Retry-After beyond): uploads, new portal drafts,
   * and complaints filed for themselves. Staff filing for others are not bound by the last two.
   */
  quotas: Quotas;
  /** Reports highlight bodies whose on-time share is under this (0…1; REPORT_ON_TIME_THRESHOLD in per cent, default 90). */
  reportOnTimeThreshold: number;
  /** Working days from a home-visit request to its due date (a "branch standard", no legal source yet). */
  homeVisitWorkingDays: number;
  /**
   * The directory of trusted EDS certification authorities (`*.cer|crt|pem|der`: roots and
   * intermediates) and their revocation lists (`*.crl`); unset: EDS signatures are refused.
   */
  edsTrustDir: string | undefined;
  /**
   * Ask the OCSP responder an EDS certificate names (EDS_OCSP, default off: the trust
   * directory's CRLs alone). The machine then reaches the CA's responder over HTTP.
   */
  edsOcsp: boolean;
  /** OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, all three or none; null: no provider. */
  oidc: OidcConfig | null;
  /**
   * Citizens may sign in with a password the system stores (LOCAL_PASSWORD_SIGN_IN, default on).
   * Off: citizens sign in through the OpenID Connect provider only; staff keep local accounts.
   */
  localPasswordSignIn: boolean;
  /**
   * The portal offers the tick-box signature `portal_session` (PORTAL_SESSION_SIGNING; default on
   * outside production, off in production). Off: a portal complaint is signed by an SMS code or EDS.
   */
  portalSessionSigning: boolean;
  /** A head's decision must carry an EDS signature over its text (DECISION_EDS_REQUIRED; default off). */
  decisionEdsRequired: boolean;
};

/** Trusted proxies: the last `hops` entries of X-Forwarded-For, or the addresses in `cidrs`. */
export type TrustProxy = { hops: number } | { cidrs: string[] };

/** TRUST_PROXY: off (default), a hop count (`1`), or a comma-separated list of addresses/CIDRs. */
export function parseTrustProxy(value: string | undefined): TrustProxy | null {
  const text = value?.trim() ?? "";
  if (["", "0", "off", "false", "no"].includes(text)) return null;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new ConfigError("TRUST_PROXY", "a hop count is at most 10");
    return { hops };
  }
  const cidrs = text.split(",").map((c) => c.trim());
  for (const cidr of cidrs) {
    const [address = "", prefix, extra] = cidr.split("/");
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    if (
      !family ||
      extra !== undefined ||
      (prefix !== undefined && !(/^\d+$/.test(prefix) && Number(prefix) <= bits))
    ) {
      throw new ConfigError("TRUST_PROXY", `"${cidr}" is neither a hop count nor an address or CIDR`);
    }
  }
  return { cidrs };
}

/** PUBLIC_URL as scheme://host[:port][/path] without a trailing slash, query or fragment. */
export function normalizePublicUrl(value: string): string {
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError("PUBLIC_URL", "must be an http:// or https:// address");
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ConfigError("PUBLIC_URL", "must not carry a query, a fragment or credentials");
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** An insecure or invalid setting: the message names it. */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
  }
}

const DEV_SECRET = "shagym-development-secret-not-for-production-use";

/** Reads the environment once, checks it and refuses insecure production settings. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? "environment"), issue.message);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  const demo = e.DEMO_DATA ?? !production;
  if (production && !e.SESSION_SECRET) {
    throw new ConfigError("SESSION_SECRET", "is required when NODE_ENV=production");
  }
  if (production && demo) {
    throw new ConfigError("DEMO_DATA", "demo accounts are not allowed when NODE_ENV=production");
  }
  if (e.WEB_CONCURRENCY > 1 && !e.DATABASE_URL) {
    throw new ConfigError(
      "WEB_CONCURRENCY",
      "more than one web process needs DATABASE_URL (the embedded database opens in one process only)",
    );
  }
  if (production && !e.PUBLIC_URL) {
    throw new ConfigError(
      "PUBLIC_URL",
      "is required when NODE_ENV=production (links, QR codes and e-mails use it)",
    );
  }
  const oidcSet = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidcSet !== 0 && oidcSet !== 3) {
    const missing = (["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const).find((k) => !e[k]);
    throw new ConfigError(
      missing ?? "OIDC_ISSUER",
      "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together",
    );
  }
  const insecureIssuer = Boolean(e.OIDC_ISSUER?.startsWith("http:"));
  if (production && insecureIssuer) {
    throw new ConfigError("OIDC_ISSUER", "must be an https:// address when NODE_ENV=production");
  }
  if (oidcSet && !e.OIDC_SCOPES.split(/\s+/).includes("openid")) {
    throw new ConfigError("OIDC_SCOPES", "must include openid");
  }
  const localPasswordSignIn = e.LOCAL_PASSWORD_SIGN_IN ?? true;
  if (!localPasswordSignIn && !oidcSet) {
    throw new ConfigError(
      "LOCAL_PASSWORD_SIGN_IN",
      "citizens could not sign in at all: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET",
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    env: e.NODE_ENV,
    production,
    sessionSecret: e.SESSION_SECRET ?? DEV_SECRET,
    publicUrl: e.PUBLIC_URL ? normalizePublicUrl(e.PUBLIC_URL) : `http://localhost:${e.PORT}`,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    metricsToken: e.METRICS_TOKEN,
    sessionMaxMs: e.SESSION_MAX_HOURS * 60 * 60 * 1000,
    demo,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    smsGatewayUrl: e.SMS_GATEWAY_URL,
    officeHour: e.OFFICE_HOUR,
    inAppJobs: e.IN_APP_JOBS ?? true,
    webConcurrency: e.WEB_CONCURRENCY,
    dbConnectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    healthTimeoutMs: e.HEALTH_TIMEOUT_MS,
    quotas: {
      uploadsPerHour: e.UPLOADS_PER_HOUR,
      draftsPerHour: e.DRAFTS_PER_HOUR,
      filingsPerHour: e.FILINGS_PER_HOUR,
    },
    reportOnTimeThreshold: e.REPORT_ON_TIME_THRESHOLD / 100,
    homeVisitWorkingDays: e.HOME_VISIT_WORKING_DAYS,
    edsTrustDir: e.EDS_TRUST_DIR,
    edsOcsp: e.EDS_OCSP ?? false,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            iinClaim: e.OIDC_IIN_CLAIM,
            scope: e.OIDC_SCOPES,
            insecure: insecureIssuer,
          }
        : null,
    localPasswordSignIn,
    portalSessionSigning: e.PORTAL_SESSION_SIGNING ?? !production,
    decisionEdsRequired: e.DECISION_EDS_REQUIRED ?? false,
  };
}
