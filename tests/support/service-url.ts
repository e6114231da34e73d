/**
 * Requests to a service's URL as a browser or curl sends them: to the emulator's address with
 * the ServiceUrl as Host (Node's resolver, unlike browsers and curl, does not send `*.localhost`
 * to loopback by itself), and a helper that waits for a code service to be RUNNING.
 */
import {
  CreateServiceCommand,
  DescribeServiceCommand,
  type AppRunnerClient,
  type CreateServiceCommandInput,
  type Service,
} from "@aws-sdk/client-apprunner";
import { request, type IncomingHttpHeaders } from "node:http";

import { poll } from "./poll";

export type UrlAnswer = { status: number; headers: IncomingHttpHeaders; body: string };

export function requestServiceUrl(
  endpoint: string,
  serviceUrl: string,
  path = "/",
  options: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<UrlAnswer> {
  const { hostname, port } = new URL(endpoint);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        path,
        method: options.method ?? "GET",
        headers: { ...options.headers, host: serviceUrl },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

export async function serviceStatus(client: AppRunnerClient, arn: string) {
  const { Service } = await client.send(new DescribeServiceCommand({ ServiceArn: arn }));
  return Service!;
}

export async function waitForStatus(
  client: AppRunnerClient,
  arn: string,
  status: string,
  timeoutMs = 40_000,
): Promise<Service> {
  return poll(
    () => serviceStatus(client, arn),
    (service) => service.Status === status,
    { timeoutMs, intervalMs: 100, what: `service ${status}` },
  );
}

/** A Node.js code service with a quick health check, created and waited to RUNNING. */
export async function runningCodeService(
  client: AppRunnerClient,
  input: {
    name: string;
    repositoryUrl: string;
    connectionArn: string;
    autoScalingArn?: string;
    startCommand?: string;
  },
): Promise<Service> {
  const request: CreateServiceCommandInput = {
    ServiceName: input.name,
    SourceConfiguration: {
      AuthenticationConfiguration: { ConnectionArn: input.connectionArn },
      AutoDeploymentsEnabled: false,
      CodeRepository: {
        RepositoryUrl: input.repositoryUrl,
        SourceCodeVersion: { Type: "BRANCH", Value: "main" },
        CodeConfiguration: {
          ConfigurationSource: "API",
          CodeConfigurationValues: {
            Runtime: "NODEJS_22",
            StartCommand: input.startCommand ?? "node server.js",
            Port: "8080",
          },
        },
      },
    },
    HealthCheckConfiguration: {
      Protocol: "HTTP",
      Path: "/",
      Interval: 1,
      Timeout: 1,
      HealthyThreshold: 1,
      UnhealthyThreshold: 2,
    },
    ...(input.autoScalingArn ? { AutoScalingConfigurationArn: input.autoScalingArn } : {}),
  };
  const { Service } = await client.send(new CreateServiceCommand(request));
  return waitForStatus(client, Service!.ServiceArn!, "RUNNING");
}
