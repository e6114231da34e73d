import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { exportSPKI, generateKeyPair, type CryptoKey } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { ProxySettings } from "@/lib/auth/auth-settings";
import { identityFromProxyHeaders } from "@/lib/auth/proxy-identity";
import { parseSettings } from "@/lib/env";

const ALB_ARN =
  "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/ops/50dc6c495c0c9188";
const KID = "0f6c3a52-8f0e-4b7c-9d2a-3e4f5a6b7c8d";

/**
 * A token as an ALB writes it: base64url parts that keep their `=` padding, signed over that
 * padded text (AWS: "The JWT format includes a header, payload, and signature that are base64
 * URL encoded and includes padding characters at the end." — Elastic Load Balancing,
 * Authenticate users using an Application Load Balancer, "User claims encoding and signature
 * verification").
 */
async function albToken(
  key: CryptoKey,
  claims: Record<string, unknown>,
  header: Record<string, unknown> = {},
): Promise<string> {
  const encode = (value: object) =>
    Buffer.from(JSON.stringify(value)).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  const head = encode({
    typ: "JWT",
    kid: KID,
    alg: "ES256",
    iss: "https://login.example.com",
    client: "runnerdeck",
    signer: ALB_ARN,
    exp: Math.floor(Date.now() / 1000) + 120,
    ...header,
  });
  const input = `${head}.${encode(claims)}`;
  const signature = await crypto.subtle.sign(
    { name: "ECDSA", hash: "SHA-256" },
    key,
    new TextEncoder().encode(input),
  );
  return `${input}.${Buffer.from(signature).toString("base64").replace(/\+/g, "-").replace(/\//g, "_")}`;
}

let keyServer: Server;
let keyUrl: string;
let albKey: CryptoKey;
let otherKey: CryptoKey;
const keyRequests: string[] = [];

