import type { Settings } from "@/lib/env";

import { peerAddress } from "./peer-address";
import { LOCAL_VIEWER, type Viewer } from "./permissions";
import { identityFromProxyHeaders } from "./proxy-identity";
import { openSession, sessionCookie } from "./session";

export type Identified =
  | { ok: true; viewer: Viewer }
  | {
      ok: false;
      status: 401 | 403;
      /** "expired": there was a session and its time ran out (the sign-in page says so). */
      reason: "missing" | "expired" | "invalid" | "proxy";
      message: string;
    };

/** A cookie's value from a request's Cookie header. */
export function readCookie(headers: Headers, name: string): string | undefined {
  for (const pair of (headers.get("cookie") ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * The person a request is for, by the configured AUTH_MODE: the one local person (none), the
 * session cookie (oidc), or the trusted proxy's headers (proxy). Pure over the request's
 * headers, so proxy.ts's gate and the server's `currentViewer()` decide alike.
 */
export async function identify(headers: Headers, settings: Settings): Promise<Identified> {
  const { auth } = settings;
  switch (auth.mode) {
    case "none":
      return { ok: true, viewer: LOCAL_VIEWER };
    case "oidc": {
      const cookie = sessionCookie(settings.publicUrl, auth.sessionMaxAge);
      const opened = await openSession(readCookie(headers, cookie.name), auth.sessionSecret);
      if (opened.ok) {
        const { exp: _exp, ...viewer } = opened.session;
        return { ok: true, viewer };
      }
      return {
        ok: false,
        status: 401,
        reason: opened.reason,
        message:
          opened.reason === "expired"
            ? "Your sign-in has expired. Sign in again to carry on."
            : "Sign in to use Runnerdeck.",
      };
    }
    case "proxy": {
      const identity = await identityFromProxyHeaders(headers, peerAddress(headers), {
        auth,
        trustedProxies: settings.trustedProxies,
      });
      if (identity.ok) return identity;
      return { ok: false, status: identity.status, reason: "proxy", message: identity.reason };
    }
  }
}
