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

import { collectPages } from "./collect-pages";
import { mapLimit } from "./map-limit";
import { PICKER_LIST } from "./picker-list";

/** The latest revision of each configuration: the one a new service would use. */
export function listAutoScalingConfigurations(): Promise<AutoScalingConfigurationSummary[]> {
  return collectPages(
    paginateListAutoScalingConfigurations(
      { client: getAppRunnerClient(), pageSize: PICKER_LIST.pageSize },
      { LatestOnly: true },
    ),
    (page) => page.AutoScalingConfigurationSummaryList,
    PICKER_LIST.maxPages,
  );
}

export async function describeAutoScalingConfiguration(
  arn: string,
): Promise<AutoScalingConfiguration> {
  const out = await getAppRunnerClient().send(
    new DescribeAutoScalingConfigurationCommand({ AutoScalingConfigurationArn: arn }),
  );
  if (!out.AutoScalingConfiguration) throw new Error("DescribeAutoScalingConfiguration was empty.");
  return out.AutoScalingConfiguration;
}

/**
 * Every active revision (of one name, when given), described: the summaries lack the sizes and
 * concurrency a person compares revisions by.
 */
export async function listAutoScalingRevisions(name?: string): Promise<AutoScalingConfiguration[]> {
  const summaries = await collectPages(
    paginateListAutoScalingConfigurations(
      { client: getAppRunnerClient(), pageSize: PICKER_LIST.pageSize },
      { LatestOnly: false, ...(name ? { AutoScalingConfigurationName: name } : {}) },
    ),
    (page) => page.AutoScalingConfigurationSummaryList,
    PICKER_LIST.maxPages,
  );
  const arns = summaries.flatMap((s) =>
    s.AutoScalingConfigurationArn ? [s.AutoScalingConfigurationArn] : [],
  );
  return mapLimit(arns, 4, describeAutoScalingConfiguration);
}

export async function createAutoScalingConfiguration(
  input: CreateAutoScalingConfigurationCommandInput,
): Promise<AutoScalingConfiguration | undefined> {
  const out = await getAppRunnerClient().send(new CreateAutoScalingConfigurationCommand(input));
  return out.AutoScalingConfiguration;
}

/** Deletes one revision; App Runner refuses while it is the default or a service uses it. */
export async function deleteAutoScalingConfiguration(arn: string): Promise<void> {
  await getAppRunnerClient().send(
    new DeleteAutoScalingConfigurationCommand({ AutoScalingConfigurationArn: arn }),
  );
}
