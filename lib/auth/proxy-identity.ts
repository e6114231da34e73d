import { verifyAlbToken } from "./alb-token";
import type { ProxySettings } from "./auth-settings";
import type { Viewer } from "./permissions";
import { claimValues, rolesFor } from "./role-mapping";
import { isTrustedProxy } from "./trusted-proxies";

/** Who a request behind an authenticating proxy is, or why nobody is believed. */
export type ProxyIdentity =
  { ok: true; viewer: Viewer } | { ok: false; status: 401 | 403; reason: string };

const ALB_DATA_HEADER = "x-amzn-oidc-data";

/**
 * AUTH_MODE=proxy: the person a request is for, read from the headers of the proxy that signed
 * them in — oauth2-proxy's X-Forwarded-Email and X-Forwarded-Groups (names configurable), or
 * AWS ALB's x-amzn-oidc-data, whose signature is checked. Only a request whose connection comes
 * from TRUSTED_PROXIES is believed: anyone else could send the same headers.
 *
 * `remoteAddress` is the TCP peer (see peer-address.ts), never a forwarded header.
 */
export async function identityFromProxyHeaders(
  headers: Headers,
  remoteAddress: string | undefined,
  settings: { auth: ProxySettings; trustedProxies: readonly string[] },
  now: Date = new Date(),
): Promise<ProxyIdentity> {
  const { auth, trustedProxies } = settings;
  if (!remoteAddress)
    return {
      ok: false,
      status: 401,
      reason:
        "The dashboard can't see which address this request came from; start it with npm start, which tells it.",
    };
  if (!isTrustedProxy(remoteAddress, trustedProxies))
    return {
      ok: false,
      status: 401,
      reason: `This request came from ${remoteAddress}, not through the sign-in proxy (TRUSTED_PROXIES).`,
    };

  let id: string | undefined;
  let email: string | undefined;
  let name: string | undefined;
  let groups: string[];
  const albToken = headers.get(ALB_DATA_HEADER);
  if (albToken) {
    const verified = await verifyAlbToken(albToken, {
      keyUrl: auth.albPublicKeyUrl,
      albArn: auth.albArn,
      now,
    });
    if (!verified.ok) return { ok: false, status: 401, reason: `Refused: ${verified.reason}.` };
    const { claims } = verified;
    id = typeof claims.sub === "string" ? claims.sub : undefined;
    email = typeof claims.email === "string" ? claims.email : undefined;
    name = typeof claims.name === "string" ? claims.name : undefined;
    groups = claimValues(claims, auth.rolesClaim);
  } else {
    email = headers.get(auth.emailHeader)?.trim() || undefined;
    id = email;
    groups = (headers.get(auth.groupsHeader) ?? "")
      .split(",")
      .map((g) => g.trim())
      .filter(Boolean);
  }
  if (!id)
    return {
      ok: false,
      status: 401,
      reason: `The sign-in proxy sent no identity (${auth.emailHeader} or ${ALB_DATA_HEADER}).`,
    };

  const roles = rolesFor(groups, auth.roleMapping);
  if (roles.length === 0)
    return {
      ok: false,
      status: 403,
      reason: `${email ?? id} has no role in Runnerdeck: none of their groups is in ROLE_MAPPING.`,
    };
  return {
    ok: true,
    viewer: { id, name: email ?? name ?? id, ...(email ? { email } : {}), roles },
  };
}
