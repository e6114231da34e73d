import type { NextRequest } from "next/server";

import { CALLBACK_PATH, finishSignIn } from "@/lib/auth/oidc-client";
import { redirectTo } from "@/lib/auth/redirect-to";
import { signInPath } from "@/lib/auth/return-to";
import { cookieAttributes, sealSession, sessionCookie } from "@/lib/auth/session";
import { openSignInFlow, signInCookie } from "@/lib/auth/sign-in-cookie";
import { getSettings } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The provider sends the person back here: check its answer, then start their session. */
export async function GET(request: NextRequest): Promise<Response> {
  const { auth, publicUrl } = getSettings();
  if (auth.mode !== "oidc") return redirectTo("/");
  const flowCookie = signInCookie(publicUrl);
  const flow = await openSignInFlow(
    request.cookies.get(flowCookie.name)?.value,
    auth.sessionSecret,
  );

  const answer = async (): Promise<ReturnType<typeof redirectTo>> => {
    if (!flow) return redirectTo(`${signInPath("/")}&error=stale`);
    const failed = (error: string) => redirectTo(`${signInPath(flow.returnTo)}&error=${error}`);
    // The address the provider redirected to, as it knows it: PUBLIC_URL, whatever this server's own.
    const callbackUrl = new URL(`${publicUrl}${CALLBACK_PATH}${request.nextUrl.search}`);
    try {
      const result = await finishSignIn(auth, callbackUrl, flow);
      if (!result.ok) {
        if (result.error === "no-role")
          console.warn(`Sign-in refused: ${result.detail} has no role in ROLE_MAPPING.`);
        return failed(result.error);
      }
      const session = sessionCookie(publicUrl, auth.sessionMaxAge);
      const response = redirectTo(flow.returnTo);
      response.cookies.set(
        session.name,
        await sealSession(result.viewer, auth.sessionSecret, auth.sessionMaxAge),
        cookieAttributes(session),
      );
      return response;
    } catch (error) {
      console.error(
        `Sign-in failed at the callback: ${error instanceof Error ? error.message : String(error)}`,
      );
      return failed("failed");
    }
  };

  const response = await answer();
  // One callback per sign-in: its state and verifier are spent, whatever happened.
  response.cookies.set(flowCookie.name, "", { ...cookieAttributes(flowCookie), maxAge: 0 });
  return response;
}
