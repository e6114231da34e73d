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

import { collectPages } from "./collect-pages";
import { mapLimit } from "./map-limit";
import { PICKER_LIST } from "./picker-list";

export async function describeVpcIngressConnection(arn: string): Promise<VpcIngressConnection> {
  const out = await getAppRunnerClient().send(
    new DescribeVpcIngressConnectionCommand({ VpcIngressConnectionArn: arn }),
  );
  if (!out.VpcIngressConnection) throw new Error("DescribeVpcIngressConnection was empty.");
  return out.VpcIngressConnection;
}

/** Every VPC ingress connection, described: the summaries carry only the two ARNs. */
export async function listVpcIngressConnections(): Promise<VpcIngressConnection[]> {
  const summaries = await collectPages(
    paginateListVpcIngressConnections(
      { client: getAppRunnerClient(), pageSize: PICKER_LIST.pageSize },
      {},
    ),
    (page) => page.VpcIngressConnectionSummaryList,
    PICKER_LIST.maxPages,
  );
  const arns = summaries.flatMap((s) =>
    s.VpcIngressConnectionArn ? [s.VpcIngressConnectionArn] : [],
  );
  return mapLimit(arns, 4, describeVpcIngressConnection);
}

export async function createVpcIngressConnection(
  input: CreateVpcIngressConnectionCommandInput,
): Promise<VpcIngressConnection | undefined> {
  const out = await getAppRunnerClient().send(new CreateVpcIngressConnectionCommand(input));
  return out.VpcIngressConnection;
}

export async function deleteVpcIngressConnection(arn: string): Promise<void> {
  await getAppRunnerClient().send(
    new DeleteVpcIngressConnectionCommand({ VpcIngressConnectionArn: arn }),
  );
}
