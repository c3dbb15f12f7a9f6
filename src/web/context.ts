import type { Logger } from "pino";
import type { Config } from "../config/env.ts";
import type { Availability } from "../db/availability.ts";
import type { Db } from "../db/connection.ts";
import type { FileStore } from "../db/file-store.ts";
import type { Lang } from "../i18n/index.ts";
import type { SessionUser } from "../queries/session-user.ts";

/** What the composition root hands to the web edge. */
export type Deps = {
  db: Db;
  /** Whether the database answers; requests are refused with 503 while it is away. */
  availability: Availability;
  config: Config;
  /** Where attachment bytes go (the embedded database); null: into the database rows (PostgreSQL). */
  files: FileStore | null;
  log: Logger;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
};

export type AppEnv = {
  Variables: {
    deps: Deps;
    lang: Lang;
    requestId: string;
    log: Logger;
    user: SessionUser | null;
    /** The raw session token of the request (cookie or bearer), when it names a live session. */
    sessionToken: string | null;
    /** The session cookie named an expired or unknown session. */
    sessionExpired: boolean;
    csrfToken: string;
    /** The page is a form shown again with errors (`rejected` in forms.ts): "Error: " in its title. */
    rejected: boolean;
  };
};
