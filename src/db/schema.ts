import { bigserial, boolean, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export type Phone = { raw: string; e164: string | null; note?: string };

export const organizations = pgTable("organizations", {
  id: text("id").primaryKey(),
  kind: text("kind").notNull(),
  parentId: text("parent_id"),
  reviewingBodyId: text("reviewing_body_id"),
  nameKk: text("name_kk").notNull(),
  nameRu: text("name_ru").notNull(),
  nameEn: text("name_en").notNull(),
  addressKk: text("address_kk"),
  addressRu: text("address_ru"),
  addressEn: text("address_en"),
  phones: jsonb("phones").$type<Phone[]>().notNull().default([]),
  regionCode: text("region_code"),
  source: text("source"),
});

export const users = pgTable("users", {
  id: uuid("id").primaryKey(),
  kind: text("kind").$type<"citizen" | "staff">().notNull(),
  role: text("role").$type<import("../domain/roles.ts").Role>().notNull(),
  login: text("login").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  iin: text("iin"),
  surname: text("surname").notNull(),
  name: text("name").notNull(),
  patronymic: text("patronymic"),
  email: text("email"),
  phone: text("phone"),
  organizationId: text("organization_id"),
  positionKk: text("position_kk"),
  positionRu: text("position_ru"),
  positionEn: text("position_en"),
  language: text("language").notNull().default("kk"),
  isDemo: boolean("is_demo").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable("sessions", {
  tokenHash: text("token_hash").primaryKey(),
  userId: uuid("user_id").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

export const signInFailures = pgTable("sign_in_failures", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  login: text("login").notNull(),
  address: text("address").notNull(),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
});

export const auditEvents = pgTable("audit_events", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid("actor_id"),
  action: text("action").notNull(),
  entityType: text("entity_type").notNull(),
  entityId: text("entity_id").notNull(),
  data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  requestId: text("request_id"),
});
