import "server-only";

import {
  CreateObservabilityConfigurationCommand,
  DeleteObservabilityConfigurationCommand,
  DescribeObservabilityConfigurationCommand,
  paginateListObservabilityConfigurations,
  type CreateObservabilityConfigurationCommandInput,
  type ObservabilityConfiguration,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { describeEach } from "./describe-each";
import { listAll } from "./list-all";
import { required } from "./required";

export async function describeObservabilityConfiguration(
  arn: string,
): Promise<ObservabilityConfiguration> {
  const out = await getAppRunnerClient().send(
    new DescribeObservabilityConfigurationCommand({ ObservabilityConfigurationArn: arn }),
  );
  return required(out.ObservabilityConfiguration, "DescribeObservabilityConfiguration");
}

/** Every active revision (of one name, when given), described: the summaries lack the vendor. */
export async function listObservabilityRevisions(
  name?: string,
): Promise<ObservabilityConfiguration[]> {
  const summaries = await listAll(
    paginateListObservabilityConfigurations,
    { LatestOnly: false, ...(name ? { ObservabilityConfigurationName: name } : {}) },
    (page) => page.ObservabilityConfigurationSummaryList,
  );
  return describeEach(
    summaries,
    (s) => s.ObservabilityConfigurationArn,
    describeObservabilityConfiguration,
  );
}

export async function createObservabilityConfiguration(
  input: CreateObservabilityConfigurationCommandInput,
): Promise<ObservabilityConfiguration | undefined> {
  const command = new CreateObservabilityConfigurationCommand(input);
  return (await getAppRunnerClient().send(command)).ObservabilityConfiguration;
}

export async function deleteObservabilityConfiguration(arn: string): Promise<void> {
  await getAppRunnerClient().send(
    new DeleteObservabilityConfigurationCommand({ ObservabilityConfigurationArn: arn }),
  );
}
