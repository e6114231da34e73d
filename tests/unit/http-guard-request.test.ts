import { describe, expect, it } from "vitest";

import { buildHostAllowlist } from "@/lib/http/allowed-hosts";
import { guardRequest, type RequestPolicy } from "@/lib/http/guard-request";

// What proxy.ts checks before anything else answers; each case names the finding it covers.
// The same checks run against the built app in e2e/security-headers.spec.ts.

const policy: RequestPolicy = {
  allowlist: buildHostAllowlist({ host: "127.0.0.1", port: 3000, publicUrl: undefined, extra: [] }),
  trustedProxies: ["10.0.0.0/8"],
  dev: false,
  formTargets: [],
};

const SAME_ORIGIN = { Origin: "http://127.0.0.1:3000", "Sec-Fetch-Site": "same-origin" };

function request(path: string, init: RequestInit & { host?: string } = {}): Request {
  const headers = new Headers(init.headers);
  headers.set("host", init.host ?? "127.0.0.1:3000");
  return new Request(`http://127.0.0.1:3000${path}`, { ...init, headers });
}

async function refusalOf(req: Request, peer?: string) {
  const guarded = await guardRequest(req, peer, policy);
  if (guarded.ok) return undefined;
  const text = await guarded.response.text();
  return { status: guarded.response.status, headers: guarded.response.headers, text };
}

describe("the Host check (finding: DNS rebinding, even on loopback)", () => {
  it("answers 421 to a Host it does not know, with a short text and the security headers", async () => {
    const refused = await refusalOf(request("/services", { host: "rebind.attacker.example:3000" }));
    expect(refused?.status).toBe(421);
    expect(refused?.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(refused?.text).toMatch(/does not answer to this host name/);
    expect(refused?.headers.get("x-frame-options")).toBe("DENY");
  });

  it("lets a known Host through", async () => {
    expect(
      (await guardRequest(request("/services", { host: "localhost:3000" }), undefined, policy)).ok,
    ).toBe(true);
  });
});

describe("changes from other sites (finding: route-handler POSTs accept cross-origin text/plain)", () => {
  it.each([
    ["a cross-site fetch", { "Sec-Fetch-Site": "cross-site", Origin: "http://attacker.example" }],
    [
      "a same-site page on another port",
      { "Sec-Fetch-Site": "same-site", Origin: "http://127.0.0.1:4000" },
    ],
    ["an Origin of another site, with no Sec-Fetch-Site", { Origin: "http://attacker.example" }],
    ["an Origin of another allowed name than the one asked", { Origin: "http://localhost:3000" }],
    ["a sandboxed frame's null Origin", { Origin: "null" }],
    ["neither Origin nor Sec-Fetch-Site", {}],
  ])("refuses %s with 403", async (_what, headers) => {
    const refused = await refusalOf(
      request("/api/connections", {
        method: "POST",
        headers: { ...headers, "Content-Type": "text/plain" },
        body: '{"name":"conn-1","provider":"GITHUB"}',
      }),
    );
    expect(refused?.status).toBe(403);
    expect(JSON.parse(refused!.text)).toMatchObject({ kind: "access-denied" });
  });

  it("refuses a server action posted from another site, before Next.js sees it", async () => {
    const refused = await refusalOf(
      request("/services/x/y", {
        method: "POST",
        headers: {
          Origin: "http://attacker.example",
          "Next-Action": "40ab",
          "Content-Type": "text/plain",
        },
        body: "[]",
      }),
    );
    expect(refused?.status).toBe(403);
  });

  it("answers 415 to a same-origin API post that is not JSON", async () => {
    const refused = await refusalOf(
      request("/api/connections", {
        method: "POST",
        headers: { ...SAME_ORIGIN, "Content-Type": "text/plain" },
        body: "{}",
      }),
    );
    expect(refused?.status).toBe(415);
  });

  it("lets a same-origin JSON post through", async () => {
    const guarded = await guardRequest(
      request("/api/connections", {
        method: "POST",
        headers: { ...SAME_ORIGIN, "Content-Type": "application/json" },
        body: "{}",
      }),
      undefined,
      policy,
    );
    expect(guarded.ok).toBe(true);
  });
});

describe("body size (findings: no body limit; a 10 MB server-action body answered 500)", () => {
  it("answers 413 from a Content-Length over 1 MB", async () => {
    const refused = await refusalOf(
      request("/api/connections", {
        method: "POST",
        headers: {
          ...SAME_ORIGIN,
          "Content-Type": "application/json",
          "Content-Length": "10485760",
        },
        body: "{}",
      }),
    );
    expect(refused?.status).toBe(413);
    expect(JSON.parse(refused!.text)).toEqual({
      kind: "invalid-request",
      message: "The request body is larger than 1024 KB.",
    });
  });

  it("answers 413 to a chunked server-action body over 1 MB", async () => {
    const big = new Uint8Array(2 * 1024 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < big.length; at += 65536)
          controller.enqueue(big.slice(at, at + 65536));
        controller.close();
      },
    });
    const refused = await refusalOf(
      request("/services", {
        method: "POST",
        headers: {
          ...SAME_ORIGIN,
          "Next-Action": "40ab",
          "Content-Type": "text/plain;charset=UTF-8",
        },
        body,
        duplex: "half",
      } as RequestInit),
    );
    expect(refused?.status).toBe(413);
  });
});

