/**
 * CloudWatch's ActiveInstances for App Runner services the emulator runs, read with the real
 * @aws-sdk/client-cloudwatch (AWS JSON 1.0). The developer guide ("Viewing App Runner service
 * metrics reported to CloudWatch") lists it in the `AWS/AppRunner` namespace as "The number of
 * instances that are processing HTTP requests for your service"; here, the instances running.
 * Emulator-only: the conformance suite's AWS run checks App Runner and Logs only.
 */
import {
  CreateAutoScalingConfigurationCommand,
  PauseServiceCommand,
} from "@aws-sdk/client-apprunner";
import {
  CloudWatchClient,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  type MetricDataQuery,
} from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { FAKE_CREDENTIALS, makeClients, TEST_REGION, type Clients } from "../support/clients";
import { createAvailableConnection } from "../support/connections";
import { startEmulator, type EmulatorProcess } from "../support/emulator-process";
import { createAppRepo, type AppRepo } from "../support/local-app-repo";
import { uniqueName } from "../support/names";
import { poll } from "../support/poll";
import { runningCodeService, waitForStatus } from "../support/service-url";
import { emulatorOnly } from "../support/target";

function query(name: string, id: string, stat: string, period = 1): MetricDataQuery {
  return {
    Id: stat.toLowerCase(),
    MetricStat: {
      Metric: {
        Namespace: "AWS/AppRunner",
        MetricName: "ActiveInstances",
        Dimensions: [
          { Name: "ServiceName", Value: name },
          { Name: "ServiceID", Value: id },
        ],
      },
      Period: period,
      Stat: stat,
    },
  };
}

describe.skipIf(emulatorOnly("CloudWatch metrics of services the emulator runs"))(
  "ActiveInstances",
  () => {
    let emulator: EmulatorProcess;
    let clients: Clients;
    let cloudWatch: CloudWatchClient;
    let repo: AppRepo;

    beforeAll(async () => {
      repo = createAppRepo();
      emulator = await startEmulator({ codeServices: "run", reposDir: repo.reposDir });
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

    it("follows the instance count: MinSize when running, 0 when paused, through GetMetricData and GetMetricStatistics", async () => {
      const { AutoScalingConfiguration } = await clients.appRunner.send(
        new CreateAutoScalingConfigurationCommand({
          AutoScalingConfigurationName: uniqueName("two", 32),
          MinSize: 2,
          MaxSize: 4,
        }),
      );
      const connection = await createAvailableConnection(clients.appRunner);
      const started = Date.now();
      const service = await runningCodeService(clients.appRunner, {
        name: uniqueName("metered"),
        repositoryUrl: repo.repositoryUrl,
        connectionArn: connection.ConnectionArn!,
        autoScalingArn: AutoScalingConfiguration!.AutoScalingConfigurationArn!,
      });
      const name = service.ServiceName!;
      const id = service.ServiceId!;
      const read = async () => {
        const answer = await cloudWatch.send(
          new GetMetricDataCommand({
            StartTime: new Date(started - 5_000),
            EndTime: new Date(Date.now() + 1_000),
            MetricDataQueries: [query(name, id, "Maximum"), query(name, id, "Minimum")],
            ScanBy: "TimestampAscending",
          }),
        );
        return answer.MetricDataResults!;
      };
      const running = await poll(read, (r) => r[0]!.Values!.at(-1) === 2, {
        what: "ActiveInstances 2 (MinSize)",
      });
      expect(running[0]).toMatchObject({ Id: "maximum", Label: "ActiveInstances" });
      expect(running[0]!.StatusCode).toBe("Complete");
      const times = running[0]!.Timestamps!.map((t) => t.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.every((t) => t % 1000 === 0)).toBe(true);

      await clients.appRunner.send(new PauseServiceCommand({ ServiceArn: service.ServiceArn }));
      await waitForStatus(clients.appRunner, service.ServiceArn!, "PAUSED");
      const paused = await poll(read, (r) => r[1]!.Values!.at(-1) === 0, {
        what: "ActiveInstances 0 once paused",
      });
      // The history holds both: 2 while it ran, 0 since the pause.
      expect(Math.max(...paused[0]!.Values!)).toBe(2);
      expect(paused[1]!.Values!.at(-1)).toBe(0);

      // The same count per minute through GetMetricStatistics.
      const { Datapoints, Label } = await cloudWatch.send(
        new GetMetricStatisticsCommand({
          Namespace: "AWS/AppRunner",
          MetricName: "ActiveInstances",
          Dimensions: [
            { Name: "ServiceName", Value: name },
            { Name: "ServiceID", Value: id },
          ],
          StartTime: new Date(started - 120_000),
          EndTime: new Date(Date.now() + 1_000),
          Period: 60,
          Statistics: ["Maximum", "Minimum", "SampleCount"],
        }),
      );
      expect(Label).toBe("ActiveInstances");
      expect(Math.max(...Datapoints!.map((d) => d.Maximum!))).toBe(2);
      expect(Datapoints!.at(-1)).toMatchObject({ Unit: "Count" });
      expect(Datapoints!.every((d) => d.Timestamp instanceof Date && d.SampleCount! >= 1)).toBe(
        true,
      );
    }, 90_000);

    it("answers nothing, and completely, for a service with no instances or another metric", async () => {
      const { MetricDataResults } = await cloudWatch.send(
        new GetMetricDataCommand({
          StartTime: new Date(Date.now() - 60_000),
          EndTime: new Date(),
          MetricDataQueries: [
            query("no-such-service", "0".repeat(32), "Average", 60),
            {
              Id: "cpu",
              MetricStat: {
                Metric: { Namespace: "AWS/AppRunner", MetricName: "CPUUtilization" },
                Period: 60,
                Stat: "Average",
              },
            },
          ],
        }),
      );
      expect(MetricDataResults).toEqual([
        expect.objectContaining({ Id: "average", Values: [], StatusCode: "Complete" }),
        expect.objectContaining({ Id: "cpu", Values: [], StatusCode: "Complete" }),
      ]);
    });

    it("refuses what CloudWatch refuses, with its error names", async () => {
      const now = new Date();
      const refused = (input: ConstructorParameters<typeof GetMetricDataCommand>[0]) =>
        cloudWatch.send(new GetMetricDataCommand(input)).then(
          () => "accepted",
          (error: Error) => error.name,
        );
      // A time range that ends where it starts (CloudWatch answers InvalidParameterValue).
      expect(
        await refused({
          StartTime: now,
          EndTime: now,
          MetricDataQueries: [query("a", "b", "Sum")],
        }),
      ).toBe("InvalidParameterValueException");
      // API_MetricStat, Period: "For high-resolution metrics … the period can be 1, 5, 10, 20,
      // 30, 60, or any multiple of 60."
      expect(
        await refused({
          StartTime: new Date(now.getTime() - 60_000),
          EndTime: now,
          MetricDataQueries: [query("a", "b", "Sum", 7)],
        }),
      ).toBe("InvalidParameterValueException");
    });
  },
);
