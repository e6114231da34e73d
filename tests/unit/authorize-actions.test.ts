/**
 * Roles on the server: every server action and every route that changes something, called as
 * a tampered browser would call it, by a person whose role may not. The actions run as Next
 * runs them against a real emulator over HTTP; the person comes from a mocked currentViewer
 * (sign-in itself is tested on its own). A refusal must send nothing upstream, change nothing,
 * answer in the action's own shape, and leave an audit entry saying who was refused.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import {
  AssociateCustomDomainCommand,
  CreateAutoScalingConfigurationCommand,
  CreateConnectionCommand,
  CreateObservabilityConfigurationCommand,
  CreateServiceCommand,
  CreateVpcConnectorCommand,
  CreateVpcIngressConnectionCommand,
  DescribeCustomDomainsCommand,
  DescribeServiceCommand,
  ListAutoScalingConfigurationsCommand,
  ListConnectionsCommand,
  ListObservabilityConfigurationsCommand,
  ListTagsForResourceCommand,
  ListVpcConnectorsCommand,
  ListVpcIngressConnectionsCommand,
  type AppRunnerClient,
} from "@aws-sdk/client-apprunner";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { Action, Viewer } from "@/lib/auth/permissions";
import { blankValues } from "@/lib/apprunner/form/defaults";
import type { AuditEntry } from "@/lib/store/audit";

import { makeClients } from "../support/clients";
import { poll } from "../support/poll";
import { startEmulator, type EmulatorProcess } from "../support/emulator-process";
import { publicImageService } from "../support/service-requests";
import { waitForServiceStatus } from "../support/wait-for";

const as = vi.hoisted(() => ({ viewer: undefined as Viewer | undefined }));

// currentViewer is the one thing mocked. authorize/authorizeAction are rebuilt on it exactly as
// lib/auth builds them (an ES module's own calls can't be mocked from outside).
vi.mock("@/lib/auth", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth")>();
  const currentViewer = async () => as.viewer;
  async function authorizeAction(action: Action) {
    const viewer = await currentViewer();
    if (!viewer)
      return { ok: false as const, status: 401 as const, message: "Sign in to do this." };
    const refusal = actual.refusalFor(viewer, action);
    return refusal
      ? { ok: false as const, status: 403 as const, message: refusal }
      : { ok: true as const, viewer };
  }
  return { ...actual, currentViewer, authorizeAction };
});

const VIEWER: Viewer = { id: "sub-vera", name: "vera@example.com", roles: ["viewer"] };
const OPERATOR: Viewer = { id: "sub-otto", name: "otto@example.com", roles: ["operator"] };

let emulator: EmulatorProcess;
let client: AppRunnerClient;
let dataDir: string;
let serviceArn: string;
const arns: Record<string, string> = {};

type Modules = {
  service: typeof import("@/app/services/[name]/[id]/actions");
  create: typeof import("@/app/services/new/actions");
  edit: typeof import("@/app/services/[name]/[id]/edit/actions");
  connections: typeof import("@/app/connections/actions");
  autoScaling: typeof import("@/app/auto-scaling/actions");
  vpc: typeof import("@/app/vpc/actions");
  observability: typeof import("@/app/observability/actions");
  routes: {
    connections: typeof import("@/app/api/connections/route");
    autoScaling: typeof import("@/app/api/auto-scaling-configurations/route");
    vpcConnectors: typeof import("@/app/api/vpc-connectors/route");
    observability: typeof import("@/app/api/observability-configurations/route");
    services: typeof import("@/app/api/services/route");
    audit: typeof import("@/app/api/audit/route");
  };
  store: typeof import("@/lib/store");
};
let m: Modules;

beforeAll(async () => {
  emulator = await startEmulator({ operationMs: 300 });
  process.env.RUNNERDECK_EMULATOR_ENDPOINT = emulator.endpoint;
  // The audit log of this file only, in a store of its own.
  dataDir = mkdtempSync(path.join(tmpdir(), "runnerdeck-authorize-"));
  process.env.RUNNERDECK_DATA_DIR = dataDir;
  client = makeClients(emulator.endpoint).appRunner;
  m = {
    service: await import("@/app/services/[name]/[id]/actions"),
    create: await import("@/app/services/new/actions"),
    edit: await import("@/app/services/[name]/[id]/edit/actions"),
    connections: await import("@/app/connections/actions"),
    autoScaling: await import("@/app/auto-scaling/actions"),
    vpc: await import("@/app/vpc/actions"),
    observability: await import("@/app/observability/actions"),
    routes: {
      connections: await import("@/app/api/connections/route"),
      autoScaling: await import("@/app/api/auto-scaling-configurations/route"),
      vpcConnectors: await import("@/app/api/vpc-connectors/route"),
      observability: await import("@/app/api/observability-configurations/route"),
      services: await import("@/app/api/services/route"),
      audit: await import("@/app/api/audit/route"),
    },
    store: await import("@/lib/store"),
  };

  const { Service } = await client.send(
    new CreateServiceCommand(publicImageService("guarded", [{ Key: "team", Value: "a" }])),
  );
  serviceArn = Service!.ServiceArn!;
  await waitForServiceStatus(client, serviceArn, "RUNNING");
  await client.send(
    new AssociateCustomDomainCommand({ ServiceArn: serviceArn, DomainName: "kept.example.com" }),
  );
  arns.connection = (
    await client.send(
      new CreateConnectionCommand({ ConnectionName: "guarded-conn", ProviderType: "GITHUB" }),
    )
  ).Connection!.ConnectionArn!;
  arns.autoScaling = (
    await client.send(
      new CreateAutoScalingConfigurationCommand({ AutoScalingConfigurationName: "guarded-as" }),
    )
  ).AutoScalingConfiguration!.AutoScalingConfigurationArn!;
  arns.vpcConnector = (
    await client.send(
      new CreateVpcConnectorCommand({
        VpcConnectorName: "guarded-vpc",
        Subnets: ["subnet-0a1b2c3d4e5f60718"],
      }),
    )
  ).VpcConnector!.VpcConnectorArn!;
  arns.observability = (
    await client.send(
      new CreateObservabilityConfigurationCommand({
        ObservabilityConfigurationName: "guarded-obs",
      }),
    )
  ).ObservabilityConfiguration!.ObservabilityConfigurationArn!;
  arns.ingress = (
    await client.send(
      new CreateVpcIngressConnectionCommand({
        ServiceArn: serviceArn,
        VpcIngressConnectionName: "guarded-ingress",
        IngressVpcConfiguration: { VpcId: "vpc-0123456789abcdef0", VpcEndpointId: "vpce-0a1b" },
      }),
    )
  ).VpcIngressConnection!.VpcIngressConnectionArn!;
  // Settled first: a domain or an ingress on its way to active would change on its own.
  await poll(
    world,
    (now) => JSON.stringify(now).match(/PENDING|CREATING|OPERATION_IN_PROGRESS/) === null,
    { what: "the domain, the ingress and the service to settle", intervalMs: 200 },
  );
});

afterAll(async () => {
  await (await m?.store.getStore().catch(() => undefined))?.close();
  client?.destroy();
  await emulator?.dispose();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => {
  as.viewer = undefined;
});

async function stats(): Promise<unknown> {
  return (await fetch(`${emulator.endpoint}/__emulator/stats`)).json();
}

/** Everything a refused request could have changed, as App Runner reports it. */
async function world(): Promise<unknown> {
  const service = (await client.send(new DescribeServiceCommand({ ServiceArn: serviceArn })))
    .Service;
  return {
    service,
    tags: (await client.send(new ListTagsForResourceCommand({ ResourceArn: serviceArn }))).Tags,
    domains: (await client.send(new DescribeCustomDomainsCommand({ ServiceArn: serviceArn })))
      .CustomDomains,
    connections: (await client.send(new ListConnectionsCommand({}))).ConnectionSummaryList,
    autoScaling: (await client.send(new ListAutoScalingConfigurationsCommand({})))
      .AutoScalingConfigurationSummaryList,
    vpcConnectors: (await client.send(new ListVpcConnectorsCommand({}))).VpcConnectors,
    observability: (await client.send(new ListObservabilityConfigurationsCommand({})))
      .ObservabilityConfigurationSummaryList,
    ingress: (await client.send(new ListVpcIngressConnectionsCommand({})))
      .VpcIngressConnectionSummaryList,
  };
}

