/**
 * The tamper-evident record (issue 10, item 7): complaint events and audit rows form hash chains —
 * one per complaint (its events and its audit rows together) and one global chain for everything
 * not tied to a complaint (sign-ins, calendar edits, drafts, uploads). Each link stores the hash of
 * the link before it and its own hash, SHA-256 over a canonical serialisation of its content, its
 * chain, its place in the chain and that previous hash. A chain head (last place and hash) kept
 * apart detects a tail cut off. Pure: the digest is passed in, rows are passed in.
 */

/** The previous hash of a chain's first link. */
export const GENESIS = "0".repeat(64);

/** The global chain: audit rows not tied to a complaint. */
export const GLOBAL_CHAIN = "global";

export type ChainTable = "complaint_events" | "audit_events";

/** Hex SHA-256 of a UTF-8 string (node:crypto at the edge; injected to keep this module pure). */
export type Digest = (text: string) => string;

export function complaintChain(complaintId: string): string {
  return `complaint:${complaintId}`;
}

/** Where an audit row belongs: its complaint's chain, or the global one. */
export function auditChainOf(entityType: string, entityId: string): string {
  return entityType === "complaint" ? complaintChain(entityId) : GLOBAL_CHAIN;
}

/**
 * JSON with object keys sorted at every level, no whitespace, and JSON's own rules for the rest
 * (a Date becomes its ISO string, `undefined` members are dropped, non-finite numbers are null):
 * what is written to a `jsonb` column and read back serialises to the same text.
 */
export function canonicalJson(value: unknown): string {
  return write(JSON.parse(JSON.stringify(value ?? null)) as unknown);
}

/** A lone surrogate cannot be stored (UTF-8 turns it into U+FFFD): hash what is read back. */
const text = (s: string) => JSON.stringify(s.replace(/\p{Cs}/gu, "\uFFFD"));

function write(value: unknown): string {
  if (typeof value === "string") return text(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(write).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  return `{${keys.map((k) => `${text(k)}:${write(obj[k])}`).join(",")}}`;
}

/** An instant as hashed: ISO 8601 at millisecond precision (what JS writes and reads back). */
export function instantText(at: Date | string): string {
  return (typeof at === "string" ? new Date(at) : at).toISOString();
}

export type EventFields = {
  complaintId: string;
  at: Date | string;
  kind: string;
  mark: string | null;
  organizationId: string | null;
  actorId: string | null;
  actor: unknown;
  note: string | null;
  internal: boolean;
  data: unknown;
};

/** The hashed content of a complaint event. */
export function eventContent(e: EventFields): Record<string, unknown> {
  return {
    complaintId: e.complaintId,
    at: instantText(e.at),
    kind: e.kind,
    mark: e.mark ?? null,
    organizationId: e.organizationId ?? null,
    actorId: e.actorId ?? null,
    actor: e.actor ?? null,
    note: e.note ?? null,
    internal: e.internal,
    data: e.data ?? {},
  };
}

export type AuditFields = {
  at: Date | string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
  requestId: string | null;
};

/** The hashed content of an audit row. */
export function auditContent(a: AuditFields): Record<string, unknown> {
  return {
    at: instantText(a.at),
    actorId: a.actorId ?? null,
    action: a.action,
    entityType: a.entityType,
    entityId: a.entityId,
    data: a.data ?? {},
    requestId: a.requestId ?? null,
  };
}

export type LinkInput = {
  table: ChainTable;
  chain: string;
  seq: number;
  prevHash: string;
  content: Record<string, unknown>;
};

/** The exact text that is hashed for one link. */
export function linkPayload(l: LinkInput): string {
  return canonicalJson({
    table: l.table,
    chain: l.chain,
    seq: l.seq,
    prevHash: l.prevHash,
    content: l.content,
  });
}

export function linkHash(digest: Digest, l: LinkInput): string {
  return digest(linkPayload(l));
}

/** A stored row as read back: its chain columns may be null on a row never chained. */
export type StoredLink = {
  table: ChainTable;
  id: number;
  chain: string | null;
  seq: number | null;
  prevHash: string | null;
  hash: string | null;
  content: Record<string, unknown>;
};

export type ChainHead = { chain: string; seq: number; hash: string };

/**
 * Why a link breaks the chain: `altered` (its content no longer matches its hash), `relinked` (its
 * previous hash is not the hash of the link before it), `missing` (a place in the chain is empty or
 * taken twice: a row deleted or inserted), `truncated` (the head says the chain is longer: its tail
 * was cut), `unchained` (a row that is in no chain), `headless` (a chain without its head).
 */
export type BreakReason = "altered" | "relinked" | "missing" | "truncated" | "unchained" | "headless";

export type ChainBreak = {
  table: ChainTable | "audit_chain_heads";
  id: number | null;
  chain: string | null;
  seq: number | null;
  reason: BreakReason;
};

export type ChainCheck = { ok: true; links: number } | { ok: false; links: number; broken: ChainBreak };

/** Compares two links by place in the chain (then table and id, for a stable order). */
export function byPlace(a: StoredLink, b: StoredLink): number {
  return (a.seq ?? 0) - (b.seq ?? 0) || a.table.localeCompare(b.table) || a.id - b.id;
}

/**
 * Checks one chain: its links (from both tables, any order) and its head (null when absent).
 * Returns the first broken link in chain order.
 */
export function verifyChain(
  digest: Digest,
  chain: string,
  links: readonly StoredLink[],
  head: ChainHead | null,
): ChainCheck {
  const sorted = [...links].sort(byPlace);
  const fail = (broken: ChainBreak): ChainCheck => ({ ok: false, links: sorted.length, broken });
  let prev = GENESIS;
  for (let i = 0; i < sorted.length; i++) {
    const l = sorted[i]!;
    const at = { table: l.table, id: l.id, chain, seq: l.seq };
    if (l.chain !== chain || l.seq === null || l.prevHash === null || l.hash === null)
      return fail({ ...at, reason: "unchained" });
    if (l.seq !== i + 1) return fail({ ...at, reason: "missing" });
    const recomputed = linkHash(digest, {
      table: l.table,
      chain,
      seq: l.seq,
      prevHash: l.prevHash,
      content: l.content,
    });
    if (recomputed !== l.hash) return fail({ ...at, reason: "altered" });
    if (l.prevHash !== prev) return fail({ ...at, reason: "relinked" });
    prev = l.hash;
  }
  if (!head) {
    const last = sorted.at(-1);
    return fail({ table: "audit_chain_heads", id: null, chain, seq: last?.seq ?? null, reason: "headless" });
  }
  if (head.seq !== sorted.length || head.hash !== prev) {
    const last = sorted.at(-1);
    return fail(
      last
        ? { table: last.table, id: last.id, chain, seq: last.seq, reason: "truncated" }
        : { table: "audit_chain_heads", id: null, chain, seq: head.seq, reason: "truncated" },
    );
  }
  return { ok: true, links: sorted.length };
}

/** Places the links of a chain that has none stored yet (a one-time backfill), in the given order. */
export function chainLinks(
  digest: Digest,
  chain: string,
  start: { seq: number; hash: string },
  links: readonly { table: ChainTable; content: Record<string, unknown> }[],
): { seq: number; prevHash: string; hash: string }[] {
  let seq = start.seq;
  let prev = start.hash;
  return links.map((l) => {
    seq += 1;
    const hash = linkHash(digest, { table: l.table, chain, seq, prevHash: prev, content: l.content });
    const placed = { seq, prevHash: prev, hash };
    prev = hash;
    return placed;
  });
}
