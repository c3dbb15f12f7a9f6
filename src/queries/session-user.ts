import { createHash } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { preparedPer } from "../db/prepared.ts";
import { organizations, sessions, users } from "../db/schema.ts";
import type { OrganizationKind, Role } from "../domain/roles.ts";
import { revisionColumn } from "./reference.ts";

export type SessionUser = {
  id: string;
  kind: "citizen" | "staff";
  role: Role;
  login: string;
  iin: string | null;
  surname: string;
  name: string;
  patronymic: string | null;
  email: string | null;
  phone: string | null;
  organizationId: string | null;
  organizationName: { kk: string; ru: string; en: string } | null;
  organizationKind: OrganizationKind | null;
  regionCode: string | null;
  position: { kk: string; ru: string; en: string } | null;
  language: string;
  sessionLastSeenAt: Date;
  /** The reference data's revision, read with the session (no extra round trip for the cache). */
  referenceRevision?: number;
  /** How the user wants to be told (the applicant's notices of a filing are written from it). */
  notifyVia?: (typeof users.$inferSelect)["notifyVia"];
};

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function fullName(u: Pick<SessionUser, "surname" | "name" | "patronymic">): string {
  return [u.surname, u.name, u.patronymic].filter(Boolean).join(" ");
}

/** However active, a session ends this long after sign-in (SESSION_MAX_HOURS; the idle expiry is separate). */
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;

/** Every request's first read: built once, a prepared statement on each connection. */
export const sessionRead = preparedPer((db) =>
  db
    .select({
      user: users,
      org: organizations,
      lastSeenAt: sessions.lastSeenAt,
      referenceRevision: revisionColumn,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder("tokenHash")),
        gt(sessions.expiresAt, sql.placeholder("now")),
        gt(sessions.createdAt, sql.placeholder("bornAfter")),
      ),
    )
    .limit(1)
    .prepare("session_user"),
);

/**
 * The user of a live session, or null when the token is unknown, idle past its expiry, or older
 * than `maxAgeMs` (the absolute lifetime).
 */
export async function findSessionUser(
  db: Executor,
  token: string,
  now: Date,
  maxAgeMs = SESSION_MAX_MS,
): Promise<SessionUser | null> {
  const [row] = await sessionRead(db).execute({
    tokenHash: hashToken(token),
    now,
    bornAfter: new Date(now.getTime() - maxAgeMs),
  });
  if (!row) return null;
  const { user: u, org, lastSeenAt } = row;
  const revision = row.referenceRevision ?? undefined;
  return {
    id: u.id,
    kind: u.kind,
    role: u.role,
    login: u.login,
    iin: u.iin,
    surname: u.surname,
    name: u.name,
    patronymic: u.patronymic,
    email: u.email,
    phone: u.phone,
    organizationId: u.organizationId,
    organizationName: org ? { kk: org.nameKk, ru: org.nameRu, en: org.nameEn } : null,
    organizationKind: (org?.kind as OrganizationKind | undefined) ?? null,
    regionCode: org?.regionCode ?? null,
    position:
      u.positionKk && u.positionRu && u.positionEn
        ? { kk: u.positionKk, ru: u.positionRu, en: u.positionEn }
        : null,
    language: u.language,
    sessionLastSeenAt: lastSeenAt,
    ...(revision === undefined ? {} : { referenceRevision: revision }),
    notifyVia: u.notifyVia,
  };
}
