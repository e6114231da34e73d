import { isAllowedHost, type HostAllowlist } from "./allowed-hosts";

/** Methods that only read; everything else may change something and must come from our pages. */
export function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}

/**
 * Why a request that may change something does not come from one of the dashboard's own pages,
 * or undefined when it does. Browsers say where a request comes from in Sec-Fetch-Site (only
 * `same-origin`, or `none` for one the person started, may pass) and Origin (its host must be
 * one the dashboard answers to); at least one of them must be there, and each one there must
 * agree. A request with neither is not from a browser page, and is refused too: the console
 * has no clients but its own pages.
 */
export function crossOriginRefusal(
  headers: Headers,
  allowlist: HostAllowlist,
  listeningPort: string,
): string | undefined {
  const site = headers.get("sec-fetch-site");
  const origin = headers.get("origin");
  if (!site && !origin) return "Changes are accepted only from Runnerdeck's own pages.";
  if (site && site !== "same-origin" && site !== "none")
    return "Changes are accepted only from Runnerdeck's own pages, not from another site.";
  if (origin !== null) {
    let host: string | undefined;
    try {
      host = origin === "null" ? undefined : new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (!isAllowedHost(host, allowlist, listeningPort))
      return "Changes are accepted only from Runnerdeck's own pages, not from another site.";
  }
  return undefined;
}
