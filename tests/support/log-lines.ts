/** Reads a whole CloudWatch Logs stream, following forward tokens as `aws logs tail` does. */
import {
  DescribeLogGroupsCommand,
  GetLogEventsCommand,
  type CloudWatchLogsClient,
  type OutputLogEvent,
} from "@aws-sdk/client-cloudwatch-logs";

/**
 * The event log App Runner writes for a successful create of an image service; the pull line
 * names the registry ("ECR" or "ECR Public").
 */
export function createServiceEvents(registry: "ECR" | "ECR Public"): string[] {
  return [
    "Service status is set to OPERATION_IN_PROGRESS.",
    "Deployment started.",
    `Successfully pulled image from ${registry}.`,
    "Provisioning instances and deploying image.",
    "Performing health check on port '8080'.",
    "Health check is successful.",
    "Successfully routed incoming traffic.",
    "Deployment completed.",
    "Service status is set to RUNNING.",
  ];
}

export function serviceLogGroup(serviceName: string, serviceId: string): string {
  return `/aws/apprunner/${serviceName}/${serviceId}/service`;
}

export function applicationLogGroup(serviceName: string, serviceId: string): string {
  return `/aws/apprunner/${serviceName}/${serviceId}/application`;
}

export async function readStream(
  logs: CloudWatchLogsClient,
  logGroupName: string,
  logStreamName: string,
  limit = 100,
): Promise<OutputLogEvent[]> {
  const events: OutputLogEvent[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < 1_000; page += 1) {
    const result = await logs.send(
      new GetLogEventsCommand({
        logGroupName,
        logStreamName,
        startFromHead: true,
        limit,
        nextToken,
      }),
    );
    events.push(...(result.events ?? []));
    // CloudWatch signals the end by handing back the token it was given.
    if (!result.nextForwardToken || result.nextForwardToken === nextToken) return events;
    nextToken = result.nextForwardToken;
  }
  throw new Error(`${logGroupName}/${logStreamName}: forward tokens never settled`);
}

export async function readMessages(
  logs: CloudWatchLogsClient,
  logGroupName: string,
  logStreamName: string,
): Promise<string[]> {
  const events = await readStream(logs, logGroupName, logStreamName);
  return events.map((event) => event.message ?? "");
}

export async function logGroupNames(logs: CloudWatchLogsClient, prefix: string) {
  const { logGroups } = await logs.send(
    new DescribeLogGroupsCommand({ logGroupNamePrefix: prefix }),
  );
  return (logGroups ?? []).map((group) => group.logGroupName);
}
