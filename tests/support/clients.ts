/**
 * SDK clients for tests, configured as any App Runner user configures them: only the endpoint
 * points at the emulator. Credentials are fakes; the emulator checks that requests are signed,
 * not by whom. With `CONFORMANCE_TARGET=aws` (see target.ts) the same calls build clients as an
 * AWS user's: the SDK's default credential chain, the region from the environment, the
 * region's own endpoint unless `CONFORMANCE_ENDPOINT` names one, the SDK's retries, and every
 * resource they create noted for the teardown.
 */
import { AppRunnerClient } from "@aws-sdk/client-apprunner";
import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";

import { noteArn } from "./account";
import { trackCreated, type Created } from "./aws-resources";
import { awsEndpoint, awsRegion, isAws } from "./target";

/** The region tests sign for: us-east-1 against the emulator, the environment's on AWS. */
export const TEST_REGION = isAws ? awsRegion() : "us-east-1";

export const FAKE_CREDENTIALS = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
};

export type Clients = { appRunner: AppRunnerClient; logs: CloudWatchLogsClient };

/** One attempt only: a retried throttle or 5xx would hide what the server actually answered. */
export function makeClients(endpoint: string, region: string = TEST_REGION): Clients {
  if (isAws) return makeAwsClients(region);
  const config = { region, endpoint, credentials: FAKE_CREDENTIALS, maxAttempts: 1 };
  return { appRunner: new AppRunnerClient(config), logs: new CloudWatchLogsClient(config) };
}

/** What the AWS clients of this process created, in order (see aws-resources.ts). */
export const createdOnAws: Created[] = [];

/** The endpoint an AWS run talks to: `CONFORMANCE_ENDPOINT`, or the region's App Runner. */
export function awsAppRunnerEndpoint(region: string = TEST_REGION): string {
  return awsEndpoint() ?? `https://apprunner.${region}.amazonaws.com`;
}

/** AWS clients whose created resources are noted in `into` (and in the run directory's list). */
export function makeAwsClients(region: string, into: Created[] = createdOnAws): Clients {
  const endpoint = awsEndpoint();
  const config = { region, ...(endpoint ? { endpoint } : {}) };
  const appRunner = new AppRunnerClient(config);
  trackCreated(appRunner, into, {
    file: process.env.CONFORMANCE_RUN_DIR
      ? `${process.env.CONFORMANCE_RUN_DIR}/created.jsonl`
      : undefined,
    onArn: noteArn,
  });
  return { appRunner, logs: new CloudWatchLogsClient(config) };
}
