import "server-only";

import {
  CreateVpcConnectorCommand,
  DeleteVpcConnectorCommand,
  type CreateVpcConnectorCommandInput,
  type VpcConnector,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

export async function createVpcConnector(
  input: CreateVpcConnectorCommandInput,
): Promise<VpcConnector | undefined> {
  return (await getAppRunnerClient().send(new CreateVpcConnectorCommand(input))).VpcConnector;
}

/** Deletes one revision; App Runner refuses while a service sends its traffic through it. */
export async function deleteVpcConnector(arn: string): Promise<void> {
  await getAppRunnerClient().send(new DeleteVpcConnectorCommand({ VpcConnectorArn: arn }));
}
