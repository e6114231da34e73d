/**
 * What a conformance run creates on AWS, and how it is all deleted again: the ARNs each create
 * call answered (noted by a middleware on every client, see `trackCreated`), the resources whose
 * names carry the run's prefix (found by listing), and a teardown that deletes them in the order
 * AWS allows — services first (their custom domains and VPC ingress connections with them,
 * waiting out any operation in progress and then the deletion itself), then VPC ingress
 * connections, custom domains, VPC connectors, connections, observability and auto scaling
 * configurations, retrying what is still in use until the services are gone. Nothing here
 * imports vitest: the global teardown runs it in vitest's main process.
 */
import { appendFileSync } from "node:fs";

import {
  DeleteAutoScalingConfigurationCommand,
  DeleteConnectionCommand,
  DeleteObservabilityConfigurationCommand,
  DeleteServiceCommand,
  DeleteVpcConnectorCommand,
  DeleteVpcIngressConnectionCommand,
  DescribeCustomDomainsCommand,
  DescribeServiceCommand,
  DescribeVpcIngressConnectionCommand,
  DisassociateCustomDomainCommand,
  ListAutoScalingConfigurationsCommand,
  ListConnectionsCommand,
  ListObservabilityConfigurationsCommand,
  ListServicesCommand,
  ListVpcConnectorsCommand,
  ListVpcIngressConnectionsCommand,
  type AppRunnerClient,
} from "@aws-sdk/client-apprunner";

export type ResourceKind =
  | "service"
  | "vpcIngressConnection"
  | "customDomain"
  | "vpcConnector"
  | "connection"
  | "observabilityConfiguration"
  | "autoScalingConfiguration";

/** The order the teardown deletes in: what uses a resource goes before it. */
export const DELETE_ORDER: ResourceKind[] = [
  "service",
  "vpcIngressConnection",
  "customDomain",
  "vpcConnector",
  "connection",
  "observabilityConfiguration",
  "autoScalingConfiguration",
];

/** One created resource; a custom domain is its service's ARN and the domain name. */
export type Created = { kind: ResourceKind; arn: string; domain?: string };

type Output = Record<string, unknown> | undefined;

function arnIn(output: Output, member: string, arnMember: string): string | undefined {
  const value = (output?.[member] as Record<string, unknown> | undefined)?.[arnMember];
  return typeof value === "string" ? value : undefined;
}

/** The resources a successful call created, read from its answer. */
export function createdBy(
  commandName: string,
  input: Record<string, unknown>,
  output: Output,
): Created[] {
  const one = (kind: ResourceKind, arn: string | undefined): Created[] =>
    arn ? [{ kind, arn }] : [];
  switch (commandName) {
    case "CreateServiceCommand":
      return one("service", arnIn(output, "Service", "ServiceArn"));
    case "CreateVpcIngressConnectionCommand":
      return one(
        "vpcIngressConnection",
        arnIn(output, "VpcIngressConnection", "VpcIngressConnectionArn"),
      );
    case "AssociateCustomDomainCommand": {
      const arn = typeof output?.ServiceArn === "string" ? output.ServiceArn : undefined;
      const domain = arnIn(output, "CustomDomain", "DomainName") ?? input.DomainName;
      return arn && typeof domain === "string" ? [{ kind: "customDomain", arn, domain }] : [];
    }
    case "CreateVpcConnectorCommand":
      return one("vpcConnector", arnIn(output, "VpcConnector", "VpcConnectorArn"));
    case "CreateConnectionCommand":
      return one("connection", arnIn(output, "Connection", "ConnectionArn"));
    case "CreateObservabilityConfigurationCommand":
      return one(
        "observabilityConfiguration",
        arnIn(output, "ObservabilityConfiguration", "ObservabilityConfigurationArn"),
      );
    case "CreateAutoScalingConfigurationCommand":
      return one(
        "autoScalingConfiguration",
        arnIn(output, "AutoScalingConfiguration", "AutoScalingConfigurationArn"),
      );
    default:
      return [];
  }
}

