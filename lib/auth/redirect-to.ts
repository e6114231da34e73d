import { NextResponse } from "next/server";

/**
 * A 303 to a path of this dashboard, or to the provider. A path stays relative so the browser
 * keeps the host it used (PUBLIC_URL or a proxy's name), whatever address the server listens on.
 */
export function redirectTo(location: string | URL): NextResponse {
  return new NextResponse(null, {
    status: 303,
    headers: { Location: String(location), "Cache-Control": "no-store" },
  });
}
