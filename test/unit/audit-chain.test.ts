import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import {
  auditChainOf,
  auditContent,
  canonicalJson,
  chainLinks,
  complaintChain,
  eventContent,
  GENESIS,
  GLOBAL_CHAIN,
  linkHash,
  type StoredLink,
  verifyChain,
} from "../../src/domain/audit-chain.ts";
import { maskLogin } from "../../src/domain/mask.ts";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const chain = complaintChain("7d3c7a5e-0000-4000-8000-000000000001");

function event(n: number, data: Record<string, unknown> = {}) {
  return eventContent({
    complaintId: "7d3c7a5e-0000-4000-8000-000000000001",
    at: new Date(Date.UTC(2026, 10, 20, 5, 0, n, 123)),
    kind: "comment",
    mark: null,
    organizationId: "akmola-edu",
    actorId: null,
    actor: null,
    note: `note ${n}`,
    internal: false,
    data,
  });
}

/** A well-formed chain of `n` links alternating between the two tables, and its head. */
function build(n: number) {
  const rows = Array.from({ length: n }, (_, i) => ({
    table: i % 2 ? ("audit_events" as const) : ("complaint_events" as const),
    content: event(i, { i }),
  }));
  const placed = chainLinks(sha, chain, { seq: 0, hash: GENESIS }, rows);
  const links: StoredLink[] = rows.map((r, i) => ({ ...r, id: 100 + i, chain, ...placed[i]! }));
  const last = placed.at(-1)!;
  return { links, head: { chain, seq: last.seq, hash: last.hash } };
}

describe("canonical serialisation", () => {
  it("sorts keys at every level and has no whitespace", () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: "x" } }),
      '{"a":{"c":"x","d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("serialises what jsonb gives back the same way: undefined dropped, dates as ISO, key order free", () => {
    const written = {
      note: undefined,
      at: new Date("2026-11-20T05:00:00.123Z"),
      list: [1, undefined],
      b: 2,
      a: 1,
    };
    const readBack = JSON.parse(
      JSON.stringify({ a: 1, b: 2, list: [1, null], at: "2026-11-20T05:00:00.123Z" }),
    );
    assert.equal(canonicalJson(written), canonicalJson(readBack));
  });

  it("keeps Kazakh and Russian text as it is and replaces lone surrogates as UTF-8 storage does", () => {
    assert.equal(canonicalJson({ t: "Әә Ғғ Ққ Ңң Өө" }), '{"t":"Әә Ғғ Ққ Ңң Өө"}');
    assert.equal(canonicalJson("a\uD800b"), canonicalJson("a\uFFFDb"));
    assert.equal(canonicalJson("😀"), '"😀"');
  });

  it("hashes instants at millisecond precision, from a Date or its text read back", () => {
    const a = eventContent({ ...baseEvent(), at: new Date("2026-11-20T05:00:00.123Z") });
    const b = eventContent({ ...baseEvent(), at: "2026-11-20T05:00:00.123Z" });
    assert.equal(canonicalJson(a), canonicalJson(b));
  });
});

function baseEvent() {
  return {
    complaintId: "c",
    at: new Date(0),
    kind: "comment",
    mark: null,
    organizationId: null,
    actorId: null,
    actor: null,
    note: null,
    internal: false,
    data: {},
  };
}