const APP_RUNNER_ARN = /^arn:(aws[a-z-]*):apprunner:([a-z0-9-]+):(\d{12}):/;

export type ArnParts = { partition: string; region: string; account: string };

export function arnParts(arn: string): ArnParts | undefined {
  const match = APP_RUNNER_ARN.exec(arn);
  return match ? { partition: match[1]!, region: match[2]!, account: match[3]! } : undefined;
}

/** The first App Runner ARN anywhere in an answer. */
export function firstArnIn(value: unknown, depth = 0): string | undefined {
  if (depth > 6 || value === null || value === undefined) return undefined;
  if (typeof value === "string") return APP_RUNNER_ARN.test(value) ? value : undefined;
  if (typeof value !== "object") return undefined;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const found = firstArnIn(item, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Notes every resource the client's successful calls create: in `into`, and as a JSON line in
 * `file` when given (so the global teardown deletes it even if this worker dies). Also hands
 * the first App Runner ARN of any answer to `onArn` (the account and region are read from it).
 */
export function trackCreated(
  client: AppRunnerClient,
  into: Created[],
  { file, onArn }: { file?: string; onArn?: (arn: string) => void } = {},
): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const output = result.output as unknown as Output;
      const created = createdBy(
        context.commandName ?? "",
        (args.input ?? {}) as Record<string, unknown>,
        output,
      );
      for (const item of created) {
        into.push(item);
        if (file) appendFileSync(file, `${JSON.stringify(item)}\n`);
      }
      const arn = onArn && firstArnIn(output);
      if (arn) onArn(arn);
      return result;
    },
    { step: "initialize", name: "conformanceTrackCreated", override: true },
  );
}

async function allPages<T>(
  read: (NextToken: string | undefined) => Promise<{ items: T[]; next?: string }>,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  do {
    const page = await read(token);
    all.push(...page.items);
    token = page.next;
  } while (token);
  return all;
}

/** The name in an App Runner ARN: `…:service/<name>/<id>`, `…:connection/<name>/<id>`, … */
export function nameInArn(arn: string): string {
  return arn.split(":").slice(5).join(":").split("/")[1] ?? "";
}

/**
 * Every live resource whose name starts with `prefix` (deleted services, INACTIVE revisions and
 * DELETED connections are gone as far as the account is concerned). Custom domains are listed
 * per prefixed service.
 */
export async function findByPrefix(client: AppRunnerClient, prefix: string): Promise<Created[]> {
  const mine = (name: string | undefined) => Boolean(name?.startsWith(prefix));
  const found: Created[] = [];

  const services = await allPages(async (NextToken) => {
    const page = await client.send(new ListServicesCommand({ NextToken }));
    return { items: page.ServiceSummaryList ?? [], next: page.NextToken };
  });
  for (const service of services) {
    if (!mine(service.ServiceName) || service.Status === "DELETED") continue;
    found.push({ kind: "service", arn: service.ServiceArn! });
    const domains = await client
      .send(new DescribeCustomDomainsCommand({ ServiceArn: service.ServiceArn! }))
      .catch(() => undefined);
    for (const domain of domains?.CustomDomains ?? [])
      found.push({ kind: "customDomain", arn: service.ServiceArn!, domain: domain.DomainName! });
  }

  const ingress = await allPages(async (NextToken) => {
    const page = await client.send(new ListVpcIngressConnectionsCommand({ NextToken }));
    return { items: page.VpcIngressConnectionSummaryList ?? [], next: page.NextToken };
  });
  for (const summary of ingress) {
    const arn = summary.VpcIngressConnectionArn!;
    if (!mine(nameInArn(arn))) continue;
    // The summary has no status: a deleted connection stays listed for a while.
    if (!DELETED_INGRESS.includes(await ingressStatus(client, arn)))
      found.push({ kind: "vpcIngressConnection", arn });
  }

  const connectors = await allPages(async (NextToken) => {
    const page = await client.send(new ListVpcConnectorsCommand({ NextToken }));
    return { items: page.VpcConnectors ?? [], next: page.NextToken };
  });
  for (const connector of connectors)
    if (mine(connector.VpcConnectorName) && connector.Status !== "INACTIVE")
      found.push({ kind: "vpcConnector", arn: connector.VpcConnectorArn! });

  const connections = await allPages(async (NextToken) => {
    const page = await client.send(new ListConnectionsCommand({ NextToken }));
    return { items: page.ConnectionSummaryList ?? [], next: page.NextToken };
  });
  for (const connection of connections)
    if (mine(connection.ConnectionName) && connection.Status !== "DELETED")
      found.push({ kind: "connection", arn: connection.ConnectionArn! });

  const observability = await allPages(async (NextToken) => {
    const page = await client.send(
      new ListObservabilityConfigurationsCommand({ NextToken, LatestOnly: false }),
    );
    return { items: page.ObservabilityConfigurationSummaryList ?? [], next: page.NextToken };
  });
  for (const summary of observability)
    if (mine(summary.ObservabilityConfigurationName))
      found.push({
        kind: "observabilityConfiguration",
        arn: summary.ObservabilityConfigurationArn!,
      });

  const autoScaling = await allPages(async (NextToken) => {
    const page = await client.send(
      new ListAutoScalingConfigurationsCommand({ NextToken, LatestOnly: false }),
    );
    return { items: page.AutoScalingConfigurationSummaryList ?? [], next: page.NextToken };
  });
  for (const summary of autoScaling)
    if (mine(summary.AutoScalingConfigurationName) && summary.Status !== "INACTIVE")
      found.push({ kind: "autoScalingConfiguration", arn: summary.AutoScalingConfigurationArn! });

  return found;
}

