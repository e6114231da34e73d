import { getSettings, type Settings } from "@/lib/env";

import { buildHostAllowlist } from "./allowed-hosts";
import type { RequestPolicy } from "./guard-request";

let cached: RequestPolicy | undefined;

/**
 * The request policy of these settings (validated at start by lib/env.ts): HOST, PORT,
 * PUBLIC_URL and ALLOWED_HOSTS for the names answered, TRUSTED_PROXIES for whose forwarded
 * headers are believed, the OpenID provider for where sign-out's form may lead.
 */
export function policyOf(settings: Settings, dev: boolean): RequestPolicy {
  return {
    allowlist: buildHostAllowlist({
      host: settings.host,
      port: settings.port,
      publicUrl: settings.publicUrl,
      extra: settings.allowedHosts,
    }),
    trustedProxies: settings.trustedProxies,
    dev,
    formTargets: settings.auth.mode === "oidc" ? [new URL(settings.auth.issuer).origin] : [],
  };
}

/** The process's request policy, read once. */
export function requestPolicy(): RequestPolicy {
  cached ??= policyOf(getSettings(), process.env.NODE_ENV === "development");
  return cached;
}
