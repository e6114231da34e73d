/**
 * For the runtime conformance tests: an emulator with `--code-services run` over a temporary
 * repositories folder, a GitHub connection, and helpers to create code services, read their
 * logs, call them through their ServiceUrl and find their processes.
 */
import {
  CreateServiceCommand,
  type CodeConfigurationValues,
  type CreateServiceCommandInput,
  type Service,
} from "@aws-sdk/client-apprunner";
import { DescribeLogStreamsCommand } from "@aws-sdk/client-cloudwatch-logs";
import { readdirSync, readFileSync } from "node:fs";
import { request } from "node:http";

import { deploymentPhases, type PhaseFailure } from "@/lib/apprunner/deployment-phases";

import { makeClients, type Clients } from "./clients";
import { createAvailableConnection } from "./connections";
import { startEmulator, type EmulatorProcess } from "./emulator-process";
import { makeReposDir, type ReposDir } from "./git-repos";
import { applicationLogGroup, readMessages, readStream, serviceLogGroup } from "./log-lines";
import { uniqueName } from "./names";
import { findOperation, waitForServiceStatus } from "./wait-for";

export type Harness = {
  emulator: EmulatorProcess;
  repos: ReposDir;
  clients: Clients;
  connectionArn: string;
  /** Reconnects the clients after `emulator.restart()`. */
  reconnect(): void;
  dispose(): Promise<void>;
};

export async function startRuntime(
  options: { repoPollMs?: number; dataDir?: string; entry?: string[] } = {},
): Promise<Harness> {
  const repos = makeReposDir();
  const emulator = await startEmulator({
    codeServices: "run",
    reposDir: repos.dir,
    ...(options.repoPollMs === undefined ? {} : { repoPollMs: options.repoPollMs }),
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.entry === undefined ? {} : { entry: options.entry }),
  });
  const harness: Harness = {
    emulator,
    repos,
    clients: makeClients(emulator.endpoint),
    connectionArn: "",
    reconnect() {
      harness.clients.appRunner.destroy();
      harness.clients.logs.destroy();
      harness.clients = makeClients(emulator.endpoint);
    },
    async dispose() {
      harness.clients.appRunner.destroy();
      harness.clients.logs.destroy();
      await emulator.dispose();
      repos.dispose();
    },
  };
  const connection = await createAvailableConnection(harness.clients.appRunner);
  harness.connectionArn = connection.ConnectionArn!;
  return harness;
}

type CodeOptions = {
  url: string;
  branch?: string;
  sourceDirectory?: string;
  /** API values; apprunner.yaml (REPOSITORY) when absent. */
  api?: CodeConfigurationValues;
  autoDeploy?: boolean;
  health?: CreateServiceCommandInput["HealthCheckConfiguration"];
};

/** Creates a code service (health check every second unless given) and returns it. */
export async function createCodeService(
  h: Harness,
  options: CodeOptions,
): Promise<{ service: Service; operationId: string }> {
  const out = await h.clients.appRunner.send(
    new CreateServiceCommand({
      ServiceName: uniqueName("rt", 40),
      SourceConfiguration: {
        AuthenticationConfiguration: { ConnectionArn: h.connectionArn },
        AutoDeploymentsEnabled: options.autoDeploy ?? false,
        CodeRepository: {
          RepositoryUrl: options.url,
          SourceCodeVersion: { Type: "BRANCH", Value: options.branch ?? "main" },
          ...(options.sourceDirectory ? { SourceDirectory: options.sourceDirectory } : {}),
          CodeConfiguration: options.api
            ? { ConfigurationSource: "API", CodeConfigurationValues: options.api }
            : { ConfigurationSource: "REPOSITORY" },
        },
      },
      HealthCheckConfiguration: { Interval: 1, Timeout: 1, ...options.health },
    }),
  );
  return { service: out.Service!, operationId: out.OperationId! };
}

export function settle(h: Harness, service: Service, timeoutMs = 30_000): Promise<Service> {
  return waitForServiceStatus(
    h.clients.appRunner,
    service.ServiceArn!,
    ["RUNNING", "CREATE_FAILED"],
    { timeoutMs, intervalMs: 100 },
  );
}

export function deploymentLines(h: Harness, service: Service, operationId: string) {
  return readMessages(
    h.clients.logs,
    serviceLogGroup(service.ServiceName!, service.ServiceId!),
    `deployment/${operationId}`,
  );
}

export function eventLines(h: Harness, service: Service) {
  return readMessages(
    h.clients.logs,
    serviceLogGroup(service.ServiceName!, service.ServiceId!),
    "events",
  );
}

/** Instance ids, from the application log's stream names (`instance/<id>`). */
export async function instanceIds(h: Harness, service: Service): Promise<string[]> {
  const { logStreams } = await h.clients.logs.send(
    new DescribeLogStreamsCommand({
      logGroupName: applicationLogGroup(service.ServiceName!, service.ServiceId!),
    }),
  );
  return (logStreams ?? []).map((s) => s.logStreamName!.replace(/^instance\//, ""));
}

export async function applicationLines(h: Harness, service: Service): Promise<string[]> {
  const group = applicationLogGroup(service.ServiceName!, service.ServiceId!);
  const lines: string[] = [];
  for (const id of await instanceIds(h, service))
    lines.push(...(await readMessages(h.clients.logs, group, `instance/${id}`)));
  return lines;
}

/** GET through the service's URL: the emulator's port, the ServiceUrl as Host. */
export function callService(
  h: Harness,
  service: Service,
  path = "/",
): Promise<{ status: number; body: string }> {
  const endpoint = new URL(h.emulator.endpoint);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: endpoint.hostname,
        port: endpoint.port,
        path,
        headers: { host: service.ServiceUrl! },
        agent: false,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** Pids of live processes started for any of these instances (their environment says so). */
export function processesOf(instanceIdList: readonly string[]): number[] {
  const wanted = new Set(instanceIdList.map((id) => `RUNNERDECK_INSTANCE_ID=${id}`));
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const environ = readFileSync(`/proc/${name}/environ`, "utf8").split("\0");
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // A zombie waiting for its parent is not running.
      if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) continue;
      if (environ.some((entry) => wanted.has(entry))) pids.push(Number(name));
    } catch {
      // Exited meanwhile, or not readable.
    }
  }
  return pids;
}

/**
 * What the live page's failure explanation shows for an operation: the dashboard's own
 * deploymentPhases over the operation and its real event and deployment logs.
 */
export async function failureExplanation(
  h: Harness,
  service: Service,
  operationId: string,
): Promise<PhaseFailure | undefined> {
  const group = serviceLogGroup(service.ServiceName!, service.ServiceId!);
  const operation = await findOperation(h.clients.appRunner, service.ServiceArn!, operationId);
  const asLines = (events: Awaited<ReturnType<typeof readStream>>) =>
    events.map((e) => ({ timestamp: e.timestamp ?? 0, message: e.message ?? "" }));
  const deployment = asLines(await readStream(h.clients.logs, group, `deployment/${operationId}`));
  const events = asLines(await readStream(h.clients.logs, group, "events"));
  return deploymentPhases({
    operation: JSON.parse(JSON.stringify(operation)) as Parameters<
      typeof deploymentPhases
    >[0]["operation"],
    lines: [...events, ...deployment],
    deploymentLines: deployment,
    sourceKind: "code",
    now: Date.now(),
  }).failure;
}
