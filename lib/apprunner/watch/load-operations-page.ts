import "server-only";

import { ListOperationsCommand } from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { OPERATIONS_PAGE_SIZE, toWire, type OperationsPage } from "./wire";

/** One page of the service's operations, newest first, from `nextToken` (the first page without). */
export async function loadOperationsPage(
  arn: string,
  nextToken: string | undefined,
): Promise<OperationsPage> {
  const out = await getAppRunnerClient().send(
    new ListOperationsCommand({
      ServiceArn: arn,
      MaxResults: OPERATIONS_PAGE_SIZE,
      NextToken: nextToken,
    }),
  );
  return { operations: toWire(out.OperationSummaryList ?? []), nextToken: out.NextToken };
}
