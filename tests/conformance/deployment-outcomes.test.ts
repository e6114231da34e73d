/**
 * Failed deployments, as the emulator lets a person ask for them (tag `emulator:outcome`), end
 * as App Runner's do: a new service ends CREATE_FAILED with the failure in its logs; a RUNNING
 * service rolls back and keeps running its previous version.
 */
import {
  CreateServiceCommand,
  DeleteServiceCommand,
  StartDeploymentCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateServiceCommand,
  type Service,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { createAvailableConnection } from "../support/connections";
import { readMessages, serviceLogGroup } from "../support/log-lines";
import { uniqueName } from "../support/names";
import { poll } from "../support/poll";
import { codeService, outcomeTag, publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";
import { findOperation, waitForOperationStatus, waitForServiceStatus } from "../support/wait-for";

const ctx = emulatorForFile({ operationMs: 500 });

const FAILED_LINE = "Deployment failed. For details, see service logs.";

async function eventLines(service: Service): Promise<string[]> {
  return readMessages(
    ctx.logs,
    serviceLogGroup(service.ServiceName!, service.ServiceId!),
    "events",
  );
}

async function deploymentLines(service: Service, operationId: string): Promise<string[]> {
  return readMessages(
    ctx.logs,
    serviceLogGroup(service.ServiceName!, service.ServiceId!),
    `deployment/${operationId}`,
  );
}

async function createAndFail(outcome: Parameters<typeof outcomeTag>[0]) {
  const input =
    outcome === "fail-build"
      ? codeService(
          uniqueName("fail"),
          (await createAvailableConnection(ctx.appRunner)).ConnectionArn!,
          [outcomeTag(outcome)],
        )
      : publicImageService(uniqueName("fail"), [outcomeTag(outcome)]);
  const { Service, OperationId } = await ctx.appRunner.send(new CreateServiceCommand(input));
  expect(Service?.Status).toBe("OPERATION_IN_PROGRESS");
  const failed = await waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, [
    "CREATE_FAILED",
    "RUNNING",
  ]);
  expect(failed.Status).toBe("CREATE_FAILED");
  const operation = await findOperation(ctx.appRunner, failed.ServiceArn!, OperationId!);
  expect(operation).toMatchObject({ Type: "CREATE_SERVICE", Status: "FAILED" });
  expect(operation?.EndedAt).toBeInstanceOf(Date);
  // The final log lines are written as the operation ends; give them a moment to land.
  const events = await poll(
    () => eventLines(failed),
    (lines) => lines.some((line) => /CREATE_FAILED/.test(line)),
    { what: "the CREATE_FAILED event line" },
  );
  return { service: failed, operationId: OperationId!, events };
}

// API_Service (Status): "CREATE_FAILED – The service failed to create. ... To troubleshoot this
// failure, read the failure events and logs, change any parameters that need to be fixed, and
// rebuild your service using UpdateService." Which phase fails is the emulator's outcome tag.
describe("a new service that fails ends CREATE_FAILED", () => {
  it("fail-image-pull: fails before pulling, with the failure in both logs", async () => {
    const { service, operationId, events } = await createAndFail("fail-image-pull");
    expect(events).toContain("Deployment started.");
    expect(events.some((line) => line.startsWith("Successfully pulled image"))).toBe(false);
    expect(events).not.toContain("Deployment completed.");
    expect(events).toContain(FAILED_LINE);
    expect(events.indexOf(FAILED_LINE)).toBeLessThan(
      events.findIndex((line) => /status is set to CREATE_FAILED/.test(line)),
    );
    const deployment = await deploymentLines(service, operationId);
    expect(deployment.length).toBeGreaterThan(0);
    expect(deployment.every((line) => line.startsWith("[AppRunner]"))).toBe(true);
    expect(deployment.join("\n")).toMatch(/pull/i);
  });

  it("fail-health-check: pulls and provisions, then fails the health check", async () => {
    const { service, operationId, events } = await createAndFail("fail-health-check");
    // Public ECR here; the emulator may name it ("from ECR Public").
    expect(events.some((line) => line.startsWith("Successfully pulled image from ECR"))).toBe(true);
    expect(events).toContain("Performing health check on port '8080'.");
    expect(events).not.toContain("Health check is successful.");
    expect(events).not.toContain("Successfully routed incoming traffic.");
    expect(events).toContain(FAILED_LINE);
    const deployment = (await deploymentLines(service, operationId)).join("\n");
    expect(deployment).toMatch(/health check/i);
    expect(deployment).toMatch(/fail/i);
  });

  it("fail-build: a code repository fails in its build, with [Build] lines", async () => {
    const { service, operationId, events } = await createAndFail("fail-build");
    expect(events).toContain(FAILED_LINE);
    expect(events).not.toContain("Performing health check on port '8080'.");
    const deployment = await deploymentLines(service, operationId);
    expect(deployment.some((line) => line.startsWith("[Build]"))).toBe(true);
    expect(deployment.some((line) => line.startsWith("[AppRunner]"))).toBe(true);
    expect(deployment.join("\n")).toMatch(/build/i);
    expect(deployment.join("\n")).toMatch(/fail/i);
  });

  it("can be fixed with UpdateService once the cause is gone", async () => {
    const { service } = await createAndFail("fail-health-check");
    const arn = service.ServiceArn!;
    await ctx.appRunner.send(
      new UntagResourceCommand({ ResourceArn: arn, TagKeys: ["emulator:outcome"] }),
    );
    const { OperationId } = await ctx.appRunner.send(
      new UpdateServiceCommand({
        ServiceArn: arn,
        InstanceConfiguration: { Cpu: "2 vCPU", Memory: "4 GB" },
      }),
    );
    await waitForOperationStatus(ctx.appRunner, arn, OperationId!, "SUCCEEDED");
    const fixed = await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    expect(fixed.InstanceConfiguration).toMatchObject({ Cpu: "2048", Memory: "4096" });
  });

  it("can be deleted", async () => {
    const { service } = await createAndFail("fail-image-pull");
    await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: service.ServiceArn }));
    await waitForServiceStatus(ctx.appRunner, service.ServiceArn!, "DELETED");
  });
});

