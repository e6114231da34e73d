import "server-only";

import { AppRunnerClient } from "@aws-sdk/client-apprunner";
import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";

import { getSettings, type Settings } from "@/lib/env";

/** Credentials the emulator accepts; it checks that requests are signed, not by whom. */
const LOCAL_CREDENTIALS = { accessKeyId: "runnerdeck-local", secretAccessKey: "runnerdeck-local" };

/**
 * Without these a request to a hung endpoint waits on the socket defaults; a person at a form or
 * a page should hear back. Create-style calls answer in well under a second on AWS.
 */
const TIMEOUTS = { connectionTimeout: 3_000, requestTimeout: 20_000, throwOnRequestTimeout: true };

type ClientConfig = {
  region: string;
  endpoint?: string;
  credentials?: typeof LOCAL_CREDENTIALS;
  maxAttempts: number;
  requestHandler: typeof TIMEOUTS;
};

/**
 * The only place SDK clients are configured. Real AWS uses the default credential chain
 * (environment, profile, SSO, instance role); an endpoint uses the environment's keys when it
 * has them and local placeholder keys otherwise.
 */
export function clientConfig(
  settings: Settings,
  env: Record<string, string | undefined> = process.env,
): ClientConfig {
  const endpoint =
    settings.endpoint ?? (settings.backend === "emulator" ? settings.emulatorEndpoint : undefined);
  if (!endpoint) return { region: settings.region, maxAttempts: 3, requestHandler: TIMEOUTS };
  const hasEnvKeys = Boolean(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY);
  return {
    region: settings.region,
    endpoint,
    ...(hasEnvKeys ? {} : { credentials: LOCAL_CREDENTIALS }),
    maxAttempts: 3,
    requestHandler: TIMEOUTS,
  };
}

/** True when the emulator backend was chosen but no emulator endpoint is known. */
export function isBackendUnavailable(settings: Settings = getSettings()): boolean {
  return !settings.endpoint && settings.backend === "emulator" && !settings.emulatorEndpoint;
}

let appRunner: AppRunnerClient | undefined;
let logs: CloudWatchLogsClient | undefined;

export function getAppRunnerClient(): AppRunnerClient {
  appRunner ??= new AppRunnerClient(clientConfig(getSettings()));
  return appRunner;
}

export function getLogsClient(): CloudWatchLogsClient {
  logs ??= new CloudWatchLogsClient(clientConfig(getSettings()));
  return logs;
}
