/**
 * Auto scaling of a code service the emulator runs, as the developer guide's "Managing App
 * Runner automatic scaling" describes its settings, seen as a client sees it: which instance
 * answers (each is its own process) and CloudWatch's ActiveInstances. Emulator-only: on AWS the
 * load and timing needed are minutes and money.
 */
import { CreateAutoScalingConfigurationCommand } from "@aws-sdk/client-apprunner";
import { CloudWatchClient, GetMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { FAKE_CREDENTIALS, makeClients, TEST_REGION, type Clients } from "../support/clients";
import { createAvailableConnection } from "../support/connections";
import { startEmulator, type EmulatorProcess } from "../support/emulator-process";
import { createAppRepo, type AppRepo } from "../support/local-app-repo";
import { uniqueName } from "../support/names";
import { poll } from "../support/poll";
import { requestServiceUrl, runningCodeService } from "../support/service-url";
import { emulatorOnly } from "../support/target";

/** The idle window the emulator is started with (`--scale-in-idle-ms`); 60 s by default. */
const IDLE_MS = 3_000;

describe.skipIf(emulatorOnly("load on the emulator's own proxy, scaled in seconds"))(
  "auto scaling under load",
  () => {
    let emulator: EmulatorProcess;
    let clients: Clients;
    let cloudWatch: CloudWatchClient;
    let repo: AppRepo;

    beforeAll(async () => {
      repo = createAppRepo();
      emulator = await startEmulator({
        codeServices: "run",
        reposDir: repo.reposDir,
        args: ["--scale-in-idle-ms", String(IDLE_MS)],
      });
      clients = makeClients(emulator.endpoint);
      cloudWatch = new CloudWatchClient({
        endpoint: emulator.endpoint,
        region: TEST_REGION,
        credentials: FAKE_CREDENTIALS,
        maxAttempts: 1,
      });
    }, 60_000);

    afterAll(async () => {
      cloudWatch?.destroy();
      clients?.appRunner.destroy();
      clients?.logs.destroy();
      await emulator?.dispose();
      repo?.dispose();
    });

    /** The newest one-second Maximum of ActiveInstances, as a dashboard would read it. */
    async function activeInstances(name: string, id: string): Promise<number | undefined> {
      const { MetricDataResults } = await cloudWatch.send(
        new GetMetricDataCommand({
          StartTime: new Date(Date.now() - 60_000),
          EndTime: new Date(Date.now() + 1_000),
          MetricDataQueries: [
            {
              Id: "active",
              MetricStat: {
                Metric: {
                  Namespace: "AWS/AppRunner",
                  MetricName: "ActiveInstances",
                  Dimensions: [
                    { Name: "ServiceName", Value: name },
                    { Name: "ServiceID", Value: id },
                  ],
                },
                Period: 1,
                Stat: "Maximum",
              },
            },
          ],
        }),
      );
      return MetricDataResults?.[0]?.Values?.[0];
    }

    it("adds instances up to MaxSize when concurrent requests exceed MaxConcurrency, and stops them after they idle", async () => {
      const { AutoScalingConfiguration } = await clients.appRunner.send(
        new CreateAutoScalingConfigurationCommand({
          AutoScalingConfigurationName: uniqueName("load", 32),
          MaxConcurrency: 1,
          MinSize: 1,
          MaxSize: 3,
        }),
      );
      const connection = await createAvailableConnection(clients.appRunner);
      const service = await runningCodeService(clients.appRunner, {
        name: uniqueName("scaled"),
        repositoryUrl: repo.repositoryUrl,
        connectionArn: connection.ConnectionArn!,
        autoScalingArn: AutoScalingConfiguration!.AutoScalingConfigurationArn!,
      });
      const name = service.ServiceName!;
      const id = service.ServiceId!;
      // Min size: "The service always has at least this number of provisioned instances."
      await poll(
        () => activeInstances(name, id),
        (n) => n === 1,
        { what: "ActiveInstances 1 once RUNNING" },
      );

      // Max concurrency: "When the number of concurrent requests exceeds this quota, App Runner
      // scales up the service." Six slow requests at once against MaxConcurrency 1.
      const slow = () =>
        requestServiceUrl(emulator.endpoint, service.ServiceUrl!, "/slow?ms=1500").then(
          (a) => a.body,
        );
      const first = await Promise.all([slow(), slow(), slow()]);
      expect(first.every((body) => body.startsWith("slow "))).toBe(true);
      // Max size: "The maximum number of instances that your service scales up to."
      const peak = await poll(
        () => activeInstances(name, id),
        (n) => n === 3,
        { timeoutMs: 15_000, what: "ActiveInstances 3 (MaxSize) under load" },
      );
      expect(peak).toBe(3);
      // With the new instances up, concurrent requests are spread over separate processes.
      const spread = await Promise.all([slow(), slow(), slow(), slow()]);
      expect(new Set(spread).size).toBeGreaterThan(1);
      expect(await activeInstances(name, id)).toBeLessThanOrEqual(3);

      // Idle instances above MinSize are stopped after the idle window, down to MinSize.
      await poll(
        () => activeInstances(name, id),
        (n) => n === 1,
        { timeoutMs: 20_000, intervalMs: 200, what: "ActiveInstances back to 1 after idling" },
      );
      const after = await requestServiceUrl(emulator.endpoint, service.ServiceUrl!);
      expect(after.status).toBe(200);
    }, 90_000);
  },
);