describe("chains", () => {
  it("puts complaint audit rows in the complaint's chain and the rest in the global one", () => {
    assert.equal(auditChainOf("complaint", "abc"), "complaint:abc");
    assert.equal(auditChainOf("calendar_day", "2026-12-16"), GLOBAL_CHAIN);
    assert.equal(auditChainOf("login", "90••••"), GLOBAL_CHAIN);
  });

  it("the hash covers content, chain, place and the previous hash", () => {
    const base = {
      table: "audit_events" as const,
      chain: "global",
      seq: 1,
      prevHash: GENESIS,
      content: { a: 1 },
    };
    const h = linkHash(sha, base);
    assert.match(h, /^[0-9a-f]{64}$/);
    for (const other of [
      { ...base, content: { a: 2 } },
      { ...base, chain: "complaint:x" },
      { ...base, seq: 2 },
      { ...base, prevHash: "1".repeat(64) },
      { ...base, table: "complaint_events" as const },
    ])
      assert.notEqual(linkHash(sha, other), h);
    assert.equal(linkHash(sha, { ...base, content: { a: 1 } }), h);
  });

  it("a well-formed chain verifies, in any order read", () => {
    const { links, head } = build(6);
    assert.deepEqual(verifyChain(sha, chain, links, head), { ok: true, links: 6 });
    assert.deepEqual(verifyChain(sha, chain, [...links].reverse(), head), { ok: true, links: 6 });
  });

  it("names an altered row", () => {
    const { links, head } = build(5);
    links[2] = { ...links[2]!, content: { ...links[2]!.content, note: "rewritten" } };
    const r = verifyChain(sha, chain, links, head);
    assert.equal(r.ok, false);
    assert.deepEqual(!r.ok && r.broken, {
      table: "complaint_events",
      id: 102,
      chain,
      seq: 3,
      reason: "altered",
    });
  });

  it("an altered row whose hash was recomputed breaks the next link", () => {
    const { links, head } = build(5);
    const content = { ...links[1]!.content, note: "rewritten" };
    const hash = linkHash(sha, {
      table: "audit_events",
      chain,
      seq: 2,
      prevHash: links[1]!.prevHash!,
      content,
    });
    links[1] = { ...links[1]!, content, hash };
    const r = verifyChain(sha, chain, links, head);
    assert.deepEqual(!r.ok && r.broken, {
      table: "complaint_events",
      id: 102,
      chain,
      seq: 3,
      reason: "relinked",
    });
  });

  it("names a deleted row's successor, a cut tail, a missing head and an unchained row", () => {
    const { links, head } = build(5);
    const gap = verifyChain(
      sha,
      chain,
      links.filter((_, i) => i !== 1),
      head,
    );
    assert.deepEqual(!gap.ok && gap.broken, {
      table: "complaint_events",
      id: 102,
      chain,
      seq: 3,
      reason: "missing",
    });
    const cut = verifyChain(sha, chain, links.slice(0, 4), head);
    assert.deepEqual(!cut.ok && cut.broken, {
      table: "audit_events",
      id: 103,
      chain,
      seq: 4,
      reason: "truncated",
    });
    const headless = verifyChain(sha, chain, links, null);
    assert.equal(!headless.ok && headless.broken.reason, "headless");
    const stray = verifyChain(
      sha,
      chain,
      [...links, { ...links[0]!, id: 999, seq: null, hash: null, prevHash: null }],
      head,
    );
    assert.deepEqual(!stray.ok && stray.broken, {
      table: "complaint_events",
      id: 999,
      chain,
      seq: null,
      reason: "unchained",
    });
  });

  it("two links claiming the same place (a fork) break the chain", () => {
    const { links, head } = build(3);
    const fork = { ...links[2]!, id: 500, table: "audit_events" as const };
    const r = verifyChain(sha, chain, [...links, fork], head);
    assert.equal(r.ok, false);
  });

  it("audit content keeps what was stored, nothing else", () => {
    const c = auditContent({
      at: "2026-11-20T05:00:00.000Z",
      actorId: null,
      action: "session.failed",
      entityType: "login",
      entityId: "9001••••0126",
      data: { login: "9001••••0126" },
      requestId: null,
    });
    assert.deepEqual(Object.keys(c).sort(), [
      "action",
      "actorId",
      "at",
      "data",
      "entityId",
      "entityType",
      "requestId",
    ]);
  });
});

describe("maskLogin", () => {
  it("masks an IIN and keeps two characters of anything else", () => {
    assert.equal(maskLogin("900101300126"), "9001••••0126");
    assert.equal(maskLogin("registrar.akmola-edu"), "re••••");
    assert.equal(maskLogin("Ә"), "Ә••••");
  });
});