// API_OperationSummary (Status) lists ROLLBACK_IN_PROGRESS, ROLLBACK_FAILED and
// ROLLBACK_SUCCEEDED; the guide's pause page recommends "keep the service running and roll back
// to your last stable application version". That a failed deployment of a RUNNING service rolls
// back and leaves it RUNNING is the emulator's reading (docs/emulator-fidelity.md).
describe("a RUNNING service whose deployment fails rolls back", () => {
  /** A service that came up RUNNING, tagged so that its next operation ends in `outcome`. */
  async function runningServiceThatWill(
    outcome: Parameters<typeof outcomeTag>[0],
  ): Promise<Service> {
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("rollback"))),
    );
    const service = await waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, "RUNNING");
    await ctx.appRunner.send(
      new TagResourceCommand({ ResourceArn: service.ServiceArn, Tags: [outcomeTag(outcome)] }),
    );
    return service;
  }

  it("StartDeployment that fails its health check ends ROLLBACK_SUCCEEDED, still RUNNING", async () => {
    const service = await runningServiceThatWill("fail-health-check");
    const arn = service.ServiceArn!;
    const { OperationId } = await ctx.appRunner.send(
      new StartDeploymentCommand({ ServiceArn: arn }),
    );

    const seen: string[] = [];
    await poll(
      () => findOperation(ctx.appRunner, arn, OperationId!),
      (operation) => {
        const status = operation?.Status ?? "";
        if (seen.at(-1) !== status) seen.push(status);
        return ["ROLLBACK_SUCCEEDED", "ROLLBACK_FAILED", "SUCCEEDED", "FAILED"].includes(status);
      },
      { intervalMs: 15, what: "the deployment to end" },
    );
    expect(seen.at(-1)).toBe("ROLLBACK_SUCCEEDED");
    expect(seen).not.toContain("SUCCEEDED");

    const after = await waitForServiceStatus(ctx.appRunner, arn, ["RUNNING", "CREATE_FAILED"]);
    expect(after.Status).toBe("RUNNING");
    const events = await eventLines(after);
    expect(events).toContain(FAILED_LINE);
  });

  it("an UpdateService that fails leaves the previous configuration in place", async () => {
    const service = await runningServiceThatWill("fail-image-pull");
    const arn = service.ServiceArn!;
    const { OperationId } = await ctx.appRunner.send(
      new UpdateServiceCommand({
        ServiceArn: arn,
        InstanceConfiguration: { Cpu: "4 vCPU", Memory: "8 GB" },
      }),
    );
    const operation = await waitForOperationStatus(ctx.appRunner, arn, OperationId!, [
      "ROLLBACK_SUCCEEDED",
      "ROLLBACK_FAILED",
      "SUCCEEDED",
      "FAILED",
    ]);
    expect(operation).toMatchObject({ Type: "UPDATE_SERVICE", Status: "ROLLBACK_SUCCEEDED" });
    const after = await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    expect(after.InstanceConfiguration).toEqual(service.InstanceConfiguration);
  });

  it("deploys normally again once the outcome tag is removed", async () => {
    const service = await runningServiceThatWill("fail-health-check");
    const arn = service.ServiceArn!;
    const failing = await ctx.appRunner.send(new StartDeploymentCommand({ ServiceArn: arn }));
    await waitForOperationStatus(ctx.appRunner, arn, failing.OperationId!, "ROLLBACK_SUCCEEDED");
    await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    await ctx.appRunner.send(
      new UntagResourceCommand({ ResourceArn: arn, TagKeys: ["emulator:outcome"] }),
    );
    const ok = await ctx.appRunner.send(new StartDeploymentCommand({ ServiceArn: arn }));
    await waitForOperationStatus(ctx.appRunner, arn, ok.OperationId!, "SUCCEEDED");
  });
});
