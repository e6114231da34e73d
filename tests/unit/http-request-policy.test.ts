import { describe, expect, it } from "vitest";

import { isAllowedHost } from "@/lib/http/allowed-hosts";
import { policyOf } from "@/lib/http/request-policy";
import { parseSettings } from "@/lib/env";

// The settings proxy.ts works from (finding "DNS rebinding": "a setting for the public name"),
// read as the launcher reads them.
function settingsOf(env: Record<string, string>) {
  const parsed = parseSettings(env);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.settings;
}

describe("the request policy of the settings", () => {
  it("answers to loopback names only, by default", () => {
    const { allowlist, trustedProxies, formTargets } = policyOf(settingsOf({}), false);
    expect(isAllowedHost("localhost:3000", allowlist, "3000")).toBe(true);
    expect(isAllowedHost("runnerdeck.example.com", allowlist, "3000")).toBe(false);
    expect(trustedProxies).toEqual([]);
    expect(formTargets).toEqual([]);
  });

  it("adds PUBLIC_URL and ALLOWED_HOSTS, and believes TRUSTED_PROXIES", () => {
    const { allowlist, trustedProxies } = policyOf(
      settingsOf({
        HOST: "0.0.0.0",
        AUTH_MODE: "proxy",
        ROLE_MAPPING: "*=viewer",
        TRUSTED_PROXIES: "10.0.0.0/16",
        PUBLIC_URL: "https://runnerdeck.example.com",
        ALLOWED_HOSTS: "runnerdeck.internal,10.0.0.5:3000",
      }),
      false,
    );
    for (const host of ["runnerdeck.example.com", "runnerdeck.internal:8080", "10.0.0.5:3000"])
      expect(isAllowedHost(host, allowlist, "3000"), host).toBe(true);
    expect(isAllowedHost("0.0.0.0:3000", allowlist, "3000")).toBe(false);
    expect(trustedProxies).toEqual(["10.0.0.0/16"]);
  });

  it("lets sign-out's form lead to the OpenID provider", () => {
    const policy = policyOf(
      settingsOf({
        AUTH_MODE: "oidc",
        OIDC_ISSUER: "https://login.example.com/realms/ops",
        OIDC_CLIENT_ID: "runnerdeck",
        OIDC_CLIENT_SECRET: "secret",
        ROLE_MAPPING: "*=viewer",
        SESSION_SECRET: "a-session-secret-of-at-least-32-chars!",
      }),
      false,
    );
    expect(policy.formTargets).toEqual(["https://login.example.com"]);
  });

  it("refuses to start with a bad ALLOWED_HOSTS, naming it", () => {
    expect(parseSettings({ ALLOWED_HOSTS: "https://x.example.com" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid setting ALLOWED_HOSTS=/),
    });
  });
});
