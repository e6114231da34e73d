/**
 * Stopping the emulator mid-operation loses nothing: started again on the same data directory,
 * in-flight operations finish and every resource, tag and log line is still there. Both a clean
 * stop (SIGTERM) and a crash (SIGKILL).
 */
import {
  CreateAutoScalingConfigurationCommand,
  CreateConnectionCommand,
  CreateServiceCommand,
  DescribeAutoScalingConfigurationCommand,
  ListConnectionsCommand,
  ListServicesCommand,
  ListTagsForResourceCommand,
  PauseServiceCommand,
  StartDeploymentCommand,
  TagResourceCommand,
} from "@aws-sdk/client-apprunner";
import { afterEach, describe, expect, it } from "vitest";

import { makeClients, type Clients } from "../support/clients";
import { startEmulator, type EmulatorProcess } from "../support/emulator-process";
import { readMessages, serviceLogGroup } from "../support/log-lines";
import { uniqueName } from "../support/names";
import { outcomeTag, publicImageService } from "../support/service-requests";
import {
  describeService,
  findOperation,
  waitForOperationStatus,
  waitForServiceStatus,
} from "../support/wait-for";

// Long enough that the stop lands mid-operation on a busy machine; short enough for a test.
const OPERATION_MS = 3_000;

let emulator: EmulatorProcess | undefined;
let clients: Clients | undefined;

afterEach(async () => {
  clients?.appRunner.destroy();
  clients?.logs.destroy();
  await emulator?.dispose();
  emulator = undefined;
});

function connect(endpoint: string): Clients {
  clients?.appRunner.destroy();
  clients?.logs.destroy();
  clients = makeClients(endpoint);
  return clients;
}

describe.each(["SIGTERM", "SIGKILL"] as const)("after %s mid-operation", (signal) => {
  it("the operation finishes and nothing is lost", async () => {
    emulator = await startEmulator({ operationMs: OPERATION_MS });
    let { appRunner, logs } = connect(emulator.endpoint);

    // Resources that must survive.
    const connectionName = uniqueName("keep", 32);
    await appRunner.send(
      new CreateConnectionCommand({ ConnectionName: connectionName, ProviderType: "GITHUB" }),
    );
    const { AutoScalingConfiguration: scaling } = await appRunner.send(
      new CreateAutoScalingConfigurationCommand({
        AutoScalingConfigurationName: uniqueName("keep", 32),
        MaxConcurrency: 42,
      }),
    );
    const { Service: created, OperationId } = await appRunner.send(
      new CreateServiceCommand(
        publicImageService(uniqueName("restart"), [{ Key: "survives", Value: signal }]),
      ),
    );
    const arn = created!.ServiceArn!;
    // Stop once the operation is under way, not before it started.
    await waitForOperationStatus(appRunner, arn, OperationId!, "IN_PROGRESS", {
      timeoutMs: OPERATION_MS,
      intervalMs: 20,
    });
    const before = await findOperation(appRunner, arn, OperationId!);
    expect(before?.Status).toBe("IN_PROGRESS");

    await emulator.stop(signal);
    ({ appRunner, logs } = connect(await emulator.restart()));

    // Still in flight (or just finished) — never lost, never restarted as a new operation.
    const resumed = await findOperation(appRunner, arn, OperationId!);
    expect(resumed, "the in-flight operation survived the restart").toBeDefined();
    expect(["IN_PROGRESS", "SUCCEEDED"]).toContain(resumed?.Status);
    expect(resumed?.StartedAt?.getTime()).toBe(before?.StartedAt?.getTime());

    await waitForOperationStatus(appRunner, arn, OperationId!, "SUCCEEDED", {
      timeoutMs: OPERATION_MS * 4,
    });
    const running = await waitForServiceStatus(appRunner, arn, "RUNNING");
    expect(running.ServiceName).toBe(created!.ServiceName);
    expect(running.ServiceUrl).toBe(created!.ServiceUrl);

    const { Tags } = await appRunner.send(new ListTagsForResourceCommand({ ResourceArn: arn }));
    expect(Tags).toEqual([{ Key: "survives", Value: signal }]);
    const { ConnectionSummaryList } = await appRunner.send(
      new ListConnectionsCommand({ ConnectionName: connectionName }),
    );
    expect(ConnectionSummaryList).toHaveLength(1);
    const { AutoScalingConfiguration } = await appRunner.send(
      new DescribeAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: scaling!.AutoScalingConfigurationArn,
      }),
    );
    expect(AutoScalingConfiguration?.MaxConcurrency).toBe(42);

    const events = await readMessages(
      logs,
      serviceLogGroup(running.ServiceName!, running.ServiceId!),
      "events",
    );
    expect(events[0]).toContain("Service status is set to OPERATION_IN_PROGRESS.");
    expect(events.at(-1)).toContain("Service status is set to RUNNING.");
    // Each line once: a resumed operation does not replay the phases it had already logged.
    const deploymentStarted = events.filter((line) => line.includes("Deployment started."));
    expect(deploymentStarted).toHaveLength(1);
  }, 90_000);
});

