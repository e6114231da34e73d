/**
 * How a ServiceUrl (a host name, with a port on a local App Runner) becomes a link. Names that
 * reach loopback — `localhost` and everything under `.localhost` (RFC 6761) — never have public
 * TLS certificates, so they are linked with `http://`; every other name with `https://`, as App
 * Runner serves its `*.awsapprunner.com` URLs. A general rule about names, not emulator knowledge.
 */

/** The host name of a ServiceUrl: lower case, without scheme, port, path or trailing dot. */
export function serviceUrlHost(serviceUrl: string): string {
  const withoutScheme = serviceUrl.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const authority = withoutScheme.split(/[/?#]/, 1)[0]!.toLowerCase();
  const host = authority.startsWith("[")
    ? authority.slice(0, authority.indexOf("]") + 1)
    : authority.split(":", 1)[0]!;
  return host.endsWith(".") ? host.slice(0, -1) : host;
}

/** True for `localhost` and names ending in `.localhost`, which resolve to loopback. */
export function isLoopbackServiceUrl(serviceUrl: string): boolean {
  const host = serviceUrlHost(serviceUrl);
  return host === "localhost" || host.endsWith(".localhost");
}

/** The link for a ServiceUrl: `http://` for loopback names, `https://` otherwise. */
export function serviceUrlHref(serviceUrl: string): string {
  const url = serviceUrl.trim();
  const bare = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  return `${isLoopbackServiceUrl(url) ? "http" : "https"}://${bare}`;
}
