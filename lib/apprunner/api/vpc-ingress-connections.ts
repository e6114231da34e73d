import "server-only";

import {
  CreateVpcIngressConnectionCommand,
  DeleteVpcIngressConnectionCommand,
  DescribeVpcIngressConnectionCommand,
  paginateListVpcIngressConnections,
  type CreateVpcIngressConnectionCommandInput,
  type VpcIngressConnection,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { describeEach } from "./describe-each";
import { listAll } from "./list-all";
import { required } from "./required";

export async function describeVpcIngressConnection(arn: string): Promise<VpcIngressConnection> {
  const out = await getAppRunnerClient().send(
    new DescribeVpcIngressConnectionCommand({ VpcIngressConnectionArn: arn }),
  );
  return required(out.VpcIngressConnection, "DescribeVpcIngressConnection");
}

/** Every VPC ingress connection, described: the summaries carry only the two ARNs. */
export async function listVpcIngressConnections(): Promise<VpcIngressConnection[]> {
  const summaries = await listAll(
    paginateListVpcIngressConnections,
    {},
    (page) => page.VpcIngressConnectionSummaryList,
  );
  return describeEach(summaries, (s) => s.VpcIngressConnectionArn, describeVpcIngressConnection);
}

/** The ingress connection of this name not yet fully deleted, if any. */
export async function findVpcIngressConnection(
  name: string,
): Promise<VpcIngressConnection | undefined> {
  return (await listVpcIngressConnections()).find(
    (c) => c.VpcIngressConnectionName === name && c.Status !== "DELETED",
  );
}

export async function createVpcIngressConnection(
  input: CreateVpcIngressConnectionCommandInput,
): Promise<VpcIngressConnection | undefined> {
  const command = new CreateVpcIngressConnectionCommand(input);
  return (await getAppRunnerClient().send(command)).VpcIngressConnection;
}

export async function deleteVpcIngressConnection(arn: string): Promise<void> {
  await getAppRunnerClient().send(
    new DeleteVpcIngressConnectionCommand({ VpcIngressConnectionArn: arn }),
  );
}
