import "server-only";

import {
  CreateAutoScalingConfigurationCommand,
  paginateListAutoScalingConfigurations,
  type AutoScalingConfiguration,
  type AutoScalingConfigurationSummary,
  type CreateAutoScalingConfigurationCommandInput,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { collectPages } from "./collect-pages";
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

export async function createAutoScalingConfiguration(
  input: CreateAutoScalingConfigurationCommandInput,
): Promise<AutoScalingConfiguration | undefined> {
  const out = await getAppRunnerClient().send(new CreateAutoScalingConfigurationCommand(input));
  return out.AutoScalingConfiguration;
}
