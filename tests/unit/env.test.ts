import { spawnSync } from "node:child_process";

import { describe, expect, it } from "vitest";

import { clientConfig } from "@/lib/apprunner/client";
import { describeConnection, parseSettings } from "@/lib/env";

function settingsOf(env: Record<string, string>) {
  const result = parseSettings(env);
  if (!result.ok) throw new Error(result.error);
  return result.settings;
}

describe("parseSettings", () => {
  it("defaults to the embedded emulator on 127.0.0.1:3000 in us-east-1", () => {
    expect(settingsOf({})).toEqual({
      backend: "emulator",
      endpoint: undefined,
      emulatorEndpoint: undefined,
      region: "us-east-1",
      host: "127.0.0.1",
      port: 3000,
      databaseUrl: undefined,
      redisUrl: undefined,
      dataDir: ".data",
      allowedHosts: [],
      publicUrl: "http://127.0.0.1:3000",
      trustedProxies: [],
      auth: { mode: "none" },
    });
  });

  it("accepts every setting with a good value", () => {
    const s = settingsOf({
      APPRUNNER_BACKEND: "aws",
      APPRUNNER_ENDPOINT: "http://127.0.0.1:4599",
      AWS_REGION: "eu-west-1",
      HOST: "0.0.0.0",
      PORT: "8080",
      DATABASE_URL: "postgres://dashboard:secret@db.internal:5432/runnerdeck",
      RUNNERDECK_DATA_DIR: "/var/lib/runnerdeck",
      AUTH_MODE: "proxy",
      TRUSTED_PROXIES: "10.0.0.0/16",
      ROLE_MAPPING: "*=viewer",
    });
    expect(s).toMatchObject({
      backend: "aws",
      endpoint: "http://127.0.0.1:4599",
      region: "eu-west-1",
      host: "0.0.0.0",
      port: 8080,
      databaseUrl: "postgres://dashboard:secret@db.internal:5432/runnerdeck",
      dataDir: "/var/lib/runnerdeck",
    });
  });

  it("treats an empty variable as unset", () => {
    expect(settingsOf({ APPRUNNER_BACKEND: "", PORT: "" })).toMatchObject({
      backend: "emulator",
      port: 3000,
    });
  });

  it.each([
    ["APPRUNNER_BACKEND", "nonsense", 'must be "emulator" or "aws"'],
    ["APPRUNNER_ENDPOINT", "not a url", "must be an http:// or https:// URL"],
    ["APPRUNNER_ENDPOINT", "ftp://example.com", "must be an http:// or https:// URL"],
    ["AWS_REGION", "Mars", "must be an AWS region"],
    ["PORT", "70000", "must be a port number from 1 to 65535"],
    ["PORT", "abc", "must be a port number from 1 to 65535"],
    ["PORT", "80.5", "must be a port number from 1 to 65535"],
    ["DATABASE_URL", "mysql://db.internal/runnerdeck", "must be a postgres:// or postgresql://"],
    ["DATABASE_URL", "postgres:db.internal", "must be a postgres:// or postgresql://"],
    ["DATABASE_URL", "db.internal:5432", "must be a postgres:// or postgresql://"],
    ["REDIS_URL", "http://cache.internal:6379", "must be a redis:// or rediss:// URL"],
  ])("refuses %s=%s with one line naming the setting", (name, value, rule) => {
    const result = parseSettings({ [name]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(name);
    expect(result.error).toContain(rule);
    expect(result.error).not.toContain("\n");
  });

  it("reads REDIS_URL, and never repeats a refused one", () => {
    expect(settingsOf({ REDIS_URL: "redis://127.0.0.1:6379" }).redisUrl).toBe(
      "redis://127.0.0.1:6379",
    );
    const result = parseSettings({ REDIS_URL: "memcached://user:hunter2@cache" });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).not.toContain("hunter2");
  });

  it("accepts postgresql:// as well as postgres://", () => {
    const url = "postgresql://dashboard@127.0.0.1/runnerdeck";
    expect(settingsOf({ DATABASE_URL: url }).databaseUrl).toBe(url);
  });

  it("never repeats a refused DATABASE_URL, which may hold a password", () => {
    const result = parseSettings({ DATABASE_URL: "mysql://dashboard:hunter2@db/runnerdeck" });
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.error).toContain("DATABASE_URL");
    expect(result.error).not.toContain("hunter2");
  });

  it("treats an empty DATABASE_URL and RUNNERDECK_DATA_DIR as unset", () => {
    expect(settingsOf({ DATABASE_URL: "", RUNNERDECK_DATA_DIR: "" })).toMatchObject({
      databaseUrl: undefined,
      redisUrl: undefined,
      dataDir: ".data",
    });
  });
});

