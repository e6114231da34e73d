import "server-only";

import {
  paginateListServicesForAutoScalingConfiguration,
  UpdateDefaultAutoScalingConfigurationCommand,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { collectPages } from "./collect-pages";
import { PICKER_LIST } from "./picker-list";

/** The ARNs of the services that use this revision. */
export function listServicesForAutoScalingConfiguration(arn: string): Promise<string[]> {
  return collectPages(
    paginateListServicesForAutoScalingConfiguration(
      { client: getAppRunnerClient(), pageSize: PICKER_LIST.pageSize },
      { AutoScalingConfigurationArn: arn },
    ),
    (page) => page.ServiceArnList,
    PICKER_LIST.maxPages,
  );
}

/** Makes this revision the one new services get when they name none. */
export async function setDefaultAutoScalingConfiguration(arn: string): Promise<void> {
  await getAppRunnerClient().send(
    new UpdateDefaultAutoScalingConfigurationCommand({ AutoScalingConfigurationArn: arn }),
  );
}
