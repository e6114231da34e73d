/**
 * Headers a reverse proxy adds to say what the browser asked for. Next.js believes
 * X-Forwarded-Host over Host when it checks a server action's Origin, so from anyone but a
 * configured proxy they are dropped, and Next.js fills them from the connection itself.
 */
export const FORWARDED_HEADERS = [
  "forwarded",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-forwarded-for",
] as const;

export function dropForwardedHeaders(headers: Headers): void {
  for (const name of FORWARDED_HEADERS) headers.delete(name);
}

/** The first host in X-Forwarded-Host (a chain of proxies appends theirs after it). */
export function forwardedHost(headers: Headers): string | undefined {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || undefined;
}
