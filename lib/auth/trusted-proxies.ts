import { BlockList, isIP } from "node:net";

/**
 * TRUSTED_PROXIES: the addresses (IPs or CIDRs, comma-separated) whose identity headers
 * Runnerdeck believes. Anyone else sending the same headers is refused.
 */
export type TrustedProxiesResult = { ok: true; entries: string[] } | { ok: false; error: string };

export function parseTrustedProxies(text: string): TrustedProxiesResult {
  const entries: string[] = [];
  for (const raw of text.split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    const badPrefix = prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || Number(prefix) > bits);
    if (!family || badPrefix || extra !== undefined)
      return { ok: false, error: `"${entry}" is not an IP address or CIDR (e.g. 10.0.0.0/16)` };
    entries.push(entry);
  }
  if (entries.length === 0) return { ok: false, error: "names no address (e.g. 10.0.0.0/16)" };
  return { ok: true, entries };
}

const lists = new WeakMap<readonly string[], BlockList>();

function blockListOf(entries: readonly string[]): BlockList {
  let list = lists.get(entries);
  if (list) return list;
  list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address) === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  lists.set(entries, list);
  return list;
}

/** An IPv4 client of a dual-stack socket shows as ::ffff:10.0.0.5; compare it as 10.0.0.5. */
export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

export function isTrustedProxy(address: string | undefined, entries: readonly string[]): boolean {
  if (!address) return false;
  const normalized = normalizeAddress(address);
  const family = isIP(normalized);
  if (!family) return false;
  return blockListOf(entries).check(normalized, family === 4 ? "ipv4" : "ipv6");
}
