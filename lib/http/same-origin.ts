import { splitHost } from "./allowed-hosts";

/** Methods that only read; everything else may change something and must come from our pages. */
export function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}

/**
 * Whether two hosts (`name[:port]`) are the same; a missing port is the scheme's default, which
 * can't be told apart here, so it matches either 80 or 443.
 */
export function isSameHost(a: string, b: string): boolean {
  const x = splitHost(a);
  const y = splitHost(b);
  if (!x || !y || x.name !== y.name) return false;
  if (x.port === y.port) return true;
  const other = x.port === undefined ? y.port : y.port === undefined ? x.port : "";
  return other === "80" || other === "443";
}

/**
 * Why a request that may change something does not come from one of the dashboard's own pages,
 * or undefined when it does. Browsers say where a request comes from in Sec-Fetch-Site (only
 * `same-origin`, or `none` for one the person started, may pass) and Origin (it must be the
 * host the request was sent to, `host`); at least one of them must be there, and each one there
 * must agree. A request with neither is not from a browser page, and is refused too: the
 * console has no clients but its own pages.
 */
export function crossOriginRefusal(headers: Headers, host: string): string | undefined {
  const site = headers.get("sec-fetch-site");
  const origin = headers.get("origin");
  if (!site && !origin) return "Changes are accepted only from Runnerdeck's own pages.";
  const elsewhere = "Changes are accepted only from Runnerdeck's own pages, not from another site.";
  if (site && site !== "same-origin" && site !== "none") return elsewhere;
  if (origin !== null) {
    let originHost: string | undefined;
    try {
      originHost = origin === "null" ? undefined : new URL(origin).host;
    } catch {
      originHost = undefined;
    }
    if (!originHost || !isSameHost(originHost, host)) return elsewhere;
  }
  return undefined;
}
