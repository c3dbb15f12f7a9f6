import { createHash } from "node:crypto";
import { and, asc, eq, inArray, isNotNull, isNull, notExists, or, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { auditChainHeads, auditEvents, complaintEvents } from "../db/schema.ts";
import {
  auditContent,
  type ChainBreak,
  type ChainHead,
  complaintChain,
  type Digest,
  eventContent,
  type StoredLink,
  verifyChain,
} from "../domain/audit-chain.ts";

/** Hex SHA-256 of the UTF-8 text: the digest of every link. */
export const sha256Hex: Digest = (text) => createHash("sha256").update(text, "utf8").digest("hex");

type EventRow = typeof complaintEvents.$inferSelect;
type AuditRow = typeof auditEvents.$inferSelect;

const eventLink = (r: EventRow): StoredLink => ({
  table: "complaint_events",
  id: r.id,
  chain: r.chain,
  seq: r.seq === null ? null : Number(r.seq),
  prevHash: r.prevHash,
  hash: r.hash,
  content: eventContent(r),
});

const auditLink = (r: AuditRow): StoredLink => ({
  table: "audit_events",
  id: r.id,
  chain: r.chain,
  seq: r.seq === null ? null : Number(r.seq),
  prevHash: r.prevHash,
  hash: r.hash,
  content: auditContent(r),
});

export type ChainReport =
  | { ok: true; chains: number; links: number }
  | { ok: false; chains: number; links: number; broken: ChainBreak };

/**
 * Verifies the chain of one complaint: its events and its audit rows, including any row that
 * claims the complaint but is in no chain or in another one.
 */
export async function verifyComplaintChain(db: Executor, complaintId: string): Promise<ChainReport> {
  const chain = complaintChain(complaintId);
  const [events, audits, heads] = await Promise.all([
    db
      .select()
      .from(complaintEvents)
      .where(or(eq(complaintEvents.chain, chain), eq(complaintEvents.complaintId, complaintId)))
      .orderBy(asc(complaintEvents.id)),
    db
      .select()
      .from(auditEvents)
      .where(
        or(
          eq(auditEvents.chain, chain),
          and(eq(auditEvents.entityType, "complaint"), eq(auditEvents.entityId, complaintId)),
        ),
      )
      .orderBy(asc(auditEvents.id)),
    db.select().from(auditChainHeads).where(eq(auditChainHeads.chain, chain)),
  ]);
  const links = [...events.map(eventLink), ...audits.map(auditLink)];
  if (links.length === 0) return { ok: true, chains: 0, links: 0 };
  const check = verifyChain(sha256Hex, chain, links, headOf(heads[0]));
  return check.ok ? { ok: true, chains: 1, links: check.links } : { ...check, chains: 1 };
}

const headOf = (h: typeof auditChainHeads.$inferSelect | undefined): ChainHead | null =>
  h ? { chain: h.chain, seq: Number(h.seq), hash: h.hash } : null;

/** How many chains are read at once by `verifyAllChains`. */
const BATCH = 200;

/**
 * Verifies every chain (`npm run audit:verify`): rows in no chain first, then the chains in order
 * of their key, a batch at a time. Stops at the first broken link.
 */
export async function verifyAllChains(db: Executor): Promise<ChainReport> {
  const unchained = await firstUnchained(db);
  if (unchained) return { ok: false, chains: 0, links: 0, broken: unchained };
  const heads = (await db.select().from(auditChainHeads).orderBy(asc(auditChainHeads.chain))).map(
    (h) => headOf(h)!,
  );
  let links = 0;
  for (let i = 0; i < heads.length; i += BATCH) {
    const batch = heads.slice(i, i + BATCH);
    const keys = batch.map((h) => h.chain);
    const [events, audits] = await Promise.all([
      db.select().from(complaintEvents).where(inArray(complaintEvents.chain, keys)),
      db.select().from(auditEvents).where(inArray(auditEvents.chain, keys)),
    ]);
    const byChain = new Map<string, StoredLink[]>(keys.map((k) => [k, []]));
    for (const l of [...events.map(eventLink), ...audits.map(auditLink)]) byChain.get(l.chain!)!.push(l);
    for (const head of batch) {
      const check = verifyChain(sha256Hex, head.chain, byChain.get(head.chain)!, head);
      links += check.links;
      if (!check.ok) return { ok: false, chains: i + batch.indexOf(head) + 1, links, broken: check.broken };
    }
  }
  return { ok: true, chains: heads.length, links };
}

/** The first row in no chain, or in a chain that has no head (a forged chain key). */
async function firstUnchained(db: Executor): Promise<ChainBreak | null> {
  const headless = (chain: typeof complaintEvents.chain | typeof auditEvents.chain) =>
    notExists(db.select({ one: sql`1` }).from(auditChainHeads).where(eq(auditChainHeads.chain, chain)));
  const [e] = await db
    .select({
      id: complaintEvents.id,
      chain: complaintEvents.chain,
      seq: complaintEvents.seq,
      hash: complaintEvents.hash,
    })
    .from(complaintEvents)
    .where(
      or(
        isNull(complaintEvents.hash),
        isNull(complaintEvents.chain),
        and(isNotNull(complaintEvents.chain), headless(complaintEvents.chain)),
      ),
    )
    .orderBy(asc(complaintEvents.id))
    .limit(1);
  if (e)
    return {
      table: "complaint_events",
      id: e.id,
      chain: e.chain,
      seq: e.seq === null ? null : Number(e.seq),
      reason: e.chain && e.hash ? "headless" : "unchained",
    };
  const [a] = await db
    .select({ id: auditEvents.id, chain: auditEvents.chain, seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(
      or(
        isNull(auditEvents.hash),
        isNull(auditEvents.chain),
        and(isNotNull(auditEvents.chain), headless(auditEvents.chain)),
      ),
    )
    .orderBy(asc(auditEvents.id))
    .limit(1);
  if (a)
    return {
      table: "audit_events",
      id: a.id,
      chain: a.chain,
      seq: a.seq === null ? null : Number(a.seq),
      reason: a.chain && a.hash ? "headless" : "unchained",
    };
  return null;
}

/** One line naming a broken link, for operators (not localized: a command-line tool). */
export function describeBreak(b: ChainBreak): string {
  const row = b.id === null ? b.table : `${b.table} row ${b.id}`;
  const where = [b.chain ? `chain ${b.chain}` : null, b.seq !== null ? `link ${b.seq}` : null]
    .filter(Boolean)
    .join(", ");
  return `${row}${where ? ` (${where})` : ""}: ${b.reason}`;
}
