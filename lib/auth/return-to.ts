/** Where a person lands after signing in when they weren't on their way anywhere. */
export const HOME = "/services";

/**
 * Where to send a person after sign-in: a path on this dashboard, never another site (an open
 * redirect would let a crafted sign-in link forward people anywhere) and never the sign-in
 * pages themselves (a loop).
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return HOME;
  let url: URL;
  try {
    url = new URL(value, "http://runnerdeck.invalid");
  } catch {
    return HOME;
  }
  if (url.origin !== "http://runnerdeck.invalid") return HOME;
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/auth/")) return HOME;
  // `_rsc` marks a client navigation's fetch; the page itself is what the person wanted.
  url.searchParams.delete("_rsc");
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's address, remembering where the person was going. */
export function signInPath(returnTo: string, reason?: "expired"): string {
  const params = new URLSearchParams({ returnTo: safeReturnTo(returnTo) });
  if (reason) params.set("reason", reason);
  return `/sign-in?${params}`;
}
