import "server-only";

import {
  CreateConnectionCommand,
  DeleteConnectionCommand,
  paginateListConnections,
  type Connection,
  type ConnectionSummary,
  type CreateConnectionCommandInput,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { collectPages } from "./collect-pages";
import { PICKER_LIST } from "./picker-list";

/** Every connection (a deleted one may still be listed for a while). */
export function listConnections(): Promise<ConnectionSummary[]> {
  return collectPages(
    paginateListConnections({ client: getAppRunnerClient(), pageSize: PICKER_LIST.pageSize }, {}),
    (page) => page.ConnectionSummaryList,
    PICKER_LIST.maxPages,
  );
}

/**
 * The live connection of this name, if any. App Runner has no DescribeConnection: ListConnections
 * filtered by name is how one is read.
 */
export async function findConnection(name: string): Promise<ConnectionSummary | undefined> {
  const found = await collectPages(
    paginateListConnections(
      { client: getAppRunnerClient(), pageSize: PICKER_LIST.pageSize },
      { ConnectionName: name },
    ),
    (page) => page.ConnectionSummaryList,
    PICKER_LIST.maxPages,
  );
  return found.find((c) => c.ConnectionName === name && c.Status !== "DELETED");
}

/** A new connection; it stays PENDING_HANDSHAKE until the provider agrees. */
export async function createConnection(
  input: CreateConnectionCommandInput,
): Promise<Connection | undefined> {
  const out = await getAppRunnerClient().send(new CreateConnectionCommand(input));
  return out.Connection;
}

export async function deleteConnection(arn: string): Promise<void> {
  await getAppRunnerClient().send(new DeleteConnectionCommand({ ConnectionArn: arn }));
}
