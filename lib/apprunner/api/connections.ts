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

import { listAll } from "./list-all";

/** Every connection (a deleted one may still be listed for a while). */
export function listConnections(): Promise<ConnectionSummary[]> {
  return listAll(paginateListConnections, {}, (page) => page.ConnectionSummaryList);
}

/** The connections not deleted, by name: what the Connections page lists. */
export async function listLiveConnections(): Promise<ConnectionSummary[]> {
  return (await listConnections())
    .filter((c) => c.Status !== "DELETED")
    .sort((a, b) => (a.ConnectionName ?? "").localeCompare(b.ConnectionName ?? ""));
}

/**
 * The live connection of this name, if any. App Runner has no DescribeConnection: ListConnections
 * filtered by name is how one is read.
 */
export async function findConnection(name: string): Promise<ConnectionSummary | undefined> {
  const found = await listAll(
    paginateListConnections,
    { ConnectionName: name },
    (page) => page.ConnectionSummaryList,
  );
  return found.find((c) => c.ConnectionName === name && c.Status !== "DELETED");
}

/** A new connection; it stays PENDING_HANDSHAKE until the provider agrees. */
export async function createConnection(
  input: CreateConnectionCommandInput,
): Promise<Connection | undefined> {
  return (await getAppRunnerClient().send(new CreateConnectionCommand(input))).Connection;
}

export async function deleteConnection(arn: string): Promise<void> {
  await getAppRunnerClient().send(new DeleteConnectionCommand({ ConnectionArn: arn }));
}