async function auditEntries(filter: { actor?: string } = {}): Promise<AuditEntry[]> {
  return (await m.store.getStore()).audit.list({ ...filter, limit: 1000 });
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

function createForm(name: string): FormData {
  const values = blankValues();
  values.source.imageIdentifier = "public.ecr.aws/nginx/nginx:latest";
  values.service.name = name;
  return form({ values: JSON.stringify(values), token: crypto.randomUUID() });
}

function post(body: unknown): Request {
  return new Request("http://127.0.0.1/api/x", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

const IDLE_FORM = { status: "idle" } as const;

/** Every action and mutating route, called with a well-formed request, and its refusal's shape. */
function everyChange(): {
  action: Action;
  call: () => Promise<unknown>;
  answer: (m: string) => unknown;
}[] {
  const plain = (message: string) => ({ ok: false, message });
  const formError = (message: string) => ({
    status: "error",
    message,
    fieldErrors: {},
    attempt: 1,
  });
  const wizardError = (message: string) => ({
    status: "error",
    message,
    fieldErrors: [],
    retry: false,
  });
  const route = (status: number) => (message: string) => ({
    status,
    body: { kind: "access-denied", message },
  });
  return [
    { action: "deployService", call: () => m.service.deployService(serviceArn), answer: plain },
    { action: "pauseService", call: () => m.service.pauseService(serviceArn), answer: plain },
    { action: "resumeService", call: () => m.service.resumeService(serviceArn), answer: plain },
    {
      action: "deleteService",
      call: () => m.service.deleteService(serviceArn, "guarded"),
      answer: plain,
    },
    {
      action: "manageCustomDomains",
      call: () => m.service.associateCustomDomain(serviceArn, "new.example.com", false),
      answer: plain,
    },
    {
      action: "manageCustomDomains",
      call: () => m.service.disassociateCustomDomain(serviceArn, "kept.example.com"),
      answer: plain,
    },
    {
      action: "createService",
      call: () => m.create.createService({ status: "idle" }, createForm("sneaky")),
      answer: wizardError,
    },
    {
      action: "updateService",
      call: () =>
        m.edit.updateService(
          { status: "idle" },
          form({
            token: crypto.randomUUID(),
            arn: serviceArn,
            baseUpdatedAt: "2020-01-01T00:00:00.000Z",
            values: "{}",
          }),
        ),
      answer: wizardError,
    },
    {
      action: "manageResources",
      call: () =>
        m.connections.createConnectionAction(
          IDLE_FORM,
          form({ ConnectionName: "sneaky-conn", ProviderType: "GITHUB" }),
        ),
      answer: formError,
    },
    {
      action: "manageResources",
      call: () => m.connections.deleteConnectionAction(arns.connection!, "guarded-conn"),
      answer: plain,
    },
    {
      action: "manageResources",
      call: () =>
        m.autoScaling.createAutoScalingAction(
          IDLE_FORM,
          form({ AutoScalingConfigurationName: "sneaky-as", MaxConcurrency: "10" }),
        ),
      answer: formError,
    },
    {
      action: "manageResources",
      call: () => m.autoScaling.setDefaultAutoScalingAction(arns.autoScaling!),
      answer: plain,
    },
    {
      action: "manageResources",
      call: () => m.autoScaling.deleteAutoScalingAction(arns.autoScaling!, "guarded-as"),
      answer: plain,
    },
    {
      action: "manageResources",
      call: () =>
        m.vpc.createVpcConnectorAction(
          IDLE_FORM,
          form({ VpcConnectorName: "sneaky-vpc", Subnets: "subnet-0a1b2c3d4e5f60718" }),
        ),
      answer: formError,
    },
    {
      action: "manageResources",
      call: () => m.vpc.deleteVpcConnectorAction(arns.vpcConnector!, "guarded-vpc"),
      answer: plain,
    },
    {
      action: "manageResources",
      call: () =>
        m.vpc.createVpcIngressAction(
          IDLE_FORM,
          form({
            VpcIngressConnectionName: "sneaky-ingress",
            ServiceArn: serviceArn,
            VpcId: "vpc-0123456789abcdef0",
            VpcEndpointId: "vpce-0a1b",
          }),
        ),
      answer: formError,
    },
    {
      action: "manageResources",
      call: () => m.vpc.deleteVpcIngressAction(arns.ingress!, "guarded-ingress"),
      answer: plain,
    },
    {
      action: "manageResources",
      call: () =>
        m.observability.createObservabilityAction(
          IDLE_FORM,
          form({ ObservabilityConfigurationName: "sneaky-obs", Vendor: "AWSXRAY" }),
        ),
      answer: formError,
    },
    {
      action: "manageResources",
      call: () => m.observability.deleteObservabilityAction(arns.observability!, "guarded-obs"),
      answer: plain,
    },
    ...(
      [
        [m.routes.connections, { name: "sneaky-conn2", provider: "GITHUB" }],
        [m.routes.autoScaling, { name: "sneaky-as2" }],
        [m.routes.vpcConnectors, { VpcConnectorName: "sneaky-vpc2", Subnets: ["subnet-1"] }],
        [m.routes.observability, { ObservabilityConfigurationName: "sneaky-obs2" }],
      ] as const
    ).map(([handler, body]) => ({
      action: "manageResources" as const,
      call: async () => {
        const response = await handler.POST(post(body));
        return { status: response.status, body: await response.json() };
      },
      answer: route(403),
    })),
  ];
}

describe("a viewer", () => {
  it("is refused every change, in each action's own shape, with nothing sent and nothing changed", async () => {
    as.viewer = VIEWER;
    const before = await world();
    const calls = await stats();

    for (const { action, call, answer } of everyChange()) {
      const { refusalFor } = await import("@/lib/auth/permissions");
      expect(await call()).toEqual(answer(refusalFor(VIEWER, action)!));
    }

    expect(await stats()).toEqual(calls);
    expect(await world()).toEqual(before);
    const refused = await auditEntries({ actor: VIEWER.name });
    expect(refused).toHaveLength(everyChange().length);
    expect(refused.every((e) => e.result === "refused" && e.actor.id === VIEWER.id)).toBe(true);
    expect(refused.find((e) => e.action === "pauseService")).toMatchObject({
      resourceArn: serviceArn,
      resourceName: "guarded",
      request: { PauseService: { ServiceArn: serviceArn } },
      message: "Viewers can't pause services.",
      operationId: null,
    });
  });

  it("may still read: the routes that only read answer", async () => {
    as.viewer = VIEWER;
    expect((await m.routes.services.GET()).status).toBe(200);
    const audit = await m.routes.audit.GET(new Request("http://127.0.0.1/api/audit?limit=5"));
    expect(audit.status).toBe(200);
  });
});

describe("an operator", () => {
  it("may pause but not delete a service, nor manage resources; the log says which", async () => {
    as.viewer = OPERATOR;
    expect(await m.service.deleteService(serviceArn, "guarded")).toEqual({
      ok: false,
      message: "Operators can't delete services.",
    });
    expect(await m.connections.deleteConnectionAction(arns.connection!, "guarded-conn")).toEqual({
      ok: false,
      message: "Operators can't manage connections and other resources.",
    });
    expect(await m.service.pauseService(serviceArn)).toEqual({
      ok: true,
      message: "Pausing the service.",
    });
    // App Runner refuses a second pause while the first runs: recorded as an error.
    const again = await m.service.pauseService(serviceArn);
    expect(again.ok).toBe(false);
    await waitForServiceStatus(client, serviceArn, "PAUSED");

    const [error, ok, refusedConnection, refusedDelete] = await auditEntries({
      actor: OPERATOR.name,
    });
    expect(refusedDelete).toMatchObject({ action: "deleteService", result: "refused" });
    expect(refusedConnection).toMatchObject({
      action: "manageResources",
      result: "refused",
      resourceName: "guarded-conn",
      request: { DeleteConnection: { ConnectionArn: arns.connection } },
    });
    expect(ok).toMatchObject({
      action: "pauseService",
      result: "ok",
      actor: { id: OPERATOR.id, name: OPERATOR.name },
      resourceArn: serviceArn,
      message: null,
    });
    expect(error).toMatchObject({
      action: "pauseService",
      result: "error",
      message: again.message,
    });
  });
});

describe("nobody signed in", () => {
  it("gets 401 from the routes and a sign-in sentence from the actions, with nothing sent", async () => {
    const calls = await stats();
    expect(await m.service.resumeService(serviceArn)).toEqual({
      ok: false,
      message: "Sign in to do this.",
    });
    const created = await m.routes.connections.POST(post({ name: "x-conn", provider: "GITHUB" }));
    expect(created.status).toBe(401);
    for (const read of [
      m.routes.services.GET(),
      m.routes.connections.GET(),
      m.routes.audit.GET(new Request("http://127.0.0.1/api/audit")),
    ])
      expect((await read).status).toBe(401);
    expect(await stats()).toEqual(calls);
    const [last] = await auditEntries();
    expect(last).toMatchObject({
      actor: { id: "", name: "(not signed in)" },
      result: "refused",
      message: "Sign in to do this.",
    });
  });
});
