import { NextResponse, type NextRequest } from "next/server";

import { gate } from "@/lib/auth/gate";
import { peerAddress } from "@/lib/auth/peer-address";
import { guardRequest } from "@/lib/http/guard-request";
import { requestPolicy } from "@/lib/http/request-policy";
import { setSecurityHeaders } from "@/lib/http/security-headers";

/**
 * Runs before every request, static files included. First the checks every request must pass
 * (the Host it was sent to, where a change comes from, its body: lib/http/guard-request.ts),
 * then sign-in (with AUTH_MODE oidc or proxy nothing answers someone not signed in:
 * lib/auth/gate.ts). Every answer, ours or the app's, carries the security headers.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const guarded = await guardRequest(request, peerAddress(request.headers), requestPolicy());
  if (!guarded.ok) return guarded.response;

  // The gate sees the request as it goes on: X-Forwarded-* from strangers already dropped.
  const gated = await gate(
    new Request(request.url, { method: request.method, headers: guarded.requestHeaders }),
  );
  if (gated) {
    setSecurityHeaders(gated.headers, guarded.csp);
    return gated;
  }

  const response = NextResponse.next({ request: { headers: guarded.requestHeaders } });
  setSecurityHeaders(response.headers, guarded.csp);
  return response;
}
