import { request as httpRequest, createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { test, expect } from "@playwright/test";
import { exportSPKI, generateKeyPair, type CryptoKey } from "jose";

import { AuthServers } from "./fixtures/auth-servers";

/**
 * AUTH_MODE=proxy against the real dashboard, started by its launcher. The "proxy" is this test
 * connecting from 127.0.0.2 (TRUSTED_PROXIES); anyone else is this test connecting from
 * 127.0.0.1 — both loopback, so nothing leaves the machine.
 */
const servers = new AuthServers(11, 400);
const PROXY_ADDRESS = "127.0.0.2";
const KID = "5d3a1c2e-7b6f-4e8d-9a0b-1c2d3e4f5a6b";

let keyServer: Server;
let albKey: CryptoKey;
let strangerKey: CryptoKey;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(150_000);
  const pair = await generateKeyPair("ES256", { extractable: true });
  albKey = pair.privateKey;
  strangerKey = (await generateKeyPair("ES256")).privateKey;
  const pem = await exportSPKI(pair.publicKey);
  keyServer = createServer((req, res) =>
    req.url === `/${KID}` ? res.end(pem) : res.writeHead(404).end(),
  );
  await new Promise<void>((resolve) => keyServer.listen(0, "127.0.0.1", resolve));
  await servers.startEmulator();
  await servers.startApp({
    AUTH_MODE: "proxy",
    TRUSTED_PROXIES: PROXY_ADDRESS,
    ROLE_MAPPING: "ops=operator,admins=admin",
    ALB_PUBLIC_KEY_URL: `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}`,
  });
});

test.afterAll(async () => {
  await servers.stopAll();
  await new Promise((resolve) => keyServer?.close(resolve));
});

/** A GET to the dashboard from `from` (the local address the connection is made from). */
function get(
  path: string,
  from: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${servers.appUrl}${path}`, { localAddress: from, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const alice = { "x-forwarded-email": "alice@example.com", "x-forwarded-groups": "dev,ops" };

/** As an ALB signs it: padded base64url parts, ES256 over the padded text. */
async function albToken(key: CryptoKey, claims: Record<string, unknown>): Promise<string> {
  const encode = (value: object) =>
    Buffer.from(JSON.stringify(value)).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  const head = encode({
    typ: "JWT",
    kid: KID,
    alg: "ES256",
    signer: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/ops/1",
    exp: Math.floor(Date.now() / 1000) + 120,
  });
  const input = `${head}.${encode(claims)}`;
  const signature = await crypto.subtle.sign(
    { name: "ECDSA", hash: "SHA-256" },
    key,
    new TextEncoder().encode(input),
  );
  return `${input}.${Buffer.from(signature).toString("base64").replace(/\+/g, "-").replace(/\//g, "_")}`;
}

test("the trusted proxy's headers sign the person in, with their role", async () => {
  const api = await get("/api/services", PROXY_ADDRESS, alice);
  expect(api.status).toBe(200);
  const page = await get("/services", PROXY_ADDRESS, alice);
  expect(page.status).toBe(200);
  expect(page.body).toContain("alice@example.com");
  expect(page.body).toContain("Operator");
});

test("the same headers from any other address are refused, however forged", async () => {
  const forged = {
    ...alice,
    "x-forwarded-for": PROXY_ADDRESS,
    "x-real-ip": PROXY_ADDRESS,
    "x-runnerdeck-peer-address": PROXY_ADDRESS,
  };
  const api = await get("/api/services", "127.0.0.1", forged);
  expect(api.status).toBe(401);
  expect(JSON.parse(api.body)).toMatchObject({ kind: "unauthenticated" });
  const page = await get("/services", "127.0.0.1", forged);
  expect(page.status).toBe(401);
  expect(page.body).toContain("not through the sign-in proxy");
  expect(page.body).not.toContain("alice@example.com");
});

test("the proxy's request without an identity, or for a person with no role, is refused", async () => {
  expect((await get("/api/services", PROXY_ADDRESS, {})).status).toBe(401);
  const nobody = await get("/api/services", PROXY_ADDRESS, {
    "x-forwarded-email": "bob@example.com",
    "x-forwarded-groups": "dev",
  });
  expect(nobody.status).toBe(403);
});

test("an ALB's signed user claims are believed; a bad signature is not", async () => {
  const claims = { sub: "u-9", email: "dana@example.com", groups: ["admins"] };
  const good = await get("/services", PROXY_ADDRESS, {
    "x-amzn-oidc-data": await albToken(albKey, claims),
  });
  expect(good.status).toBe(200);
  expect(good.body).toContain("dana@example.com");
  expect(good.body).toContain("Admin");

  const bad = await get("/api/services", PROXY_ADDRESS, {
    "x-amzn-oidc-data": await albToken(strangerKey, claims),
  });
  expect(bad.status).toBe(401);
  expect(JSON.parse(bad.body).message).toContain("signature is not valid");
});
