import "server-only";

import * as oidc from "openid-client";

import type { OidcSettings } from "./auth-settings";
import type { Viewer } from "./permissions";
import { claimValues, rolesFor } from "./role-mapping";

/**
 * AUTH_MODE=oidc through openid-client (a certified relying party): discovery, the
 * authorization code flow with PKCE, state and nonce, the ID token's checks, userinfo, and
 * RP-initiated logout. Nothing here parses a token by hand.
 */

/** Seconds to wait on the provider before telling the person it isn't answering. */
const PROVIDER_TIMEOUT_SECONDS = 10;

let discovered:
  { issuer: string; clientId: string; config: Promise<oidc.Configuration> } | undefined;

/** The provider's configuration, discovered once per process (again after a failure). */
export function providerConfiguration(s: OidcSettings): Promise<oidc.Configuration> {
  if (discovered?.issuer === s.issuer && discovered.clientId === s.clientId)
    return discovered.config;
  const plainHttp = new URL(s.issuer).protocol === "http:";
  const config = oidc.discovery(
    new URL(s.issuer),
    s.clientId,
    undefined,
    // client_secret_basic: OpenID Connect's default token endpoint authentication.
    oidc.ClientSecretBasic(s.clientSecret),
    {
      // Settings allow http only for a provider on loopback (tests).
      execute: plainHttp ? [oidc.allowInsecureRequests] : [],
      timeout: PROVIDER_TIMEOUT_SECONDS,
    },
  );
  const entry = { issuer: s.issuer, clientId: s.clientId, config };
  config.catch(() => {
    if (discovered === entry) discovered = undefined;
  });
  discovered = entry;
  return config;
}

export const CALLBACK_PATH = "/auth/callback";

/** What the browser keeps (sealed) between leaving for the provider and coming back. */
export type SignInFlow = { state: string; nonce: string; codeVerifier: string; returnTo: string };

export async function startSignIn(
  s: OidcSettings,
  publicUrl: string,
  returnTo: string,
): Promise<{ url: URL; flow: SignInFlow }> {
  const config = await providerConfiguration(s);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const flow = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier, returnTo };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: `${publicUrl}${CALLBACK_PATH}`,
    scope: s.scopes,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state: flow.state,
    nonce: flow.nonce,
  });
  return { url, flow };
}

export type SignInResult =
  { ok: true; viewer: Viewer } | { ok: false; error: "denied" | "no-role"; detail?: string };

/**
 * Finishes the flow from the provider's redirect back (`callbackUrl`, on PUBLIC_URL): checks
 * state, exchanges the code with the PKCE verifier, checks the ID token and its nonce, and maps
 * the roles claim (from the ID token, or userinfo when the ID token leaves it out) to roles.
 * Throws for anything that isn't the person's answer (a forged or replayed callback, a provider
 * error); the route turns that into words.
 */
export async function finishSignIn(
  s: OidcSettings,
  callbackUrl: URL,
  flow: SignInFlow,
): Promise<SignInResult> {
  const config = await providerConfiguration(s);
  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  try {
    tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    // The person (or the provider's policy) said no: a normal answer, not a failure.
    if (error instanceof oidc.AuthorizationResponseError && error.error === "access_denied")
      return { ok: false, error: "denied", detail: error.error_description };
    throw error;
  }
  const idClaims = tokens.claims()!;
  let claims: Record<string, unknown> = { ...idClaims };
  const missing =
    claimValues(claims, s.rolesClaim).length === 0 || typeof claims.email !== "string";
  if (missing && config.serverMetadata().userinfo_endpoint) {
    // Many providers put profile and group claims in userinfo only (for the code flow).
    const info = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    claims = { ...info, ...idClaims };
  }
  const roles = rolesFor(claimValues(claims, s.rolesClaim), s.roleMapping);
  const email = typeof claims.email === "string" ? claims.email : undefined;
  if (roles.length === 0) return { ok: false, error: "no-role", detail: email ?? idClaims.sub };
  const display = [email, claims.preferred_username, claims.name].find(
    (v): v is string => typeof v === "string" && v.length > 0,
  );
  return {
    ok: true,
    viewer: { id: idClaims.sub, name: display ?? idClaims.sub, ...(email ? { email } : {}), roles },
  };
}

/**
 * Where to send a person signing out so the provider ends its session too (RP-initiated
 * logout), or undefined when the provider has no end_session_endpoint (or isn't answering:
 * signing out of Runnerdeck must not wait on it).
 */
export async function endSessionUrl(
  s: OidcSettings,
  postLogoutRedirect: string,
): Promise<URL | undefined> {
  try {
    const config = await providerConfiguration(s);
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    return oidc.buildEndSessionUrl(config, { post_logout_redirect_uri: postLogoutRedirect });
  } catch {
    return undefined;
  }
}
