/**
 * One emulator per test file (vitest runs files in parallel, each against its own process and
 * data directory), started before the file's tests and stopped after them.
 *
 * With `CONFORMANCE_TARGET=aws` (target.ts) no emulator starts: the file gets AWS clients, the
 * account is read from an answer before its tests run, and what the file created is deleted
 * after them, failed tests or not (the global teardown sweeps again for anything left).
 */
import {
  CreateAutoScalingConfigurationCommand,
  ListAutoScalingConfigurationsCommand,
  type AppRunnerClient,
} from "@aws-sdk/client-apprunner";
import { afterAll, beforeAll } from "vitest";

import { accountKnown, testAccountId } from "./account";
import { deleteResources, type Created } from "./aws-resources";
import {
  awsAppRunnerEndpoint,
  makeAwsClients,
  makeClients,
  TEST_REGION,
  type Clients,
} from "./clients";
import { startEmulator, type EmulatorOptions, type EmulatorProcess } from "./emulator-process";
import { isAws, runPrefix, waitBudget } from "./target";

export type EmulatorContext = Clients & {
  /** The emulator process; emulator-only tests use it (there is none on AWS). */
  emulator: EmulatorProcess;
  endpoint: string;
  /** The account the ARNs name: the emulator's, or the one AWS answered with. */
  accountId: string;
  /** The region the clients sign for (TEST_REGION). */
  region: string;
  /** New clients after a restart (the endpoint's port changes). */
  reconnect(): void;
};

export function emulatorForFile(options: EmulatorOptions = {}): EmulatorContext {
  if (isAws) return awsForFile();
  let emulator: EmulatorProcess | undefined;
  let clients: Clients | undefined;
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the emulator has not started (see beforeAll)");
    return value;
  };

  beforeAll(async () => {
    emulator = await startEmulator(options);
    clients = makeClients(emulator.endpoint);
  }, 60_000);

  afterAll(async () => {
    clients?.appRunner.destroy();
    clients?.logs.destroy();
    await emulator?.dispose();
  });

  return {
    get emulator() {
      return need(emulator);
    },
    get endpoint() {
      return need(emulator).endpoint;
    },
    get accountId() {
      return need(emulator).accountId;
    },
    region: TEST_REGION,
    get appRunner() {
      return need(clients).appRunner;
    },
    get logs() {
      return need(clients).logs;
    },
    reconnect() {
      clients?.appRunner.destroy();
      clients?.logs.destroy();
      clients = makeClients(need(emulator).endpoint);
    },
  };
}

function awsForFile(): EmulatorContext {
  // Only what this context's clients create is deleted after it: a file may hold two contexts.
  // What other clients create (makeClients for another region) is left to the global teardown.
  const created: Created[] = [];
  let clients: Clients | undefined = makeAwsClients(TEST_REGION, created);
  const need = (): Clients => {
    if (!clients) throw new Error("the file's AWS clients are closed (see afterAll)");
    return clients;
  };

  beforeAll(async () => {
    // Any answer with an ARN names the account: the auto scaling configurations usually have one
    // (App Runner's DefaultConfiguration, once the account has used it).
    if (!accountKnown())
      await need().appRunner.send(new ListAutoScalingConfigurationsCommand({ MaxResults: 5 }));
    // Otherwise create something that costs nothing (deleted with the rest).
    if (!accountKnown())
      await need().appRunner.send(
        new CreateAutoScalingConfigurationCommand({
          AutoScalingConfigurationName: `${runPrefix()}account`,
        }),
      );
    testAccountId();
  }, waitBudget(60_000, 0).timeoutMs);

  afterAll(
    async () => {
      const { timeoutMs, intervalMs } = waitBudget(60_000, 100);
      const teardownMs = Number(process.env.CONFORMANCE_TEARDOWN_TIMEOUT_MS ?? timeoutMs);
      const elsewhere = new Map<string, AppRunnerClient>();
      const clientFor = (region: string) => {
        if (region === TEST_REGION || region === "") return need().appRunner;
        if (!elsewhere.has(region))
          elsewhere.set(region, makeClients(awsAppRunnerEndpoint(), region).appRunner);
        return elsewhere.get(region)!;
      };
      const { left } = await deleteResources(clientFor, created.splice(0), {
        timeoutMs: teardownMs,
        pollMs: intervalMs,
        log: (line) => console.warn(`[conformance teardown] ${line}`),
      });
      for (const client of elsewhere.values()) client.destroy();
      clients?.appRunner.destroy();
      clients?.logs.destroy();
      clients = undefined;
      // Not a failure here: the global teardown tries again and fails the run if it can't.
      if (left.length > 0)
        console.warn(
          `[conformance teardown] ${left.length} resource(s) left for the global teardown`,
        );
    },
    Number(process.env.CONFORMANCE_TEARDOWN_TIMEOUT_MS ?? waitBudget(60_000, 0).timeoutMs) + 60_000,
  );

  return {
    get emulator(): EmulatorProcess {
      throw new Error(
        "there is no emulator with CONFORMANCE_TARGET=aws (mark the test emulatorOnly)",
      );
    },
    get endpoint() {
      return awsAppRunnerEndpoint();
    },
    get accountId() {
      return testAccountId();
    },
    region: TEST_REGION,
    get appRunner() {
      return need().appRunner;
    },
    get logs() {
      return need().logs;
    },
    reconnect() {
      clients?.appRunner.destroy();
      clients?.logs.destroy();
      clients = makeAwsClients(TEST_REGION, created);
    },
  };
}