beforeAll(async () => {
  const pair = await generateKeyPair("ES256", { extractable: true });
  albKey = pair.privateKey;
  otherKey = (await generateKeyPair("ES256")).privateKey;
  const pem = await exportSPKI(pair.publicKey);
  // The ALB's key address, served locally: the PEM for the one kid it knows, 404 otherwise.
  keyServer = createServer((req, res) => {
    keyRequests.push(req.url ?? "");
    if (req.url === `/keys/${KID}`) res.end(pem);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => keyServer.listen(0, "127.0.0.1", resolve));
  keyUrl = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/keys`;
});

afterAll(() => new Promise<void>((resolve) => keyServer.close(() => resolve())));

function settings(env: Record<string, string> = {}) {
  const parsed = parseSettings({
    AUTH_MODE: "proxy",
    HOST: "0.0.0.0",
    TRUSTED_PROXIES: "10.0.0.0/16",
    ROLE_MAPPING: "ops=operator,admins=admin",
    ALB_PUBLIC_KEY_URL: keyUrl,
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const { auth, trustedProxies } = parsed.settings;
  return { auth: auth as ProxySettings, trustedProxies };
}

const oauth2Proxy = (email: string, groups: string) =>
  new Headers({ "x-forwarded-email": email, "x-forwarded-groups": groups });

describe("identity from oauth2-proxy's headers", () => {
  it("is believed from a trusted address, with the roles of the groups", async () => {
    const identity = await identityFromProxyHeaders(
      oauth2Proxy("alice@example.com", "dev, ops"),
      "10.0.3.7",
      settings(),
    );
    expect(identity).toEqual({
      ok: true,
      viewer: {
        id: "alice@example.com",
        name: "alice@example.com",
        email: "alice@example.com",
        roles: ["operator"],
      },
    });
  });

  it("is refused, forged, from an address outside TRUSTED_PROXIES", async () => {
    const identity = await identityFromProxyHeaders(
      oauth2Proxy("mallory@example.com", "admins"),
      "10.1.0.9",
      settings(),
    );
    expect(identity).toMatchObject({ ok: false, status: 401 });
    if (!identity.ok) expect(identity.reason).toContain("not through the sign-in proxy");
  });

  it("is refused when the connecting address is unknown (started without the launcher)", async () => {
    const identity = await identityFromProxyHeaders(
      oauth2Proxy("alice@example.com", "ops"),
      undefined,
      settings(),
    );
    expect(identity).toMatchObject({ ok: false, status: 401 });
  });

  it("is refused (403) for a person none of whose groups has a role", async () => {
    const identity = await identityFromProxyHeaders(
      oauth2Proxy("bob@example.com", "dev"),
      "10.0.0.2",
      settings(),
    );
    expect(identity).toMatchObject({ ok: false, status: 403 });
  });

  it("needs the email header even from the proxy", async () => {
    const identity = await identityFromProxyHeaders(new Headers(), "10.0.0.2", settings());
    expect(identity).toMatchObject({ ok: false, status: 401 });
  });

  it("reads the header names configured", async () => {
    const identity = await identityFromProxyHeaders(
      new Headers({
        "x-auth-request-email": "carol@example.com",
        "x-auth-request-groups": "admins",
      }),
      "10.0.0.2",
      settings({
        PROXY_EMAIL_HEADER: "X-Auth-Request-Email",
        PROXY_GROUPS_HEADER: "X-Auth-Request-Groups",
      }),
    );
    expect(identity).toMatchObject({
      ok: true,
      viewer: { name: "carol@example.com", roles: ["admin"] },
    });
  });
});

describe("identity from an ALB's x-amzn-oidc-data", () => {
  const claims = { sub: "a1b2", email: "dana@example.com", name: "Dana", groups: ["ops"] };

  it("is believed when the load balancer's key verifies it", async () => {
    const token = await albToken(albKey, claims);
    expect(token).toMatch(/==$/); // padded, as ALBs send them
    const identity = await identityFromProxyHeaders(
      new Headers({ "x-amzn-oidc-data": token }),
      "10.0.9.9",
      settings({ ALB_ARN }),
    );
    expect(identity).toEqual({
      ok: true,
      viewer: {
        id: "a1b2",
        name: "dana@example.com",
        email: "dana@example.com",
        roles: ["operator"],
      },
    });
    expect(keyRequests).toContain(`/keys/${KID}`);
  });

  it("is refused when signed by any other key", async () => {
    const token = await albToken(otherKey, { ...claims, groups: ["admins"] });
    const identity = await identityFromProxyHeaders(
      new Headers({ "x-amzn-oidc-data": token }),
      "10.0.9.9",
      settings(),
    );
    expect(identity).toMatchObject({ ok: false, status: 401 });
    if (!identity.ok) expect(identity.reason).toContain("signature is not valid");
  });

  it("is refused when its claims were changed after signing", async () => {
    const token = await albToken(albKey, claims);
    const [head, , signature] = token.split(".");
    const forgedClaims = Buffer.from(JSON.stringify({ ...claims, groups: ["admins"] })).toString(
      "base64url",
    );
    const identity = await identityFromProxyHeaders(
      new Headers({ "x-amzn-oidc-data": `${head}.${forgedClaims}.${signature}` }),
      "10.0.9.9",
      settings(),
    );
    expect(identity).toMatchObject({ ok: false, status: 401 });
  });

  it("is refused when it has expired", async () => {
    const token = await albToken(albKey, claims, { exp: Math.floor(Date.now() / 1000) - 5 });
    const identity = await identityFromProxyHeaders(
      new Headers({ "x-amzn-oidc-data": token }),
      "10.0.9.9",
      settings(),
    );
    expect(identity).toMatchObject({ ok: false, status: 401 });
    if (!identity.ok) expect(identity.reason).toContain("expired");
  });

  it("is refused from another load balancer when ALB_ARN is set", async () => {
    const token = await albToken(albKey, claims, { signer: ALB_ARN.replace("/ops/", "/other/") });
    const identity = await identityFromProxyHeaders(
      new Headers({ "x-amzn-oidc-data": token }),
      "10.0.9.9",
      settings({ ALB_ARN }),
    );
    expect(identity).toMatchObject({ ok: false, status: 401 });
    if (!identity.ok) expect(identity.reason).toContain("another load balancer");
  });

  it("is refused, even well signed, from an untrusted address", async () => {
    const token = await albToken(albKey, claims);
    const identity = await identityFromProxyHeaders(
      new Headers({ "x-amzn-oidc-data": token }),
      "203.0.113.5",
      settings(),
    );
    expect(identity).toMatchObject({ ok: false, status: 401 });
  });

  it("never fetches a key from a kid that could leave the key address", async () => {
    const before = keyRequests.length;
    const token = await albToken(albKey, claims, { kid: "../../evil" });
    const identity = await identityFromProxyHeaders(
      new Headers({ "x-amzn-oidc-data": token }),
      "10.0.9.9",
      settings(),
    );
    expect(identity).toMatchObject({ ok: false, status: 401 });
    expect(keyRequests.length).toBe(before);
  });

  it("is refused when the key address doesn't know the kid", async () => {
    const token = await albToken(albKey, claims, { kid: "11111111-2222-3333-4444-555555555555" });
    const identity = await identityFromProxyHeaders(
      new Headers({ "x-amzn-oidc-data": token }),
      "10.0.9.9",
      settings(),
    );
    expect(identity).toMatchObject({ ok: false, status: 401 });
    if (!identity.ok) expect(identity.reason).toContain("public key could not be read");
  });

  it("applies ROLE_MAPPING to the claim OIDC_ROLES_CLAIM names (cognito:groups)", async () => {
    const token = await albToken(albKey, {
      sub: "c3",
      email: "e@example.com",
      "cognito:groups": ["admins"],
    });
    const identity = await identityFromProxyHeaders(
      new Headers({ "x-amzn-oidc-data": token }),
      "10.0.9.9",
      settings({ OIDC_ROLES_CLAIM: "cognito:groups" }),
    );
    expect(identity).toMatchObject({ ok: true, viewer: { roles: ["admin"] } });
  });
});
