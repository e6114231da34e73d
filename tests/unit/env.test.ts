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
      dataDir: ".data",
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
  ])("refuses %s=%s with one line naming the setting", (name, value, rule) => {
    const result = parseSettings({ [name]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(name);
    expect(result.error).toContain(rule);
    expect(result.error).not.toContain("\n");
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
      dataDir: ".data",
    });
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