/** A VPC ingress connection in one of these is deleted or on its way there. */
const DELETED_INGRESS = ["DELETED", "PENDING_DELETION", ""];

async function ingressStatus(client: AppRunnerClient, arn: string): Promise<string> {
  try {
    const { VpcIngressConnection } = await client.send(
      new DescribeVpcIngressConnectionCommand({ VpcIngressConnectionArn: arn }),
    );
    return VpcIngressConnection?.Status ?? "";
  } catch (error) {
    if (gone(error)) return "";
    throw error;
  }
}

function errorName(error: unknown): string {
  return (error as { name?: string } | undefined)?.name ?? "Error";
}

const gone = (error: unknown) => errorName(error) === "ResourceNotFoundException";

export type TeardownOptions = {
  /** Give up on a resource after this long (AWS: a service deletion takes minutes). */
  timeoutMs?: number;
  /** Wait between attempts and status reads. */
  pollMs?: number;
  log?: (line: string) => void;
};

export type TeardownResult = { deleted: number; left: { item: Created; error: string }[] };

function keyOf(item: Created): string {
  return `${item.kind} ${item.arn} ${item.domain ?? ""}`;
}

/**
 * Deletes `items` (any mix; duplicates and already deleted ones are fine) and reports what could
 * not be deleted before the deadline. Never throws: a teardown that stops at the first failure
 * would leave the rest behind.
 */