describe("after SIGKILL during a failing deployment", () => {
  it("the rollback still completes and the service keeps running", async () => {
    emulator = await startEmulator({ operationMs: OPERATION_MS });
    let { appRunner } = connect(emulator.endpoint);
    const { Service } = await appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("rollback"))),
    );
    const arn = Service!.ServiceArn!;
    await waitForServiceStatus(appRunner, arn, "RUNNING", { timeoutMs: OPERATION_MS * 4 });
    await appRunner.send(
      new TagResourceCommand({ ResourceArn: arn, Tags: [outcomeTag("fail-health-check")] }),
    );
    const { OperationId } = await appRunner.send(new StartDeploymentCommand({ ServiceArn: arn }));
    await waitForOperationStatus(appRunner, arn, OperationId!, "IN_PROGRESS", {
      timeoutMs: OPERATION_MS,
      intervalMs: 20,
    });

    await emulator.stop("SIGKILL");
    ({ appRunner } = connect(await emulator.restart()));

    const ended = await waitForOperationStatus(
      appRunner,
      arn,
      OperationId!,
      ["ROLLBACK_SUCCEEDED", "ROLLBACK_FAILED", "SUCCEEDED", "FAILED"],
      { timeoutMs: OPERATION_MS * 4 },
    );
    expect(ended.Status).toBe("ROLLBACK_SUCCEEDED");
    expect((await waitForServiceStatus(appRunner, arn, ["RUNNING", "CREATE_FAILED"])).Status).toBe(
      "RUNNING",
    );
  }, 90_000);
});

describe("restart with a settled state", () => {
  it("keeps services in every status and accepts new work", async () => {
    emulator = await startEmulator({ operationMs: 300 });
    let { appRunner } = connect(emulator.endpoint);
    const { Service: a } = await appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("kept"))),
    );
    const { Service: b } = await appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("kept"))),
    );
    await waitForServiceStatus(appRunner, a!.ServiceArn!, "RUNNING");
    await waitForServiceStatus(appRunner, b!.ServiceArn!, "RUNNING");
    await appRunner.send(new PauseServiceCommand({ ServiceArn: b!.ServiceArn }));
    await waitForServiceStatus(appRunner, b!.ServiceArn!, "PAUSED");

    ({ appRunner } = connect(await emulator.restart()));
    expect((await describeService(appRunner, a!.ServiceArn!)).Status).toBe("RUNNING");
    expect((await describeService(appRunner, b!.ServiceArn!)).Status).toBe("PAUSED");
    const { ServiceSummaryList } = await appRunner.send(new ListServicesCommand({}));
    expect(ServiceSummaryList).toHaveLength(2);
    // The names are still taken; new names still work.
    await expect(
      appRunner.send(new CreateServiceCommand(publicImageService(a!.ServiceName!))),
    ).rejects.toMatchObject({ name: "InvalidRequestException" });
    const { Service: c } = await appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("new"))),
    );
    await waitForServiceStatus(appRunner, c!.ServiceArn!, "RUNNING");
  }, 60_000);
});
