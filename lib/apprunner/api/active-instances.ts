import type { GetMetricDataCommandInput, MetricDataResult } from "@aws-sdk/client-cloudwatch";

/** Far enough back to find the newest datapoint of a metric App Runner sends each minute. */
const LOOK_BACK_MS = 10 * 60_000;

/** The GetMetricData request for a service's `AWS/AppRunner` ActiveInstances, newest first. */
export function activeInstancesQuery(
  serviceName: string,
  serviceId: string,
  now: number,
): GetMetricDataCommandInput {
  return {
    MetricDataQueries: [
      {
        Id: "active",
        MetricStat: {
          Metric: {
            Namespace: "AWS/AppRunner",
            MetricName: "ActiveInstances",
            Dimensions: [
              { Name: "ServiceName", Value: serviceName },
              { Name: "ServiceID", Value: serviceId },
            ],
          },
          Period: 60,
          Stat: "Maximum",
        },
        ReturnData: true,
      },
    ],
    StartTime: new Date(now - LOOK_BACK_MS),
    EndTime: new Date(now),
    ScanBy: "TimestampDescending",
  };
}

/** The newest value of the query's result as a whole count, or undefined when there is none. */
export function newestCount(results: readonly MetricDataResult[] | undefined): number | undefined {
  const result = results?.find((r) => r.Id === "active");
  const points = (result?.Timestamps ?? []).map((t, i) => ({
    at: new Date(t).getTime(),
    value: result?.Values?.[i],
  }));
  const newest = points
    .filter((p): p is { at: number; value: number } => Number.isFinite(p.value))
    .sort((a, b) => b.at - a.at)[0];
  return newest === undefined ? undefined : Math.max(0, Math.round(newest.value));
}
