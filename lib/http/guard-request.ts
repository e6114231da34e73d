import { isTrustedProxy } from "@/lib/auth/trusted-proxies";

import { isMalformedActionBody } from "./action-body";
import { isAllowedHost, type HostAllowlist } from "./allowed-hosts";
import { BODY_LIMIT_BYTES, declaresTooLarge, readBodyUpTo } from "./body-size";
import { dropForwardedHeaders, forwardedHost } from "./forwarded-headers";
import { refusal } from "./refusal";
import { crossOriginRefusal, isSafeMethod } from "./same-origin";
import { contentSecurityPolicy, newNonce, setSecurityHeaders } from "./security-headers";

export type RequestPolicy = {
  allowlist: HostAllowlist;
  /** TRUSTED_PROXIES: whose X-Forwarded-* headers are believed. */
  trustedProxies: readonly string[];
  /** `next dev`: its React needs 'unsafe-eval' and its overlay inline styles. */
  dev: boolean;
  /** Origins a form's answer may lead to besides ours: the OpenID provider's, for sign-out. */
  formTargets: readonly string[];
};

export type GuardedRequest =
  /** Send this, with the security headers already on it. */
  | { ok: false; response: Response }
  /** Let the request through with `requestHeaders`; put `csp` on its answer. */
  | { ok: true; requestHeaders: Headers; csp: string };

const MISDIRECTED =
  "Runnerdeck does not answer to this host name. To open it by another name, list that name " +
  "in ALLOWED_HOSTS (or set PUBLIC_URL).\n";

/**
 * Everything proxy.ts checks before a request reaches a page, a route or a server action: the
 * Host it was sent to (421), where a change comes from (403), the body's size (413), that an
 * API change is JSON (415) and that a server action's body can be read (400). A request that
 * passes leaves with X-Forwarded-* dropped unless `peer` is a trusted proxy, and with this
 * response's CSP (and its nonce, which Next.js puts on its scripts) among its headers.
 */
export async function guardRequest(
  request: Request,
  peer: string | undefined,
  policy: RequestPolicy,
): Promise<GuardedRequest> {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, policy);
  const refuse = (response: Response): GuardedRequest => {
    setSecurityHeaders(response.headers, csp);
    return { ok: false, response };
  };

  const url = new URL(request.url);
  // Next.js builds proxy.ts's URL from the port it listens on, not from anything the client sent.
  const listeningPort = url.port || (url.protocol === "https:" ? "443" : "80");
  const headers = new Headers(request.headers);
  const trusted = isTrustedProxy(peer, policy.trustedProxies);
  if (!trusted) dropForwardedHeaders(headers);
  const host = (trusted && forwardedHost(headers)) || headers.get("host");
  if (!host || !isAllowedHost(host, policy.allowlist, listeningPort))
    return refuse(
      new Response(MISDIRECTED, {
        status: 421,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      }),
    );

  if (!isSafeMethod(request.method)) {
    // Next.js would compare Origin with this host too, but answer a mismatch with a 500.
    const crossOrigin = crossOriginRefusal(headers, host);
    if (crossOrigin) return refuse(refusal(403, "access-denied", crossOrigin));
    const tooLarge = () =>
      refuse(
        refusal(
          413,
          "invalid-request",
          `The request body is larger than ${BODY_LIMIT_BYTES / 1024} KB.`,
        ),
      );
    if (declaresTooLarge(request)) return tooLarge();
    const contentType = headers.get("content-type") ?? "";
    if (url.pathname.startsWith("/api/") && !/^application\/json\s*(;|$)/i.test(contentType))
      return refuse(refusal(415, "invalid-request", "Send the request body as application/json."));
    const isAction = headers.has("next-action");
    // A body with no Content-Length is counted; an action's is read to see it can be decoded.
    // Either way this is proxy.ts's own copy: the app reads the body as it came.
    if (isAction || !headers.has("content-length")) {
      const body = await readBodyUpTo(request);
      if (body === "too-large") return tooLarge();
      if (isAction && (await isMalformedActionBody(contentType, body)))
        return refuse(
          refusal(400, "invalid-request", "The server action's arguments could not be read."),
        );
    }
  }

  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  return { ok: true, requestHeaders: headers, csp };
}
