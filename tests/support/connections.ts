/** A connection a code repository can use: created, then polled until AVAILABLE. */
import {
  CreateConnectionCommand,
  ListConnectionsCommand,
  type AppRunnerClient,
  type Connection,
} from "@aws-sdk/client-apprunner";

import { uniqueName } from "./names";
import { poll } from "./poll";

export async function connectionStatus(client: AppRunnerClient, name: string) {
  const { ConnectionSummaryList } = await client.send(
    new ListConnectionsCommand({ ConnectionName: name }),
  );
  return ConnectionSummaryList?.find((c) => c.ConnectionName === name)?.Status;
}

export async function createAvailableConnection(client: AppRunnerClient): Promise<Connection> {
  const name = uniqueName("gh", 32);
  const { Connection } = await client.send(
    new CreateConnectionCommand({ ConnectionName: name, ProviderType: "GITHUB" }),
  );
  if (!Connection?.ConnectionArn) throw new Error("CreateConnection returned no Connection");
  await poll(
    () => connectionStatus(client, name),
    (status) => status === "AVAILABLE",
    { what: `connection ${name} AVAILABLE` },
  );
  return Connection;
}
