import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { gate } from "@/lib/auth/gate";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/peer-address";
import { sealSession } from "@/lib/auth/session";
import { parseSettings } from "@/lib/env";

const SECRET = "a-session-secret-of-at-least-32-chars!";

function settingsOf(env: Record<string, string>) {
  const parsed = parseSettings(env);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.settings;
}

const oidc = settingsOf({
  AUTH_MODE: "oidc",
  OIDC_ISSUER: "https://login.example.com",
  OIDC_CLIENT_ID: "runnerdeck",
  OIDC_CLIENT_SECRET: "client-secret",
  ROLE_MAPPING: "*=viewer",
  SESSION_SECRET: SECRET,
});

const VIEWER = {
  id: "u1",
  name: "vic@example.com",
  email: "vic@example.com",
  roles: ["viewer" as const],
};

/** Where a redirect points, on the dashboard's own origin. */
function locationOf(answer: Response | undefined): string | undefined {
  const location = answer?.headers.get("location");
  if (!location) return undefined;
  const url = new URL(location);
  expect(url.origin).toBe("http://127.0.0.1:3000");
  return `${url.pathname}${url.search}`;
}

function request(path: string, init: RequestInit & { cookie?: string } = {}): Request {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  return new Request(`http://127.0.0.1:3000${path}`, { ...init, headers });
}

describe("the gate, AUTH_MODE=oidc", () => {
  it("sends a page request with no session to sign in, remembering where it was going", async () => {
    const answer = await gate(request("/services/api/abc123?tab=logs"), oidc);
    expect(answer?.status).toBe(307);
    expect(locationOf(answer)).toBe("/sign-in?returnTo=%2Fservices%2Fapi%2Fabc123%3Ftab%3Dlogs");
  });

  it.each([
    ["an API route", request("/api/services")],
    ["the live stream", request("/api/services/events?arn=x")],
    ["an API POST", request("/api/connections", { method: "POST", body: "{}" })],
    [
      "a server action",
      request("/services/api/abc", {
        method: "POST",
        headers: { "next-action": "7f00aa", "content-type": "text/plain" },
        body: "[]",
      }),
    ],
  ])("answers %s with no session 401 JSON", async (_what, req) => {
    const answer = await gate(req, oidc);
    expect(answer?.status).toBe(401);
    expect(await answer?.json()).toEqual({
      kind: "unauthenticated",
      message: "Sign in to use Runnerdeck.",
    });
  });

  it("lets a request with a good session through", async () => {
    const cookie = `runnerdeck-session=${await sealSession(VIEWER, SECRET, 3600)}`;
    expect(await gate(request("/services", { cookie }), oidc)).toBeUndefined();
    expect(await gate(request("/api/services", { cookie }), oidc)).toBeUndefined();
  });

  it("treats a garbage session like none", async () => {
    const answer = await gate(request("/services", { cookie: "runnerdeck-session=garbage" }), oidc);
    expect(answer?.status).toBe(307);
    expect(locationOf(answer)).toBe("/sign-in?returnTo=%2Fservices");
  });

  it("says the session expired when it did", async () => {
    const old = Date.now() - 2 * 3600_000;
    const cookie = `runnerdeck-session=${await sealSession(VIEWER, SECRET, 3600, old)}`;
    const answer = await gate(request("/services/new/source", { cookie }), oidc);
    expect(locationOf(answer)).toBe("/sign-in?returnTo=%2Fservices%2Fnew%2Fsource&reason=expired");
    const api = await gate(request("/api/services", { cookie }), oidc);
    expect(await api?.json()).toMatchObject({ message: expect.stringContaining("expired") });
  });

  it.each([
    "/sign-in",
    "/auth/sign-in",
    "/auth/callback",
    "/auth/sign-out",
    "/_next/static/chunks/a.js",
    "/icon.svg",
  ])("lets anyone reach %s (signing in needs it)", async (path) => {
    expect(await gate(request(path), oidc)).toBeUndefined();
  });

  it("is never fooled by a public path's look-alike", async () => {
    for (const path of ["/sign-in/../services", "/sign-inx", "/auth/callbackx", "/api/sign-in"]) {
      expect(await gate(request(path), oidc), path).toBeDefined();
    }
  });

  it("answers without caching", async () => {
    const answer = await gate(request("/api/services"), oidc);
    expect(answer?.headers.get("cache-control")).toBe("no-store");
  });
});

describe("the gate, AUTH_MODE=none", () => {
  it("lets everything through", async () => {
    const none = settingsOf({});
    expect(await gate(request("/services"), none)).toBeUndefined();
    expect(await gate(request("/api/services"), none)).toBeUndefined();
  });
});

describe("the gate, AUTH_MODE=proxy", () => {
  const proxy = settingsOf({
    AUTH_MODE: "proxy",
    TRUSTED_PROXIES: "10.0.0.5",
    ROLE_MAPPING: "ops=operator",
  });
  const STAMPED = Symbol.for("runnerdeck.peerAddressStamped");
  beforeEach(() => {
    (globalThis as Record<symbol, unknown>)[STAMPED] = true;
  });
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[STAMPED];
  });

  const fromPeer = (path: string, peer: string) =>
    request(path, {
      headers: {
        [PEER_ADDRESS_HEADER]: peer,
        "x-forwarded-email": "alice@example.com",
        "x-forwarded-groups": "ops",
      },
    });

  it("lets the trusted proxy's request through", async () => {
    expect(await gate(fromPeer("/services", "10.0.0.5"), proxy)).toBeUndefined();
  });

  it("refuses the same headers from anywhere else, pages and API alike", async () => {
    const page = await gate(fromPeer("/services", "10.0.0.6"), proxy);
    expect(page?.status).toBe(401);
    expect(await page?.text()).toContain("not through the sign-in proxy");
    const api = await gate(fromPeer("/api/services", "10.0.0.6"), proxy);
    expect(api?.status).toBe(401);
    expect(await api?.json()).toMatchObject({ kind: "unauthenticated" });
  });

  it("believes no peer header when the dashboard was started without the launcher's preload", async () => {
    delete (globalThis as Record<symbol, unknown>)[STAMPED];
    const answer = await gate(fromPeer("/services", "10.0.0.5"), proxy);
    expect(answer?.status).toBe(401);
  });

  it("answers 403 to a person with no role", async () => {
    const answer = await gate(
      request("/api/services", {
        headers: { [PEER_ADDRESS_HEADER]: "10.0.0.5", "x-forwarded-email": "bob@example.com" },
      }),
      proxy,
    );
    expect(answer?.status).toBe(403);
    expect(await answer?.json()).toMatchObject({ kind: "forbidden" });
  });
});
