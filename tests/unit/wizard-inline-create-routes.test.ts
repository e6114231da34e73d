import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startEmulator, type EmulatorProcess } from "../support/emulator-process";

// The wizard's inline creates, called as the browser calls them, against a real emulator:
// the routes check the body with the API's validator and send nothing App Runner would refuse.
let emulator: EmulatorProcess;
let vpc: typeof import("@/app/api/vpc-connectors/route");
let observability: typeof import("@/app/api/observability-configurations/route");

beforeAll(async () => {
  emulator = await startEmulator();
  process.env.RUNNERDECK_EMULATOR_ENDPOINT = emulator.endpoint;
  vpc = await import("@/app/api/vpc-connectors/route");
  observability = await import("@/app/api/observability-configurations/route");
});

afterAll(async () => {
  await emulator?.dispose();
});

function post(body: unknown): Request {
  return new Request("http://localhost/api", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function calls(operation: string): Promise<number> {
  const stats = JSON.stringify(await (await fetch(`${emulator.endpoint}/__emulator/stats`)).json());
  return Number(new RegExp(`"(?:AppRunner\\.)?${operation}"\\s*:\\s*(\\d+)`).exec(stats)?.[1] ?? 0);
}

describe("POST /api/vpc-connectors", () => {
  it("refuses a body the API's validator refuses, at its member, without calling App Runner", async () => {
    const before = await calls("CreateVpcConnector");
    const response = await vpc.POST(post({ VpcConnectorName: "x!", Subnets: ["subnet-1"] }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      kind: "invalid-request",
      message: expect.stringMatching(/4–40 letters/),
      field: "VpcConnectorName",
    });
    const wrongType = await vpc.POST(post({ VpcConnectorName: "good-name", Subnets: "subnet-1" }));
    expect(wrongType.status).toBe(400);
    expect(await calls("CreateVpcConnector")).toBe(before);
  });

  it("creates the connector and answers the picker's item; App Runner's refusal names its member", async () => {
    const created = await vpc.POST(
      post({
        VpcConnectorName: "wizard-vpc",
        Subnets: ["subnet-0123456789abcdef0"],
        SecurityGroups: ["sg-0123456789abcdef0"],
      }),
    );
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({
      arn: expect.stringMatching(/:vpcconnector\/wizard-vpc\/1\//),
      name: "wizard-vpc",
      revision: 1,
    });
    const empty = await vpc.POST(post({ VpcConnectorName: "wizard-vpc-2", Subnets: [] }));
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ field: "Subnets" });
  });
});

describe("POST /api/observability-configurations", () => {
  it("creates an X-Ray configuration, and refuses a bad name without calling App Runner", async () => {
    const before = await calls("CreateObservabilityConfiguration");
    const refused = await observability.POST(post({ ObservabilityConfigurationName: "no" }));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ field: "ObservabilityConfigurationName" });
    expect(await calls("CreateObservabilityConfiguration")).toBe(before);

    const created = await observability.POST(
      post({ ObservabilityConfigurationName: "wizard-xray" }),
    );
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({
      arn: expect.stringMatching(/:observabilityconfiguration\/wizard-xray\/1\//),
      name: "wizard-xray",
      revision: 1,
    });
  });
});
