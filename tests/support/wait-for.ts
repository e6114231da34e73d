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

/** Polls `read` until what it returns has one of the wanted statuses. */
function waitForStatus<T extends { Status?: string } | undefined>(
  read: () => Promise<T>,
  what: string,
  status: string | string[],
  options: PollOptions,
): Promise<T> {
  const wanted = Array.isArray(status) ? status : [status];
  return poll(read, (value) => wanted.includes(value?.Status ?? ""), {
    what: `${what} status ${wanted.join("|")}`,
    ...options,
  });
}

export function waitForServiceStatus(
  client: AppRunnerClient,
  serviceArn: string,
  status: ServiceStatus | ServiceStatus[],
  options: PollOptions = {},
): Promise<Service> {
  return waitForStatus(() => describeService(client, serviceArn), "service", status, options);
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
  return waitForStatus(
    () => findOperation(client, serviceArn, operationId),
    `operation ${operationId}`,
    status,
    options,
  ) as Promise<OperationSummary>;
}
