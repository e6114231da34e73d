import "server-only";

import {
  paginateListServicesForAutoScalingConfiguration,
  UpdateDefaultAutoScalingConfigurationCommand,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { listAll } from "./list-all";

/** The ARNs of the services that use this revision. */
export function listServicesForAutoScalingConfiguration(arn: string): Promise<string[]> {
  return listAll(
    paginateListServicesForAutoScalingConfiguration,
    { AutoScalingConfigurationArn: arn },
    (page) => page.ServiceArnList,
  );
}

/** Makes this revision the one new services get when they name none. */
export async function setDefaultAutoScalingConfiguration(arn: string): Promise<void> {
  await getAppRunnerClient().send(
    new UpdateDefaultAutoScalingConfigurationCommand({ AutoScalingConfigurationArn: arn }),
  );
}
