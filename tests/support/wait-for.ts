/** Waits on App Runner state the way a client would: DescribeService and ListOperations polls. */
import {
  DescribeServiceCommand,
  ListOperationsCommand,
  type AppRunnerClient,
  type OperationSummary,
  type Service,
  type ServiceStatus,
  type OperationStatus,
} from "@aws-sdk/client-apprunner";

import { poll, type PollOptions } from "./poll";

export async function describeService(client: AppRunnerClient, serviceArn: string) {
  const { Service } = await client.send(new DescribeServiceCommand({ ServiceArn: serviceArn }));
  if (!Service) throw new Error(`DescribeService returned no Service for ${serviceArn}`);
  return Service;
}

export function waitForServiceStatus(
  client: AppRunnerClient,
  serviceArn: string,
  status: ServiceStatus | ServiceStatus[],
  options: PollOptions = {},
): Promise<Service> {
  const wanted: string[] = Array.isArray(status) ? status : [status];
  return poll(
    () => describeService(client, serviceArn),
    (service) => wanted.includes(service.Status ?? ""),
    { what: `service status ${wanted.join("|")}`, ...options },
  );
}

/** Every operation of a service, newest first, across all pages. */
export async function listAllOperations(
  client: AppRunnerClient,
  serviceArn: string,
): Promise<OperationSummary[]> {
  const all: OperationSummary[] = [];
  let NextToken: string | undefined;
  do {
    const page = await client.send(
      new ListOperationsCommand({ ServiceArn: serviceArn, NextToken, MaxResults: 20 }),
    );
    all.push(...(page.OperationSummaryList ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return all;
}

export async function findOperation(
  client: AppRunnerClient,
  serviceArn: string,
  operationId: string,
): Promise<OperationSummary | undefined> {
  const operations = await listAllOperations(client, serviceArn);
  return operations.find((operation) => operation.Id === operationId);
}

export function waitForOperationStatus(
  client: AppRunnerClient,
  serviceArn: string,
  operationId: string,
  status: OperationStatus | OperationStatus[],
  options: PollOptions = {},
): Promise<OperationSummary> {
  const wanted: string[] = Array.isArray(status) ? status : [status];
  return poll(
    () => findOperation(client, serviceArn, operationId),
    (operation) => wanted.includes(operation?.Status ?? ""),
    { what: `operation ${operationId} status ${wanted.join("|")}`, ...options },
  ) as Promise<OperationSummary>;
}