const OIDC = {
  AUTH_MODE: "oidc",
  OIDC_ISSUER: "https://login.example.com/realms/ops",
  OIDC_CLIENT_ID: "runnerdeck",
  OIDC_CLIENT_SECRET: "client-secret-value",
  ROLE_MAPPING: "admins=admin,ops=operator,*=viewer",
  SESSION_SECRET: "a-session-secret-of-at-least-32-chars!",
};

describe("ALLOWED_HOSTS", () => {
  it("lists more host names, validated at start like the rest", () => {
    expect(
      settingsOf({ ALLOWED_HOSTS: "Runnerdeck.internal, 10.0.0.5:3000" }).allowedHosts,
    ).toEqual(["runnerdeck.internal", "10.0.0.5:3000"]);
    const result = parseSettings({ ALLOWED_HOSTS: "http://runnerdeck.internal/" });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) {
      expect(result.error).toContain("ALLOWED_HOSTS");
      expect(result.error).toContain("is not a host name");
    }
  });
});

describe("sign-in settings", () => {
  it.each(["0.0.0.0", "::", "192.168.1.20", "runnerdeck.internal"])(
    "refuses HOST=%s without sign-in, in one line saying what to set",
    (host) => {
      const result = parseSettings({ HOST: host });
      expect(result).toEqual({
        ok: false,
        error: `HOST=${host} needs sign-in: set AUTH_MODE=oidc or AUTH_MODE=proxy (see README "Running it for a team").`,
      });
    },
  );

  it.each(["127.0.0.1", "127.0.0.2", "::1", "localhost", "LOCALHOST"])(
    "lets HOST=%s (loopback) run without sign-in",
    (host) => {
      expect(settingsOf({ HOST: host }).auth).toEqual({ mode: "none" });
    },
  );

  it("reads OIDC with its defaults: scopes, the groups claim, 8 hours, the loopback address", () => {
    const s = settingsOf(OIDC);
    expect(s.publicUrl).toBe("http://127.0.0.1:3000");
    expect(s.auth).toMatchObject({
      mode: "oidc",
      issuer: "https://login.example.com/realms/ops",
      clientId: "runnerdeck",
      clientSecret: "client-secret-value",
      scopes: "openid email profile",
      rolesClaim: "groups",
      providerName: "login.example.com",
      sessionMaxAge: 28_800,
    });
    if (s.auth.mode !== "oidc") return;
    expect([...s.auth.roleMapping.groups]).toEqual([
      ["admins", "admin"],
      ["ops", "operator"],
    ]);
    expect(s.auth.roleMapping.everyone).toBe("viewer");
  });

  it("takes every OIDC setting", () => {
    const s = settingsOf({
      ...OIDC,
      HOST: "0.0.0.0",
      PUBLIC_URL: "https://runnerdeck.example.com/",
      OIDC_SCOPES: "openid  email groups",
      OIDC_ROLES_CLAIM: "realm_access.roles",
      OIDC_PROVIDER_NAME: "Keycloak",
      SESSION_MAX_AGE: "3600",
    });
    expect(s.publicUrl).toBe("https://runnerdeck.example.com");
    expect(s.auth).toMatchObject({
      scopes: "openid email groups",
      rolesClaim: "realm_access.roles",
      providerName: "Keycloak",
      sessionMaxAge: 3600,
    });
  });

  it.each([
    ["OIDC_ISSUER", "AUTH_MODE=oidc needs OIDC_ISSUER"],
    ["OIDC_CLIENT_ID", "AUTH_MODE=oidc needs OIDC_CLIENT_ID"],
    ["OIDC_CLIENT_SECRET", "AUTH_MODE=oidc needs OIDC_CLIENT_SECRET"],
    ["SESSION_SECRET", "AUTH_MODE=oidc needs SESSION_SECRET"],
    ["ROLE_MAPPING", "AUTH_MODE=oidc needs ROLE_MAPPING"],
  ])("refuses OIDC without %s, naming it", (name, message) => {
    const result = parseSettings({ ...OIDC, [name]: "" });
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.error).toContain(message);
    expect(result.error).not.toContain("\n");
  });

  it("needs PUBLIC_URL for OIDC beyond loopback: the provider must send people back somewhere", () => {
    const result = parseSettings({ ...OIDC, HOST: "0.0.0.0" });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toContain("AUTH_MODE=oidc needs PUBLIC_URL");
  });

  it.each([
    ["AUTH_MODE", "ldap", 'must be "none", "oidc" or "proxy"'],
    ["OIDC_ISSUER", "http://login.example.com", "must be an https:// URL"],
    ["OIDC_ISSUER", "login.example.com", "issuer URL"],
    ["OIDC_SCOPES", "email profile", 'must include "openid"'],
    ["SESSION_SECRET", "short", "at least 32 characters"],
    ["SESSION_MAX_AGE", "10", "number of seconds from 60"],
    ["SESSION_MAX_AGE", "8h", "number of seconds from 60"],
    ["PUBLIC_URL", "https://runnerdeck.example.com/app", "without a path"],
    ["PUBLIC_URL", "runnerdeck.example.com", "http:// or https:// URL"],
    ["ROLE_MAPPING", "admins", "is not group=role"],
    ["ROLE_MAPPING", "admins=root", '"root" is not a role'],
    ["TRUSTED_PROXIES", "10.0.0.0/33", "is not an IP address or CIDR"],
    ["TRUSTED_PROXIES", "proxy.internal", "is not an IP address or CIDR"],
  ])("refuses %s=%s with one line naming the setting", (name, value, rule) => {
    const result = parseSettings({ ...OIDC, [name]: value });
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.error).toContain(name);
    expect(result.error).toContain(rule);
    expect(result.error).not.toContain("\n");
  });

  it("accepts a plain-http issuer only on loopback (a provider started for tests)", () => {
    expect(settingsOf({ ...OIDC, OIDC_ISSUER: "http://127.0.0.1:4639" }).auth).toMatchObject({
      issuer: "http://127.0.0.1:4639",
    });
  });

  it("never repeats a refused secret", () => {
    for (const [name, value] of [
      ["SESSION_SECRET", "hunter2hunter2"],
      ["OIDC_CLIENT_SECRET", ""],
    ] as const) {
      const result = parseSettings({ ...OIDC, [name]: value });
      expect(result).toMatchObject({ ok: false });
      if (!result.ok) {
        expect(result.error).toContain(name);
        if (value) expect(result.error).not.toContain(value);
      }
    }
  });

  it("reads proxy mode: trusted addresses, header names, and the ALB key address for the region", () => {
    const s = settingsOf({
      AUTH_MODE: "proxy",
      HOST: "0.0.0.0",
      AWS_REGION: "eu-west-1",
      TRUSTED_PROXIES: " 10.0.0.0/16, 192.168.1.5 ,fd00::/8",
      ROLE_MAPPING: "ops=operator",
    });
    expect(s.trustedProxies).toEqual(["10.0.0.0/16", "192.168.1.5", "fd00::/8"]);
    expect(s.auth).toMatchObject({
      mode: "proxy",
      emailHeader: "x-forwarded-email",
      groupsHeader: "x-forwarded-groups",
      albPublicKeyUrl: "https://public-keys.auth.elb.eu-west-1.amazonaws.com",
      albArn: undefined,
    });
  });

  it("takes the ALB's region from ALB_ARN, and a key address of its own (for tests)", () => {
    const arn =
      "arn:aws:elasticloadbalancing:ap-south-1:123456789012:loadbalancer/app/ops/50dc6c495c0c9188";
    const proxy = { AUTH_MODE: "proxy", TRUSTED_PROXIES: "10.0.0.1", ROLE_MAPPING: "*=viewer" };
    expect(settingsOf({ ...proxy, ALB_ARN: arn }).auth).toMatchObject({
      albPublicKeyUrl: "https://public-keys.auth.elb.ap-south-1.amazonaws.com",
      albArn: arn,
    });
    expect(
      settingsOf({ ...proxy, ALB_PUBLIC_KEY_URL: "http://127.0.0.1:9/keys/" }).auth,
    ).toMatchObject({ albPublicKeyUrl: "http://127.0.0.1:9/keys" });
  });

  it("refuses proxy mode without TRUSTED_PROXIES: anyone could send the headers", () => {
    const result = parseSettings({ AUTH_MODE: "proxy", ROLE_MAPPING: "*=viewer" });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toContain("AUTH_MODE=proxy needs TRUSTED_PROXIES");
  });
});

