import "server-only";

import {
  CreateAutoScalingConfigurationCommand,
  DeleteAutoScalingConfigurationCommand,
  DescribeAutoScalingConfigurationCommand,
  paginateListAutoScalingConfigurations,
  type AutoScalingConfiguration,
  type AutoScalingConfigurationSummary,
  type CreateAutoScalingConfigurationCommandInput,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { describeEach } from "./describe-each";
import { listAll } from "./list-all";
import { required } from "./required";

/** The latest revision of each configuration: the one a new service would use. */
export function listAutoScalingConfigurations(): Promise<AutoScalingConfigurationSummary[]> {
  return listAll(
    paginateListAutoScalingConfigurations,
    { LatestOnly: true },
    (page) => page.AutoScalingConfigurationSummaryList,
  );
}

export async function describeAutoScalingConfiguration(
  arn: string,
): Promise<AutoScalingConfiguration> {
  const out = await getAppRunnerClient().send(
    new DescribeAutoScalingConfigurationCommand({ AutoScalingConfigurationArn: arn }),
  );
  return required(out.AutoScalingConfiguration, "DescribeAutoScalingConfiguration");
}

/** Every active revision (of one name, when given), described: the summaries lack the sizes. */
export async function listAutoScalingRevisions(name?: string): Promise<AutoScalingConfiguration[]> {
  const summaries = await listAll(
    paginateListAutoScalingConfigurations,
    { LatestOnly: false, ...(name ? { AutoScalingConfigurationName: name } : {}) },
    (page) => page.AutoScalingConfigurationSummaryList,
  );
  return describeEach(
    summaries,
    (s) => s.AutoScalingConfigurationArn,
    describeAutoScalingConfiguration,
  );
}

export async function createAutoScalingConfiguration(
  input: CreateAutoScalingConfigurationCommandInput,
): Promise<AutoScalingConfiguration | undefined> {
  const command = new CreateAutoScalingConfigurationCommand(input);
  return (await getAppRunnerClient().send(command)).AutoScalingConfiguration;
}

/** Deletes one revision; App Runner refuses while it is the default or a service uses it. */
export async function deleteAutoScalingConfiguration(arn: string): Promise<void> {
  await getAppRunnerClient().send(
    new DeleteAutoScalingConfigurationCommand({ AutoScalingConfigurationArn: arn }),
  );
}