describe("server-action bodies (finding: malformed action bodies answer 500)", () => {
  const action = (body: BodyInit, contentType?: string) =>
    request("/connections", {
      method: "POST",
      headers: {
        ...SAME_ORIGIN,
        "Next-Action": "60a44b35294c3a6dc3f68378a1e3784f761a5447fd",
        ...(contentType ? { "Content-Type": contentType } : {}),
      },
      body,
    });

  it.each([
    ["text that is not JSON", action("not json", "text/plain;charset=UTF-8")],
    ["JSON that is not an argument list", action('{"a":1}', "text/plain;charset=UTF-8")],
    [
      "a truncated multipart body",
      action(
        '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[',
        "multipart/form-data; boundary=x",
      ),
    ],
    ["a form with no argument list", action(formWith({ "1_name": "x" }))],
    ["a urlencoded body", action("a=1", "application/x-www-form-urlencoded")],
  ])("answers 400 to %s", async (_what, req) => {
    expect((await refusalOf(req))?.status).toBe(400);
  });

  it.each([
    ["an argument list as text", action('["$K1",{"status":"idle"}]', "text/plain;charset=UTF-8")],
    [
      "a form whose part 0 is the argument list",
      action(formWith({ "1_name": "x", "0": '[{"status":"idle"},"$K1"]' })),
    ],
  ])("lets through %s, as React sends it", async (_what, req) => {
    expect((await guardRequest(req, undefined, policy)).ok).toBe(true);
  });
});

function formWith(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

describe("X-Forwarded-* (finding: X-Forwarded-Host trusted for the server-action origin check)", () => {
  const forwarded = {
    "X-Forwarded-Host": "attacker.example",
    "X-Forwarded-Proto": "https",
    "X-Forwarded-For": "203.0.113.9",
    Forwarded: "host=attacker.example",
  };

  it("drops them from a client that is not a configured proxy", async () => {
    const guarded = await guardRequest(
      request("/services", { headers: forwarded }),
      "192.0.2.7",
      policy,
    );
    expect(guarded.ok).toBe(true);
    if (!guarded.ok) return;
    for (const name of Object.keys(forwarded))
      expect(guarded.requestHeaders.has(name), name).toBe(false);
  });

  it("so a change whose Origin matches only the forwarded host is refused", async () => {
    // Before: Next.js compared Origin with X-Forwarded-Host, so a client could name any host.
    const refused = await refusalOf(
      request("/connections", {
        method: "POST",
        headers: {
          Origin: "http://localhost:3000",
          "X-Forwarded-Host": "localhost:3000",
          "Next-Action": "60a44b35294c3a6dc3f68378a1e3784f761a5447fd",
          "Content-Type": "text/plain;charset=UTF-8",
        },
        body: "[]",
      }),
      "192.0.2.7",
    );
    expect(refused?.status).toBe(403);
  });

  it("drops them when the peer is unknown (started without the launcher)", async () => {
    const guarded = await guardRequest(
      request("/services", { headers: forwarded }),
      undefined,
      policy,
    );
    expect(guarded.ok && guarded.requestHeaders.has("x-forwarded-host")).toBe(false);
  });

  it("keeps a trusted proxy's, and checks the host it forwards instead of its own", async () => {
    const fromProxy = (host: string) =>
      request("/services", {
        host: "10.0.0.5:3000",
        headers: { "X-Forwarded-Host": host, "X-Forwarded-For": "198.51.100.4" },
      });
    const good = await guardRequest(fromProxy("localhost:3000"), "10.1.2.3", policy);
    expect(good.ok && good.requestHeaders.get("x-forwarded-for")).toBe("198.51.100.4");
    expect((await refusalOf(fromProxy("attacker.example"), "::ffff:10.1.2.3"))?.status).toBe(421);
  });

  it("takes a change whose Origin is the host a trusted proxy forwards", async () => {
    const change = () =>
      request("/api/connections", {
        method: "POST",
        host: "10.0.0.5:3000",
        headers: {
          Origin: "https://runnerdeck.example.com",
          "X-Forwarded-Host": "runnerdeck.example.com",
          "Content-Type": "application/json",
        },
        body: "{}",
      });
    const behindProxy: RequestPolicy = {
      ...policy,
      allowlist: buildHostAllowlist({
        host: "0.0.0.0",
        port: 3000,
        publicUrl: "https://runnerdeck.example.com",
        extra: [],
      }),
    };
    expect((await guardRequest(change(), "10.1.2.3", behindProxy)).ok).toBe(true);
    expect((await guardRequest(change(), "192.0.2.7", behindProxy)).ok).toBe(false);
  });
});

describe("the CSP nonce", () => {
  it("is new for every request and reaches Next.js in the request's CSP header", async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const guarded = await guardRequest(request("/services"), undefined, policy);
      if (!guarded.ok) throw new Error("refused");
      const nonce = guarded.requestHeaders.get("x-nonce")!;
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(guarded.csp).toContain(`'nonce-${nonce}'`);
      expect(guarded.requestHeaders.get("content-security-policy")).toBe(guarded.csp);
      seen.add(nonce);
    }
    expect(seen.size).toBe(5);
  });
});
