import { getSettings, type Settings } from "@/lib/env";

import { identify } from "./identify";
import { signInPath } from "./return-to";

/**
 * What anyone may reach without signing in: the sign-in page and its routes, and the static
 * files every page (the sign-in page too) loads.
 */
const PUBLIC_PATHS = ["/sign-in", "/auth/sign-in", "/auth/callback", "/auth/sign-out"];
const PUBLIC_PREFIXES = ["/_next/static/"];
const PUBLIC_FILES = ["/favicon.ico", "/icon.svg", "/apple-icon.png", "/robots.txt"];

export function isPublicPath(pathname: string): boolean {
  return (
    PUBLIC_PATHS.includes(pathname) ||
    PUBLIC_FILES.includes(pathname) ||
    PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))
  );
}

/** A request for a page a person navigates to, as opposed to an API call, a stream or an action. */
function isPageRequest(request: Request, pathname: string): boolean {
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    !pathname.startsWith("/api/") &&
    !request.headers.has("next-action")
  );
}

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * The one check that a request comes from someone signed in (AUTH_MODE oidc or proxy), run by
 * proxy.ts before anything else answers. Undefined lets the request through; otherwise the
 * answer to send: a page redirects to the sign-in page (remembering where the person was
 * going), and API routes, streams and server actions answer 401 (403 for a person with no role)
 * with `{ kind, message }` JSON like the routes' other errors.
 *
 * Who may do what once signed in is not decided here: every action and route calls
 * authorize() for that.
 */
export async function gate(
  request: Request,
  settings: Settings = getSettings(),
): Promise<Response | undefined> {
  if (settings.auth.mode === "none") return undefined;
  const url = new URL(request.url);
  if (isPublicPath(url.pathname)) return undefined;
  const who = await identify(request.headers, settings);
  if (who.ok) return undefined;

  if (isPageRequest(request, url.pathname)) {
    if (settings.auth.mode === "oidc") {
      const returnTo = `${url.pathname}${url.search}`;
      const reason = who.reason === "expired" ? "expired" : undefined;
      // Absolute, as proxy.ts must answer; Next.js sends it on relative to the browser's host.
      const location = new URL(signInPath(returnTo, reason), request.url);
      return new Response(null, { status: 307, headers: { Location: location.href, ...NO_STORE } });
    }
    // Behind a sign-in proxy there is no sign-in page of ours to send anyone to.
    return new Response(`${who.message}\n`, {
      status: who.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE },
    });
  }
  return Response.json(
    { kind: who.status === 401 ? "unauthenticated" : "forbidden", message: who.message },
    { status: who.status, headers: NO_STORE },
  );
}
