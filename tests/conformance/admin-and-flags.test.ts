/**
 * The emulator's own surface: health, per-operation call counts, the account id flag, fault
 * injection and the refusal of unknown flags. (Not AWS behaviour; the emulator contract.)
 */
import { spawnSync } from "node:child_process";

import { ListServicesCommand } from "@aws-sdk/client-apprunner";
import { afterEach, describe, expect, it } from "vitest";

import { makeClients } from "../support/clients";
import { REPO_ROOT, startEmulator, type EmulatorProcess } from "../support/emulator-process";
import { rawRequest } from "../support/raw-request";
import { emulatorForFile } from "../support/emulator-for-file";

const ctx = emulatorForFile({ accountId: "210987654321" });

describe("admin endpoints", () => {
  it("binds 127.0.0.1 by default", () => {
    expect(ctx.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("answers GET /__emulator/health with 200 JSON", async () => {
    const response = await fetch(`${ctx.endpoint}/__emulator/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/json/);
    await expect(response.json()).resolves.toBeTypeOf("object");
  });

  it("counts calls per operation in GET /__emulator/stats", async () => {
    const read = async () =>
      JSON.stringify(await (await fetch(`${ctx.endpoint}/__emulator/stats`)).json());
    const countOf = (stats: string, operation: string): number => {
      // Accept any JSON layout that maps the operation name to its count.
      const match = new RegExp(`"(?:AppRunner\\.)?${operation}"\\s*:\\s*(\\d+)`).exec(stats);
      return match?.[1] ? Number(match[1]) : 0;
    };
    const before = countOf(await read(), "ListServices");
    for (let i = 0; i < 3; i += 1) await ctx.appRunner.send(new ListServicesCommand({}));
    const after = countOf(await read(), "ListServices");
    expect(after - before).toBe(3);
  });

  it("uses the --account-id in every ARN it mints", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "AppRunner.CreateConnection",
      body: { ConnectionName: "acct-check", ProviderType: "GITHUB" },
    });
    const arn = (response.json?.Connection as { ConnectionArn: string }).ConnectionArn;
    expect(arn.split(":")[4]).toBe("210987654321");
  });
});

describe("flags", () => {
  let extra: EmulatorProcess | undefined;
  afterEach(async () => {
    await extra?.dispose();
    extra = undefined;
  });

  it("refuses an unknown flag with a usage line and a non-zero exit", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "emulator/main.ts", "--port", "0", "--no-such-flag"],
      {
        cwd: REPO_ROOT,
        encoding: "utf8",
        timeout: 30_000,
        env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
      },
    );
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    expect(`${result.stderr}${result.stdout}`).toMatch(/usage/i);
  });

  it("--faults throttle=1 answers every call with 400 ThrottlingException", async () => {
    extra = await startEmulator({ args: ["--faults", "throttle=1"] });
    const response = await rawRequest(extra.endpoint, { target: "AppRunner.ListServices" });
    expect(response.status).toBe(400);
    expect(response.errorCode).toBe("ThrottlingException");
    const { appRunner } = makeClients(extra.endpoint);
    await expect(appRunner.send(new ListServicesCommand({}))).rejects.toMatchObject({
      name: "ThrottlingException",
    });
    const health = await fetch(`${extra.endpoint}/__emulator/health`);
    expect(health.status).toBe(200);
  });

  it("--faults error=1 answers every call with 500 InternalServiceErrorException", async () => {
    extra = await startEmulator({ args: ["--faults", "error=1"] });
    const response = await rawRequest(extra.endpoint, { target: "AppRunner.ListServices" });
    expect(response.status).toBe(500);
    expect(response.errorCode).toBe("InternalServiceErrorException");
  });

  it("--faults latency=300 delays each call by about that much", async () => {
    extra = await startEmulator({ args: ["--faults", "latency=300"] });
    const started = performance.now();
    const response = await rawRequest(extra.endpoint, { target: "AppRunner.ListServices" });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });
});
