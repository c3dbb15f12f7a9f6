import { asc, eq, isNull, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Db, Executor, Tx } from "../db/connection.ts";
import { auditChainHeads, auditEvents, complaintEvents } from "../db/schema.ts";
import {
  auditChainOf,
  auditContent,
  type ChainHead,
  type ChainTable,
  chainLinks,
  complaintChain,
  eventContent,
  GENESIS,
  linkHash,
} from "../domain/audit-chain.ts";
import { sha256Hex } from "../queries/audit-chain.ts";

/** Runs `fn` in the caller's transaction, or in a new one when given the database itself. */
export function inTransaction<T>(db: Executor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db instanceof PgTransaction ? fn(db as Tx) : (db as Db).transaction(fn);
}

/**
 * Locks the head of `chain` until the transaction ends (creating it at the genesis when new) and
 * returns its last place and hash. `INSERT … ON CONFLICT DO UPDATE` takes the row lock in one
 * statement on PostgreSQL and PGlite alike: a second appender waits here, then sees the new head.
 */
export async function lockChainHead(tx: Tx, chain: string): Promise<{ seq: number; hash: string }> {
  return (await lockChainHeads(tx, [chain])).get(chain)!;
}

/**
 * Locks the heads of several chains in one statement, in the order of their names (so that two
 * appenders of many chains cannot wait for each other), as `lockChainHead` does one.
 */
export async function lockChainHeads(
  tx: Tx,
  chains: readonly string[],
): Promise<Map<string, { seq: number; hash: string }>> {
  const sorted = [...new Set(chains)].sort();
  const heads = new Map<string, { seq: number; hash: string }>();
  // Three parameters a chain, at most 65 535 a statement: slices of 5 000, still in order.
  for (let i = 0; i < sorted.length; i += 5_000) {
    const locked = await tx
      .insert(auditChainHeads)
      .values(sorted.slice(i, i + 5_000).map((chain) => ({ chain, seq: 0, hash: GENESIS })))
      .onConflictDoUpdate({ target: auditChainHeads.chain, set: { chain: sql`excluded.chain` } })
      .returning({ chain: auditChainHeads.chain, seq: auditChainHeads.seq, hash: auditChainHeads.hash });
    for (const h of locked) heads.set(h.chain, { seq: Number(h.seq), hash: h.hash });
  }
  return heads;
}

/** Moves the heads locked by `lockChainHeads` on to their new last links, in one statement. */
export async function moveChainHeads(tx: Tx, heads: readonly ChainHead[]): Promise<void> {
  if (!heads.length) return;
  await tx.execute(sql`
    UPDATE audit_chain_heads h SET seq = v.seq, hash = v.hash
      FROM json_to_recordset(${JSON.stringify(heads)}::json) AS v(chain text, seq bigint, hash text)
     WHERE h.chain = v.chain
  `);
}

export type Link = { chain: string; seq: number; prevHash: string; hash: string };

/**
 * The next link of `chain` for a row of `table` with this content: locks the head, computes the
 * hash and moves the head on. Insert the row with the returned columns in the same transaction.
 */
export async function nextLink(
  tx: Tx,
  chain: string,
  table: ChainTable,
  content: Record<string, unknown>,
): Promise<Link> {
  const head = await lockChainHead(tx, chain);
  const seq = head.seq + 1;
  const hash = linkHash(sha256Hex, { table, chain, seq, prevHash: head.hash, content });
  await tx.update(auditChainHeads).set({ seq, hash }).where(eq(auditChainHeads.chain, chain));
  return { chain, seq, prevHash: head.hash, hash };
}

type Pending = { table: ChainTable; id: number; chain: string; at: number; content: Record<string, unknown> };

/**
 * One-time step for databases older than 0022: puts every row that is in no chain yet at the end
 * of its chain (in order of time, the event before its audit row, then id), so that audit:verify
 * passes on an upgraded database. Runs at start-up; does nothing once every row is chained.
 */
export async function chainUnchained(db: Db): Promise<number> {
  const [e] = await db
    .select({ id: complaintEvents.id })
    .from(complaintEvents)
    .where(isNull(complaintEvents.hash))
    .limit(1);
  const [a] = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(isNull(auditEvents.hash))
    .limit(1);
  if (!e && !a) return 0;
  return db.transaction(async (tx) => {
    // Two processes starting together: one chains, the other then finds nothing to do.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(4242022)`);
    const events = await tx
      .select()
      .from(complaintEvents)
      .where(isNull(complaintEvents.hash))
      .orderBy(asc(complaintEvents.id));
    const audits = await tx
      .select()
      .from(auditEvents)
      .where(isNull(auditEvents.hash))
      .orderBy(asc(auditEvents.id));
    const pending: Pending[] = [
      ...events.map((r) => ({
        table: "complaint_events" as const,
        id: r.id,
        chain: complaintChain(r.complaintId),
        at: r.at.getTime(),
        content: eventContent(r),
      })),
      ...audits.map((r) => ({
        table: "audit_events" as const,
        id: r.id,
        chain: auditChainOf(r.entityType, r.entityId),
        at: r.at.getTime(),
        content: auditContent(r),
      })),
    ];
    pending.sort((x, y) => x.at - y.at || x.table.localeCompare(y.table) || x.id - y.id);
    const byChain = new Map<string, Pending[]>();
    for (const p of pending) {
      const list = byChain.get(p.chain);
      if (list) list.push(p);
      else byChain.set(p.chain, [p]);
    }
    for (const [chain, rows] of [...byChain].sort(([x], [y]) => x.localeCompare(y))) {
      const head = await lockChainHead(tx, chain);
      const placed = chainLinks(sha256Hex, chain, head, rows);
      for (const [i, row] of rows.entries()) {
        const link = { chain, ...placed[i]! };
        if (row.table === "complaint_events")
          await tx.update(complaintEvents).set(link).where(eq(complaintEvents.id, row.id));
        else await tx.update(auditEvents).set(link).where(eq(auditEvents.id, row.id));
      }
      const last = placed.at(-1)!;
      await tx
        .update(auditChainHeads)
        .set({ seq: last.seq, hash: last.hash })
        .where(eq(auditChainHeads.chain, chain));
    }
    return pending.length;
  });
}
