import { BlockList, isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { TrustProxy } from "../config/env.ts";
import type { AppEnv } from "./context.ts";

/** `::ffff:10.0.0.1` is 10.0.0.1. */
const plain = (address: string) =>
  address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;

const lists = new WeakMap<TrustProxy, BlockList>();
function blockList(trust: { cidrs: string[] }): BlockList {
  let list = lists.get(trust);
  if (!list) {
    list = new BlockList();
    for (const cidr of trust.cidrs) {
      const [address = "", prefix] = cidr.split("/");
      const type = isIP(address) === 4 ? "ipv4" : "ipv6";
      if (prefix === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(prefix), type);
    }
    lists.set(trust, list);
  }
  return list;
}

const isTrusted = (list: BlockList, address: string) => {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
};

/**
 * The client's address from the socket's peer and the X-Forwarded-For chain, believing only the
 * proxies TRUST_PROXY names: off, the peer itself; `hops: n`, the entry n places from the right
 * (the peer counts as the first hop); `cidrs`, the right-most address that is not a trusted proxy.
 */
export function resolveClientAddress(
  peer: string,
  forwardedFor: string | undefined,
  trust: TrustProxy | null,
): string {
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((a) => plain(a.trim()))
      .filter((a) => isIP(a) !== 0),
    plain(peer),
  ];
  if (!trust) return plain(peer);
  if ("hops" in trust) return chain[Math.max(0, chain.length - 1 - trust.hops)]!;
  const list = blockList(trust);
  for (let i = chain.length - 1; i >= 0; i--) if (!isTrusted(list, chain[i]!)) return chain[i]!;
  return chain[0]!;
}

/** The client's address for every per-address limit and log line (see `resolveClientAddress`). */
export function clientAddress(c: Context<AppEnv>): string {
  let peer: string;
  try {
    peer = getConnInfo(c).remote.address ?? "unknown";
  } catch {
    peer = "local";
  }
  return resolveClientAddress(peer, c.req.header("x-forwarded-for"), c.get("deps").config.trustProxy);
}