export async function deleteResources(
  clients: AppRunnerClient | ((region: string) => AppRunnerClient),
  items: Created[],
  { timeoutMs = 20 * 60_000, pollMs = 5_000, log = () => {} }: TeardownOptions = {},
): Promise<TeardownResult> {
  const deadline = Date.now() + timeoutMs;
  // A resource is deleted in its own region (a test may create one in another).
  const clientFor = (arn: string) =>
    typeof clients === "function" ? clients(arnParts(arn)?.region ?? "") : clients;
  const sleep = () => new Promise((resolve) => setTimeout(resolve, pollMs));
  const unique = [...new Map(items.map((item) => [keyOf(item), item])).values()];
  const left: TeardownResult["left"] = [];
  let deleted = 0;

  /** Runs `attempt` until it succeeds or says the resource is gone; false at the deadline. */
  async function retrying(item: Created, attempt: () => Promise<void>): Promise<boolean> {
    for (;;) {
      try {
        await attempt();
        return true;
      } catch (error) {
        if (gone(error)) return true;
        if (Date.now() > deadline) {
          left.push({ item, error: `${errorName(error)}: ${(error as Error).message}` });
          log(`could not delete ${keyOf(item)}: ${(error as Error).message}`);
          return false;
        }
        await sleep();
      }
    }
  }

  async function serviceStatus(arn: string): Promise<string> {
    try {
      const { Service } = await clientFor(arn).send(
        new DescribeServiceCommand({ ServiceArn: arn }),
      );
      return Service?.Status ?? "DELETED";
    } catch (error) {
      if (gone(error)) return "DELETED";
      throw error;
    }
  }

  async function deleteService(item: Created): Promise<void> {
    const client = clientFor(item.arn);
    const ok = await retrying(item, async () => {
      const status = await serviceStatus(item.arn);
      if (status === "DELETED") return;
      // AWS refuses a deletion while an operation runs: wait it out.
      if (status === "OPERATION_IN_PROGRESS") throw new Error("an operation is in progress");
      const domains = await client
        .send(new DescribeCustomDomainsCommand({ ServiceArn: item.arn }))
        .catch(() => undefined);
      for (const domain of domains?.CustomDomains ?? [])
        await client
          .send(
            new DisassociateCustomDomainCommand({
              ServiceArn: item.arn,
              DomainName: domain.DomainName!,
            }),
          )
          .catch(() => undefined);
      const ingress = await client
        .send(new ListVpcIngressConnectionsCommand({ Filter: { ServiceArn: item.arn } }))
        .catch(() => undefined);
      for (const summary of ingress?.VpcIngressConnectionSummaryList ?? [])
        await client
          .send(
            new DeleteVpcIngressConnectionCommand({
              VpcIngressConnectionArn: summary.VpcIngressConnectionArn!,
            }),
          )
          .catch(() => undefined);
      await client.send(new DeleteServiceCommand({ ServiceArn: item.arn }));
    });
    if (!ok) return;
    // What uses a connector or a configuration is only released once the service is DELETED.
    const done = await retrying(item, async () => {
      const status = await serviceStatus(item.arn);
      if (status !== "DELETED") throw new Error(`still ${status}`);
    });
    if (done) deleted += 1;
  }

  const deleters: Record<Exclude<ResourceKind, "service">, (item: Created) => Promise<unknown>> = {
    vpcIngressConnection: async (item) => {
      const client = clientFor(item.arn);
      if (DELETED_INGRESS.includes(await ingressStatus(client, item.arn))) return;
      // AWS refuses a deletion while the connection is being created or updated: retried.
      await client.send(
        new DeleteVpcIngressConnectionCommand({ VpcIngressConnectionArn: item.arn }),
      );
    },
    customDomain: (item) =>
      clientFor(item.arn).send(
        new DisassociateCustomDomainCommand({ ServiceArn: item.arn, DomainName: item.domain! }),
      ),
    vpcConnector: (item) =>
      clientFor(item.arn).send(new DeleteVpcConnectorCommand({ VpcConnectorArn: item.arn })),
    connection: (item) =>
      clientFor(item.arn).send(new DeleteConnectionCommand({ ConnectionArn: item.arn })),
    observabilityConfiguration: (item) =>
      clientFor(item.arn).send(
        new DeleteObservabilityConfigurationCommand({ ObservabilityConfigurationArn: item.arn }),
      ),
    autoScalingConfiguration: (item) =>
      clientFor(item.arn).send(
        new DeleteAutoScalingConfigurationCommand({ AutoScalingConfigurationArn: item.arn }),
      ),
  };

  for (const kind of DELETE_ORDER) {
    const batch = unique.filter((item) => item.kind === kind);
    if (kind === "service") {
      await Promise.all(batch.map(deleteService));
      continue;
    }
    const remove = deleters[kind];
    await Promise.all(
      batch.map(async (item) => {
        // A custom domain of a deleted service went with it.
        if (
          kind === "customDomain" &&
          (await serviceStatus(item.arn).catch(() => "")) === "DELETED"
        )
          return;
        if (await retrying(item, async () => void (await remove(item)))) deleted += 1;
      }),
    );
  }
  return { deleted, left };
}
