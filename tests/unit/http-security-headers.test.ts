import { describe, expect, it } from "vitest";

import {
  contentSecurityPolicy,
  SECURITY_HEADERS,
  setSecurityHeaders,
} from "@/lib/http/security-headers";

// Findings "Framing" (the service page could be framed and Pause clicked through it) and the
// issue's hardening list: a CSP the app works under, no 'unsafe-eval', nosniff, Referrer-Policy,
// Permissions-Policy.

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe("the Content-Security-Policy", () => {
  it("runs only this response's nonce'd scripts, never eval, in production", () => {
    const csp = directives(contentSecurityPolicy("abc"));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc'"]);
    expect(contentSecurityPolicy("abc")).not.toMatch(/unsafe-(eval|inline)/);
  });

  it("refuses framing and plugins, keeps connections (the live stream) same-origin", () => {
    const csp = directives(contentSecurityPolicy("abc"));
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
  });

  it("lets forms lead only here, and to the OpenID provider when there is one (sign-out)", () => {
    expect(directives(contentSecurityPolicy("abc")).get("form-action")).toEqual(["'self'"]);
    const withProvider = contentSecurityPolicy("abc", {
      formTargets: ["https://login.example.com"],
    });
    expect(directives(withProvider).get("form-action")).toEqual([
      "'self'",
      "https://login.example.com",
    ]);
  });

  it("allows eval and inline styles only for next dev", () => {
    const csp = directives(contentSecurityPolicy("abc", { dev: true }));
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
    expect(csp.get("style-src")).toContain("'unsafe-inline'");
  });
});

describe("the other headers", () => {
  it("are all set, with the CSP", () => {
    const headers = setSecurityHeaders(
      new Headers({ "X-Frame-Options": "SAMEORIGIN" }),
      "default-src 'self'",
    );
    expect(headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("permissions-policy")).toMatch(/camera=\(\)/);
    expect(headers.get("permissions-policy")).toMatch(/microphone=\(\)/);
    expect(headers.get("permissions-policy")).toMatch(/geolocation=\(\)/);
    expect(Object.keys(SECURITY_HEADERS)).not.toContain("X-Powered-By");
  });
});
