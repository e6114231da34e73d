import "server-only";

import { ListOperationsCommand } from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";
import { OPERATIONS_PAGE_SIZE, toWire, type OperationsPage } from "@/lib/apprunner/watch/wire";

/**
 * One page of the service's operations, newest first, from `nextToken` (the first page
 * without). One page, not all: the live page shows the newest and reads older ones on demand.
 */
export async function listOperationsPage(
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
