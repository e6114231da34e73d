import { z } from "zod";

import type { SignInFlow } from "./oidc-client";
import { open, seal } from "./sealed-value";

/** Ten minutes to get through the provider's sign-in; after that the person starts again. */
const FLOW_SECONDS = 600;

const flowClaims = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  codeVerifier: z.string().min(43),
  returnTo: z.string().startsWith("/"),
});

/**
 * The sign-in in progress (state, nonce, PKCE verifier, where to return), kept by the browser
 * sealed so only this dashboard can read it, and only for the callback of this sign-in.
 */
export function signInCookie(publicUrl: string) {
  const secure = publicUrl.startsWith("https:");
  return {
    name: secure ? "__Host-runnerdeck-sign-in" : "runnerdeck-sign-in",
    secure,
    maxAge: FLOW_SECONDS,
  };
}

export function sealSignInFlow(flow: SignInFlow, secret: string): Promise<string> {
  return seal(flow, secret, "sign-in", Math.floor(Date.now() / 1000) + FLOW_SECONDS);
}

export async function openSignInFlow(
  value: string | undefined,
  secret: string,
): Promise<SignInFlow | undefined> {
  if (!value) return undefined;
  const opened = await open(value, secret, "sign-in");
  if (!opened.ok) return undefined;
  const flow = flowClaims.safeParse(opened.payload);
  return flow.success ? flow.data : undefined;
}
