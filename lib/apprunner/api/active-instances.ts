import type {
  GetMetricDataCommandInput,
  MetricDataQuery,
  MetricDataResult,
} from "@aws-sdk/client-cloudwatch";

/** Far enough back to find the newest datapoint of a metric App Runner sends each minute. */
const LOOK_BACK_MS = 10 * 60_000;

/**
 * Two views of the same metric: App Runner publishes ActiveInstances each minute, so the
 * one-minute query is the one AWS answers; the ten-second one answers where finer data exists
 * (and is simply empty where it doesn't), so a scale-in shows within seconds instead of a minute.
 */
const PERIODS = [
  { id: "fine", period: 10 },
  { id: "active", period: 60 },
] as const;

/** The GetMetricData request for a service's `AWS/AppRunner` ActiveInstances, newest first. */
export function activeInstancesQuery(
  serviceName: string,
  serviceId: string,
  now: number,
): GetMetricDataCommandInput {
  const queries: MetricDataQuery[] = PERIODS.map(({ id, period }) => ({
    Id: id,
    MetricStat: {
      Metric: {
        Namespace: "AWS/AppRunner",
        MetricName: "ActiveInstances",
        Dimensions: [
          { Name: "ServiceName", Value: serviceName },
          { Name: "ServiceID", Value: serviceId },
        ],
      },
      Period: period,
      Stat: "Maximum",
    },
    ReturnData: true,
  }));
  return {
    MetricDataQueries: queries,
    StartTime: new Date(now - LOOK_BACK_MS),
    EndTime: new Date(now),
    ScanBy: "TimestampDescending",
  };
}

/** The newest datapoint of one result, or undefined. */
function newestPoint(
  result: MetricDataResult | undefined,
): { at: number; value: number } | undefined {
  const points = (result?.Timestamps ?? []).map((t, i) => ({
    at: new Date(t).getTime(),
    value: result?.Values?.[i],
  }));
  return points
    .filter((p): p is { at: number; value: number } => Number.isFinite(p.value))
    .sort((a, b) => b.at - a.at)[0];
}

/**
 * The newest value as a whole count, or undefined when there is none: the finest period that
 * has data wins (its newest point covers the most recent seconds).
 */
export function newestCount(results: readonly MetricDataResult[] | undefined): number | undefined {
  for (const { id } of PERIODS) {
    const newest = newestPoint(results?.find((r) => r.Id === id));
    if (newest) return Math.max(0, Math.round(newest.value));
  }
  return undefined;
}
