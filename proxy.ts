import type { NextRequest } from "next/server";

import { gate } from "@/lib/auth/gate";

/**
 * Runs before every request but static files. Sign-in first: with AUTH_MODE oidc or proxy,
 * nothing answers someone not signed in (see lib/auth/gate.ts).
 */
export async function proxy(request: NextRequest): Promise<Response | undefined> {
  return gate(request);
}

export const config = {
  matcher: ["/((?!_next/static/|_next/image|favicon.ico).*)"],
};
