import "server-only";

import type { AutoScalingConfiguration } from "@aws-sdk/client-apprunner";

import { parseServiceArn } from "@/lib/apprunner/watch/service-arn";

import { listAutoScalingRevisions } from "./auto-scaling-configurations";
import { listServicesForAutoScalingConfiguration } from "./auto-scaling-usage";
import { mapLimit } from "./map-limit";

export type ServiceUse = { arn: string; name: string; id: string };
export type AutoScalingRevisionUse = { config: AutoScalingConfiguration; users: ServiceUse[] };

/** Every active revision of one name, newest first, each with the services that use it. */
export async function loadAutoScalingName(name: string): Promise<AutoScalingRevisionUse[]> {
  const configs = (await listAutoScalingRevisions(name))
    .filter((c) => c.AutoScalingConfigurationName === name)
    .sort(
      (a, b) =>
        (b.AutoScalingConfigurationRevision ?? 0) - (a.AutoScalingConfigurationRevision ?? 0),
    );
  return mapLimit(configs, 4, async (config) => {
    const arns = config.AutoScalingConfigurationArn
      ? await listServicesForAutoScalingConfiguration(config.AutoScalingConfigurationArn)
      : [];
    const users = arns.flatMap((arn) => {
      const parts = parseServiceArn(arn);
      return parts ? [{ arn, name: parts.name, id: parts.id }] : [];
    });
    return { config, users };
  });
}
