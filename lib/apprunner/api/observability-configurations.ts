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

import { collectPages } from "./collect-pages";
import { mapLimit } from "./map-limit";
import { PICKER_LIST } from "./picker-list";

export async function describeObservabilityConfiguration(
  arn: string,
): Promise<ObservabilityConfiguration> {
  const out = await getAppRunnerClient().send(
    new DescribeObservabilityConfigurationCommand({ ObservabilityConfigurationArn: arn }),
  );
  if (!out.ObservabilityConfiguration)
    throw new Error("DescribeObservabilityConfiguration was empty.");
  return out.ObservabilityConfiguration;
}

/** Every active revision (of one name, when given), described: the summaries lack the vendor. */
export async function listObservabilityRevisions(
  name?: string,
): Promise<ObservabilityConfiguration[]> {
  const summaries = await collectPages(
    paginateListObservabilityConfigurations(
      { client: getAppRunnerClient(), pageSize: PICKER_LIST.pageSize },
      { LatestOnly: false, ...(name ? { ObservabilityConfigurationName: name } : {}) },
    ),
    (page) => page.ObservabilityConfigurationSummaryList,
    PICKER_LIST.maxPages,
  );
  const arns = summaries.flatMap((s) =>
    s.ObservabilityConfigurationArn ? [s.ObservabilityConfigurationArn] : [],
  );
  return mapLimit(arns, 4, describeObservabilityConfiguration);
}

export async function createObservabilityConfiguration(
  input: CreateObservabilityConfigurationCommandInput,
): Promise<ObservabilityConfiguration | undefined> {
  const out = await getAppRunnerClient().send(new CreateObservabilityConfigurationCommand(input));
  return out.ObservabilityConfiguration;
}

export async function deleteObservabilityConfiguration(arn: string): Promise<void> {
  await getAppRunnerClient().send(
    new DeleteObservabilityConfigurationCommand({ ObservabilityConfigurationArn: arn }),
  );
}
