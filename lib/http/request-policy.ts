import { getSettings } from "@/lib/env";

import { buildHostAllowlist, parseAllowedHosts } from "./allowed-hosts";
import type { RequestPolicy } from "./guard-request";

let cached: RequestPolicy | undefined;

/**
 * The process's request policy, from its settings: HOST, PORT, PUBLIC_URL and TRUSTED_PROXIES
 * as lib/env.ts validated them, and ALLOWED_HOSTS. Throws with a one-line message when
 * ALLOWED_HOSTS is not a list of host names.
 */
export function requestPolicy(
  env: Record<string, string | undefined> = process.env,
): RequestPolicy {
  if (cached) return cached;
  const settings = getSettings();
  const extra = parseAllowedHosts(env.ALLOWED_HOSTS ?? "");
  if (!extra.ok) throw new Error(`Invalid setting ALLOWED_HOSTS: ${extra.error}.`);
  cached = {
    allowlist: buildHostAllowlist({
      host: settings.host,
      port: settings.port,
      publicUrl: settings.publicUrl,
      extra: extra.entries,
    }),
    trustedProxies: settings.trustedProxies,
    dev: env.NODE_ENV === "development",
    formTargets: settings.auth.mode === "oidc" ? [new URL(settings.auth.issuer).origin] : [],
  };
  return cached;
}
