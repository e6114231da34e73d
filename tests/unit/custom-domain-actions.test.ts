import {
  CreateServiceCommand,
  DescribeCustomDomainsCommand,
  type AppRunnerClient,
} from "@aws-sdk/client-apprunner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { makeClients } from "../support/clients";
import { startEmulator, type EmulatorProcess } from "../support/emulator-process";
import { publicImageService } from "../support/service-requests";
import { waitForServiceStatus } from "../support/wait-for";

// The actions run as Next runs them, against a real emulator over HTTP, and are called with
// what a tampered browser could send: the server must check it all again.
let emulator: EmulatorProcess;
let actions: typeof import("@/app/services/[name]/[id]/actions");
let client: AppRunnerClient;

beforeAll(async () => {
  emulator = await startEmulator({ operationMs: 600 });
  process.env.RUNNERDECK_EMULATOR_ENDPOINT = emulator.endpoint;
  actions = await import("@/app/services/[name]/[id]/actions");
  client = makeClients(emulator.endpoint).appRunner;
});

afterAll(async () => {
  client?.destroy();
  await emulator?.dispose();
});

async function calls(operation: string): Promise<number> {
  const flat = JSON.stringify(await (await fetch(`${emulator.endpoint}/__emulator/stats`)).json());
  const match = new RegExp(`"(?:AppRunner\\.)?${operation}"\\s*:\\s*(\\d+)`).exec(flat);
  return match ? Number(match[1]) : 0;
}

async function createService(name: string): Promise<string> {
  const { Service } = await client.send(new CreateServiceCommand(publicImageService(name)));
  return Service!.ServiceArn!;
}

describe("the custom domain server actions", () => {
  it("refuse a name or flag App Runner would refuse, in words, without calling it", async () => {
    const arn = await createService("domains-refused");
    await waitForServiceStatus(client, arn, "RUNNING");
    const before = await calls("AssociateCustomDomain");
    expect(await actions.associateCustomDomain(arn, "bad_domain!.com", false)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Enter a domain name such as/),
    });
    expect(await actions.associateCustomDomain(arn, "x".repeat(300), false)).toMatchObject({
      ok: false,
    });
    const tampered = "yes" as unknown as boolean;
    expect(await actions.associateCustomDomain(arn, "ok.example.com", tampered)).toMatchObject({
      ok: false,
      message: expect.stringContaining("enableWWWSubdomain"),
    });
    expect(await actions.associateCustomDomain("not-an-arn", "ok.example.com", false)).toEqual({
      ok: false,
      message: "That is not a service ARN.",
    });
    expect(await calls("AssociateCustomDomain")).toBe(before);
  });

  it("pass on App Runner's refusal while an operation is in progress, in its words", async () => {
    const arn = await createService("domains-busy");
    const result = await actions.associateCustomDomain(arn, "busy.example.com", false);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining("An operation is in progress."),
    });
  });

  it("associate with www., then disassociate", async () => {
    const arn = await createService("domains-ok");
    await waitForServiceStatus(client, arn, "RUNNING");
    expect(await actions.associateCustomDomain(arn, " app.example.com ", true)).toEqual({
      ok: true,
      message: "app.example.com is being associated. Create the DNS records below.",
    });
    const { CustomDomains } = await client.send(
      new DescribeCustomDomainsCommand({ ServiceArn: arn }),
    );
    expect(CustomDomains).toEqual([
      expect.objectContaining({ DomainName: "app.example.com", EnableWWWSubdomain: true }),
    ]);
    expect(await actions.associateCustomDomain(arn, "app.example.com", true)).toMatchObject({
      ok: false,
      message: expect.stringContaining("already associated"),
    });

    // App Runner refuses removal while the domain is still CREATING; it soon is not.
    await new Promise((r) => setTimeout(r, 200));
    expect(await actions.disassociateCustomDomain(arn, "app.example.com")).toEqual({
      ok: true,
      message: "app.example.com is being removed.",
    });
    expect(await actions.disassociateCustomDomain(arn, "bad_domain!")).toEqual({
      ok: false,
      message: "That is not a custom domain of this service.",
    });
  });
});
