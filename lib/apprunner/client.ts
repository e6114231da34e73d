import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";

import { AppRunnerClient } from "@aws-sdk/client-apprunner";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { DeserializeMiddleware, InitializeMiddleware } from "@smithy/types";

import { toAppRunnerFailure } from "@/lib/apprunner/errors";
import { getSettings, type Settings } from "@/lib/env";

/** Credentials the emulator accepts; it checks that requests are signed, not by whom. */
const LOCAL_CREDENTIALS = { accessKeyId: "runnerdeck-local", secretAccessKey: "runnerdeck-local" };

/**
 * Without these a request to a hung endpoint waits on the socket defaults; a person at a form or
 * a page should hear back. Create-style calls answer in well under a second on AWS. These are
 * the limits of calls that change something; reads have READ_DEADLINE_MS in all.
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

/**
 * How long a read (Describe…, List…, Get…) may take in all, the SDK's retries included. Pages
 * and routes read while someone waits: against a hung endpoint they should say so within
 * seconds, not after three 20-second attempts. Calls that change something keep TIMEOUTS, since
 * giving up on one early leaves its outcome unknown.
 */
export const READ_DEADLINE_MS = 5_000;

const READ_COMMAND = /^(Describe|List|Get|Filter)[A-Za-z]*Command$/;

/** When the read in progress must have its answer (ms since the epoch), across its attempts. */
const readDeadline = new AsyncLocalStorage<number>();

/** What the SDK's own request timeout throws, so it is narrowed the same way (no-answer). */
function readTimedOut(): Error {
  return Object.assign(
    new Error(`App Runner did not answer within ${READ_DEADLINE_MS / 1000} s.`),
    { name: "TimeoutError", code: "ETIMEDOUT" },
  );
}

/** Gives each attempt of a read only the time left of the read's deadline. */
class DeadlineHttpHandler extends NodeHttpHandler {
  override handle(...[request, options = {}]: Parameters<NodeHttpHandler["handle"]>) {
    const deadline = readDeadline.getStore();
    if (deadline === undefined) return super.handle(request, options);
    const left = deadline - Date.now();
    if (left <= 0) return Promise.reject(readTimedOut());
    const requestTimeout = Math.min(left, options.requestTimeout ?? TIMEOUTS.requestTimeout);
    return super.handle(request, { ...options, requestTimeout });
  }
}

/**
 * Starts a read's deadline as the SDK starts the command (before its retries), and keeps any
 * deadline away from calls that change something.
 */
function readDeadlineMiddleware<I extends object, O extends object>(): InitializeMiddleware<I, O> {
  return (next, context) => (args) =>
    READ_COMMAND.test(context.commandName ?? "")
      ? readDeadline.run(Date.now() + READ_DEADLINE_MS, () => next(args))
      : readDeadline.exit(() => next(args));
}

const DEADLINE_STEP = { step: "initialize", name: "runnerdeckReadDeadline" } as const;

/** When App Runner last throttled each command, on any attempt (the SDK's retry may hide it). */
const lastThrottled = new Map<string, number>();

/** When App Runner last throttled `commandName` (e.g. `ListServicesCommand`), if it ever did. */
export function lastThrottledAt(commandName: string): number | undefined {
  return lastThrottled.get(commandName);
}

/** Sees each attempt's error as the SDK parsed it, before the retry strategy decides. */
function throttleWatchMiddleware<I extends object, O extends object>(): DeserializeMiddleware<
  I,
  O
> {
  return (next, context) => async (args) => {
    try {
      return await next(args);
    } catch (error) {
      if (toAppRunnerFailure(error).kind === "throttled")
        lastThrottled.set(context.commandName ?? "", Date.now());
      throw error;
    }
  };
}

// Outside the deserializer (same step, higher priority), inside the retries.
const THROTTLE_STEP = {
  step: "deserialize",
  priority: "high",
  name: "runnerdeckThrottleWatch",
} as const;

/** A client of the settings' endpoint whose reads give up after READ_DEADLINE_MS. */
export function createAppRunnerClient(settings: Settings): AppRunnerClient {
  const config = clientConfig(settings);
  const client = new AppRunnerClient({
    ...config,
    requestHandler: new DeadlineHttpHandler(config.requestHandler),
  });
  client.middlewareStack.add(readDeadlineMiddleware(), DEADLINE_STEP);
  client.middlewareStack.add(throttleWatchMiddleware(), THROTTLE_STEP);
  return client;
}

export function createLogsClient(settings: Settings): CloudWatchLogsClient {
  const config = clientConfig(settings);
  const client = new CloudWatchLogsClient({
    ...config,
    requestHandler: new DeadlineHttpHandler(config.requestHandler),
  });
  client.middlewareStack.add(readDeadlineMiddleware(), DEADLINE_STEP);
  client.middlewareStack.add(throttleWatchMiddleware(), THROTTLE_STEP);
  return client;
}

/** CloudWatch metrics (GetMetricData), read like the other clients with the read deadline. */
export function createCloudWatchClient(settings: Settings): CloudWatchClient {
  const config = clientConfig(settings);
  const client = new CloudWatchClient({
    ...config,
    requestHandler: new DeadlineHttpHandler(config.requestHandler),
  });
  client.middlewareStack.add(readDeadlineMiddleware(), DEADLINE_STEP);
  return client;
}

let appRunner: AppRunnerClient | undefined;
let logs: CloudWatchLogsClient | undefined;
let cloudWatch: CloudWatchClient | undefined;

export function getAppRunnerClient(): AppRunnerClient {
  appRunner ??= createAppRunnerClient(getSettings());
  return appRunner;
}

export function getLogsClient(): CloudWatchLogsClient {
  logs ??= createLogsClient(getSettings());
  return logs;
}

export function getCloudWatchClient(): CloudWatchClient {
  cloudWatch ??= createCloudWatchClient(getSettings());
  return cloudWatch;
}