describe("the launcher", () => {
  it("stops with the one line and a non-zero exit when HOST is beyond loopback without sign-in", () => {
    const started = spawnSync(process.execPath, ["--import", "tsx", "scripts/dev.ts"], {
      env: { ...process.env, HOST: "0.0.0.0", PORT: "3999", AUTH_MODE: "none" },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(started.status).toBe(1);
    expect(started.stderr.trim()).toBe(
      'HOST=0.0.0.0 needs sign-in: set AUTH_MODE=oidc or AUTH_MODE=proxy (see README "Running it for a team").',
    );
  });
});

describe("describeConnection", () => {
  it("names the emulator, AWS with its region, or the explicit endpoint", () => {
    expect(describeConnection(settingsOf({})).kind).toBe("emulator");
    expect(
      describeConnection(settingsOf({ APPRUNNER_BACKEND: "aws", AWS_REGION: "ap-south-1" })),
    ).toEqual({
      kind: "aws",
      region: "ap-south-1",
    });
    expect(
      describeConnection(
        settingsOf({ APPRUNNER_BACKEND: "aws", APPRUNNER_ENDPOINT: "http://localhost:9" }),
      ),
    ).toMatchObject({
      kind: "endpoint",
      endpoint: "http://localhost:9",
    });
  });
});

describe("an endpoint with a password in it", () => {
  it("is shown without user and password", () => {
    const s = settingsOf({ APPRUNNER_ENDPOINT: "http://runner:s3cret@apprunner.internal:4599" });
    expect(describeConnection(s)).toMatchObject({
      kind: "endpoint",
      endpoint: "http://apprunner.internal:4599",
    });
    expect(JSON.stringify(describeConnection(s))).not.toContain("s3cret");
  });

  it("is still used with them to connect", () => {
    const s = settingsOf({ APPRUNNER_ENDPOINT: "http://runner:s3cret@apprunner.internal:4599" });
    expect(clientConfig(s, {}).endpoint).toBe("http://runner:s3cret@apprunner.internal:4599");
  });

  it("is not repeated with its password when refused", () => {
    const result = parseSettings({ APPRUNNER_ENDPOINT: "ftp://runner:s3cret@apprunner.internal" });
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.error).toContain("APPRUNNER_ENDPOINT");
    expect(result.error).not.toContain("s3cret");
  });
});

describe("clientConfig", () => {
  it("uses the default credential chain for real AWS", () => {
    const config = clientConfig(settingsOf({ APPRUNNER_BACKEND: "aws" }), {});
    expect(config).toMatchObject({ region: "us-east-1", maxAttempts: 3 });
    expect(config).not.toHaveProperty("endpoint");
    expect(config).not.toHaveProperty("credentials");
  });

  it("points at the embedded emulator with placeholder keys", () => {
    const config = clientConfig(
      settingsOf({ RUNNERDECK_EMULATOR_ENDPOINT: "http://127.0.0.1:4599" }),
      {},
    );
    expect(config.endpoint).toBe("http://127.0.0.1:4599");
    expect(config.credentials?.accessKeyId).toBeTruthy();
  });

  it("lets an explicit endpoint use the environment's keys", () => {
    const config = clientConfig(settingsOf({ APPRUNNER_ENDPOINT: "http://127.0.0.1:9" }), {
      AWS_ACCESS_KEY_ID: "AKIA",
      AWS_SECRET_ACCESS_KEY: "secret",
    });
    expect(config).toMatchObject({ region: "us-east-1", endpoint: "http://127.0.0.1:9" });
    expect(config).not.toHaveProperty("credentials");
  });
});
