import { endSessionUrl } from "@/lib/auth/oidc-client";
import { redirectTo } from "@/lib/auth/redirect-to";
import { cookieAttributes, sessionCookie } from "@/lib/auth/session";
import { getSettings } from "@/lib/env";

export const dynamic = "force-dynamic";

const SIGNED_OUT_PATH = "/sign-in?signedOut=1";

/**
 * Signs out (POST only, from the header's form): the session cookie goes, then the provider
 * ends its own session when it offers that (RP-initiated logout) and sends the person back to
 * the sign-in page.
 */
export async function POST(): Promise<Response> {
  const { auth, publicUrl } = getSettings();
  if (auth.mode !== "oidc") return redirectTo("/");
  const providerLogout = await endSessionUrl(auth, `${publicUrl}${SIGNED_OUT_PATH}`);
  const response = redirectTo(providerLogout ?? SIGNED_OUT_PATH);
  const session = sessionCookie(publicUrl, auth.sessionMaxAge);
  response.cookies.set(session.name, "", { ...cookieAttributes(session), maxAge: 0 });
  return response;
}
