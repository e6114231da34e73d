import type { NextRequest } from "next/server";

import { startSignIn } from "@/lib/auth/oidc-client";
import { redirectTo } from "@/lib/auth/redirect-to";
import { safeReturnTo, signInPath } from "@/lib/auth/return-to";
import { cookieAttributes } from "@/lib/auth/session";
import { sealSignInFlow, signInCookie } from "@/lib/auth/sign-in-cookie";
import { getSettings } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Starts signing in: off to the provider, remembering (sealed) how to check its answer. */
export async function GET(request: NextRequest): Promise<Response> {
  const { auth, publicUrl } = getSettings();
  const returnTo = safeReturnTo(request.nextUrl.searchParams.get("returnTo"));
  if (auth.mode !== "oidc") return redirectTo(returnTo);
  let started: Awaited<ReturnType<typeof startSignIn>>;
  try {
    started = await startSignIn(auth, publicUrl, returnTo);
  } catch (error) {
    console.error(
      `Sign-in: the provider at ${auth.issuer} isn't answering (${error instanceof Error ? error.message : String(error)}).`,
    );
    return redirectTo(`${signInPath(returnTo)}&error=provider`);
  }
  const response = redirectTo(started.url);
  const cookie = signInCookie(publicUrl);
  response.cookies.set(
    cookie.name,
    await sealSignInFlow(started.flow, auth.sessionSecret),
    cookieAttributes(cookie),
  );
  return response;
}
