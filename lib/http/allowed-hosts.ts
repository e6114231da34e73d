/**
 * The host names Runnerdeck answers to. A page on another site can point a name of its own at
 * 127.0.0.1 (DNS rebinding) and then read and change everything as if it were same-origin; the
 * browser sends that name in Host, so refusing every Host not listed here closes the door,
 * on loopback too.
 */
export type HostAllowlist = {
  /** `name:port` pairs, lower case; IPv6 addresses in brackets. */
  hostPorts: ReadonlySet<string>;
  /** Names allowed on any port (ALLOWED_HOSTS entries given without one). */
  anyPort: ReadonlySet<string>;
};

const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];

/** A bare IPv6 address as it appears in a Host header: in brackets. */
function bracketed(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/** One ALLOWED_HOSTS entry: a host name or IP, optionally with `:port`. */
const ENTRY =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/;

export type AllowedHostsResult = { ok: true; entries: string[] } | { ok: false; error: string };

/**
 * ALLOWED_HOSTS: more names people may open the dashboard by, comma-separated, each with or
 * without a port (`runnerdeck.internal`, `10.0.0.5:3000`, `[fd00::5]:3000`).
 */
export function parseAllowedHosts(text: string): AllowedHostsResult {
  const entries: string[] = [];
  for (const raw of text.split(",")) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    const match = ENTRY.exec(entry);
    const port = match?.[1];
    if (!match || (port !== undefined && (Number(port) < 1 || Number(port) > 65535)))
      return {
        ok: false,
        error: `"${raw.trim()}" is not a host name with an optional port (e.g. runnerdeck.example.com or 10.0.0.5:3000)`,
      };
    entries.push(entry);
  }
  return { ok: true, entries };
}

export type AllowlistSources = {
  /** HOST: a concrete address there is allowed too (0.0.0.0 and :: are not names anyone opens). */
  host: string;
  /** PORT, the port HOST is opened on. */
  port: number;
  /** The address people open (PUBLIC_URL), when set. */
  publicUrl: string | undefined;
  /** ALLOWED_HOSTS entries, already parsed. */
  extra: readonly string[];
};

/** HOST when it is a concrete address, PUBLIC_URL's host, and ALLOWED_HOSTS. */
export function buildHostAllowlist({
  host,
  port,
  publicUrl,
  extra,
}: AllowlistSources): HostAllowlist {
  const hostPorts = new Set<string>();
  const anyPort = new Set<string>();
  const listen = bracketed(host.toLowerCase());
  if (listen !== "0.0.0.0" && listen !== "[::]") hostPorts.add(`${listen}:${port}`);
  if (publicUrl) {
    const url = new URL(publicUrl);
    hostPorts.add(
      `${url.hostname.toLowerCase()}:${url.port || (url.protocol === "https:" ? 443 : 80)}`,
    );
  }
  for (const entry of extra) {
    if (/:\d+$/.test(entry)) hostPorts.add(entry);
    else anyPort.add(entry);
  }
  return { hostPorts, anyPort };
}

/**
 * Splits a Host header (or an origin's host) into name and port; the port is undefined when the
 * value has none. Undefined for anything that is not a plain `name[:port]`.
 */
export function splitHost(value: string): { name: string; port: string | undefined } | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]/@\s]+)(?::(\d{1,5}))?$/i.exec(value.trim());
  if (!match) return undefined;
  return { name: match[1]!.toLowerCase(), port: match[2] };
}

/**
 * Whether a Host header (or an Origin's host) names this dashboard: a loopback name on the port
 * it listens on, or an allowlisted name. Without a port, a name counts on either default port,
 * since behind a TLS proxy the scheme the browser used isn't known here.
 */
export function isAllowedHost(
  value: string | null | undefined,
  allowlist: HostAllowlist,
  listeningPort: string,
): boolean {
  if (!value) return false;
  const host = splitHost(value);
  if (!host) return false;
  if (allowlist.anyPort.has(host.name)) return true;
  const ports = host.port ? [host.port] : ["80", "443"];
  return ports.some(
    (port) =>
      (LOOPBACK_NAMES.includes(host.name) && port === listeningPort) ||
      allowlist.hostPorts.has(`${host.name}:${port}`),
  );
}
