/**
 * SDK clients for tests, configured as any App Runner user configures them: only the endpoint
 * points at the emulator. Credentials are fakes; the emulator checks that requests are signed,
 * not by whom.
 */
import { AppRunnerClient } from "@aws-sdk/client-apprunner";
import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";

export const TEST_REGION = "us-east-1";

export const FAKE_CREDENTIALS = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
};

export type Clients = { appRunner: AppRunnerClient; logs: CloudWatchLogsClient };

/** One attempt only: a retried throttle or 5xx would hide what the server actually answered. */
export function makeClients(endpoint: string, region: string = TEST_REGION): Clients {
  const config = { region, endpoint, credentials: FAKE_CREDENTIALS, maxAttempts: 1 };
  return { appRunner: new AppRunnerClient(config), logs: new CloudWatchLogsClient(config) };
}
