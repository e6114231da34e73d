import "server-only";

import { GetMetricDataCommand } from "@aws-sdk/client-cloudwatch";

import { getCloudWatchClient } from "@/lib/apprunner/client";

import { activeInstancesQuery, newestCount } from "./active-instances";

/**
 * How many instances a service has running now, from CloudWatch's `AWS/AppRunner`
 * ActiveInstances. Undefined when the metric can't be read (no datapoint yet, no permission, a
 * backend without metrics): the page then shows nothing rather than a guess or an error.
 */
export async function readActiveInstances(
  serviceName: string,
  serviceId: string,
): Promise<number | undefined> {
  try {
    const out = await getCloudWatchClient().send(
      new GetMetricDataCommand(activeInstancesQuery(serviceName, serviceId, Date.now())),
    );
    return newestCount(out.MetricDataResults);
  } catch {
    return undefined;
  }
}
