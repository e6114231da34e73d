import { describe, expect, it } from "vitest";

import { buildHostAllowlist, isAllowedHost, parseAllowedHosts } from "@/lib/http/allowed-hosts";

// Finding "DNS rebinding, even on loopback": the dashboard answered any Host, so a page that
// points a name of its own at 127.0.0.1 could read and change everything. Only configured
// names may pass.
const loopbackOnly = buildHostAllowlist({
  host: "127.0.0.1",
  port: 3000,
  publicUrl: undefined,
  extra: [],
});

describe("the Host allowlist", () => {
  it("takes the loopback names on the port the dashboard listens on", () => {
    for (const host of ["127.0.0.1:3000", "localhost:3000", "LOCALHOST:3000", "[::1]:3000"])
      expect(isAllowedHost(host, loopbackOnly, "3000"), host).toBe(true);
  });

  it("refuses a rebinding name, another port, and anything that is not a host", () => {
    for (const host of [
      "attacker.example:3000",
      "127.0.0.1.nip.io:3000",
      "localhost.attacker.example:3000",
      "127.0.0.1:3001",
      "localhost",
      "",
      "user@127.0.0.1:3000",
      "127.0.0.1:3000/path",
    ])
      expect(isAllowedHost(host, loopbackOnly, "3000"), JSON.stringify(host)).toBe(false);
    expect(isAllowedHost(null, loopbackOnly, "3000")).toBe(false);
  });

  it("follows the port the server really listens on (PORT unset, `next start -p`)", () => {
    expect(isAllowedHost("127.0.0.1:3109", loopbackOnly, "3109")).toBe(true);
  });

  it("adds PUBLIC_URL's host, on its port or the default one browsers leave out", () => {
    const list = buildHostAllowlist({
      host: "0.0.0.0",
      port: 3000,
      publicUrl: "https://runnerdeck.example.com",
      extra: [],
    });
    expect(isAllowedHost("runnerdeck.example.com", list, "3000")).toBe(true);
    expect(isAllowedHost("runnerdeck.example.com:443", list, "3000")).toBe(true);
    expect(isAllowedHost("runnerdeck.example.com:8443", list, "3000")).toBe(false);
    // 0.0.0.0 is where it listens, not a name anyone opens.
    expect(isAllowedHost("0.0.0.0:3000", list, "3000")).toBe(false);
    expect(isAllowedHost("evil.example.com", list, "3000")).toBe(false);
  });

  it("adds HOST when it is a concrete address", () => {
    const list = buildHostAllowlist({
      host: "10.0.0.5",
      port: 8080,
      publicUrl: undefined,
      extra: [],
    });
    expect(isAllowedHost("10.0.0.5:8080", list, "8080")).toBe(true);
    expect(isAllowedHost("10.0.0.6:8080", list, "8080")).toBe(false);
  });

  it("adds ALLOWED_HOSTS entries: with a port on that port only, without one on any", () => {
    const parsed = parseAllowedHosts(" Runnerdeck.internal , 10.0.0.5:3000,[fd00::5]:3000,");
    expect(parsed).toEqual({
      ok: true,
      entries: ["runnerdeck.internal", "10.0.0.5:3000", "[fd00::5]:3000"],
    });
    const list = buildHostAllowlist({
      host: "127.0.0.1",
      port: 3000,
      publicUrl: undefined,
      extra: parsed.ok ? parsed.entries : [],
    });
    expect(isAllowedHost("runnerdeck.internal:8443", list, "3000")).toBe(true);
    expect(isAllowedHost("runnerdeck.internal", list, "3000")).toBe(true);
    expect(isAllowedHost("10.0.0.5:3000", list, "3000")).toBe(true);
    expect(isAllowedHost("10.0.0.5:3001", list, "3000")).toBe(false);
    expect(isAllowedHost("[FD00::5]:3000", list, "3000")).toBe(true);
  });

  it("refuses an ALLOWED_HOSTS entry that is not a host name, saying which", () => {
    for (const bad of [
      "https://x.example.com",
      "x.example.com/path",
      "*.example.com",
      "a b",
      "x:99999",
    ]) {
      const parsed = parseAllowedHosts(`ok.example.com,${bad}`);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.error).toContain(bad);
    }
  });
});
