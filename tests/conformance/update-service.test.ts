/**
 * UpdateService as App Runner documents it, called as the dashboard's "Edit configuration",
 * "Roll back" and "Retry a failed create" will call it: the SDK over HTTP, and once the `aws`
 * CLI. Pages cited:
 * - API: https://docs.aws.amazon.com/apprunner/latest/api/API_UpdateService.html
 * - Service: https://docs.aws.amazon.com/apprunner/latest/api/API_Service.html
 * - Guide: https://docs.aws.amazon.com/apprunner/latest/dg/manage-configure.html
 * Where the pages are silent, the test says what the emulator chose and why.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import {
  CreateServiceCommand,
  DeleteServiceCommand,
  PauseServiceCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateServiceCommand,
  type CreateServiceCommandInput,
  type OperationStatus,
  type Service,
  type SourceConfiguration,
  type Tag,
  type UpdateServiceCommandInput,
} from "@aws-sdk/client-apprunner";
import { afterAll, describe, expect, it } from "vitest";

import { expectAwsError, expectInvalidField } from "../support/aws-error";
import { FAKE_CREDENTIALS, TEST_REGION } from "../support/clients";
import { createAvailableConnection } from "../support/connections";
import { emulatorForFile } from "../support/emulator-for-file";
import { uniqueName } from "../support/names";
import { poll } from "../support/poll";
import { cliCredentials, emulatorOnly, LONG_TEST_MS } from "../support/target";
import {
  PUBLIC_IMAGE,
  codeService,
  outcomeTag,
  publicImageService,
} from "../support/service-requests";
import {
  describeService,
  findOperation,
  listAllOperations,
  waitForOperationStatus,
  waitForServiceStatus,
} from "../support/wait-for";

// Long enough that "while the update runs" holds between two requests on a busy machine.
const ctx = emulatorForFile({ operationMs: 800 });

const OUTCOME = "emulator:outcome";
/** Skipped on AWS, which fails a deployment only for a real cause. */
const OUTCOME_TAG = "forces a failure with the emulator:outcome tag";
const outcome = it.skipIf(emulatorOnly(OUTCOME_TAG));
const ENDED: OperationStatus[] = ["SUCCEEDED", "FAILED", "ROLLBACK_SUCCEEDED", "ROLLBACK_FAILED"];

/** A public image on port 8080 with one variable, so a source update has something to drop. */
function imageService(tags?: Tag[]): CreateServiceCommandInput {
  const input = publicImageService(uniqueName("upd"), tags);
  input.SourceConfiguration!.ImageRepository!.ImageConfiguration = {
    Port: "8080",
    RuntimeEnvironmentVariables: { MODE: "blue" },
  };
  return input;
}

/** The same image listening on `port`: the change "Edit configuration" makes most. */
function imageOnPort(port: string): SourceConfiguration {
  return {
    ImageRepository: {
      ImageIdentifier: PUBLIC_IMAGE,
      ImageRepositoryType: "ECR_PUBLIC",
      ImageConfiguration: { Port: port },
    },
    AutoDeploymentsEnabled: false,
  };
}

const portOf = (service: Service | undefined) =>
  service?.SourceConfiguration?.ImageRepository?.ImageConfiguration?.Port;

async function created(input: CreateServiceCommandInput, status: "RUNNING" | "CREATE_FAILED") {
  const { Service } = await ctx.appRunner.send(new CreateServiceCommand(input));
  const arn = Service!.ServiceArn!;
  const settled = await waitForServiceStatus(ctx.appRunner, arn, ["RUNNING", "CREATE_FAILED"]);
  expect(settled.Status).toBe(status);
  return settled;
}

const runningService = (tags?: Tag[]) => created(imageService(tags), "RUNNING");
const failedCreate = () =>
  created(imageService([outcomeTag("fail-health-check")]), "CREATE_FAILED");

function update(input: UpdateServiceCommandInput) {
  return ctx.appRunner.send(new UpdateServiceCommand(input));
}

/** Polls the operation until it ends, recording each status it was seen in. */
async function followOperation(arn: string, operationId: string) {
  const seen: string[] = [];
  const operation = await poll(
    () => findOperation(ctx.appRunner, arn, operationId),
    (op) => {
      const status = op?.Status ?? "";
      if (seen.at(-1) !== status) seen.push(status);
      return ENDED.includes(status as OperationStatus);
    },
    { intervalMs: 15, what: `operation ${operationId} to end` },
  );
  return { operation: operation!, seen };
}

describe("UpdateService's answer and its operation", () => {
  it("answers with the Service being applied, OPERATION_IN_PROGRESS, and an OperationId", async () => {
    const before = await runningService();
    const { Service, OperationId } = await update({
      ServiceArn: before.ServiceArn,
      SourceConfiguration: imageOnPort("3000"),
    });
    // API: "The unique ID of the asynchronous operation that this request started."
    expect(OperationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(Service?.Status).toBe("OPERATION_IN_PROGRESS");
    // API, Response Elements, Service: "All configuration values in the returned Service
    // structure reflect configuration changes that are being applied by this request."
    expect(portOf(Service)).toBe("3000");
    expect(Service).toMatchObject({
      ServiceArn: before.ServiceArn,
      ServiceName: before.ServiceName,
      ServiceUrl: before.ServiceUrl,
      CreatedAt: before.CreatedAt,
      InstanceConfiguration: before.InstanceConfiguration,
    });
    expect(Service!.UpdatedAt!.getTime()).toBeGreaterThan(before.UpdatedAt!.getTime());
  });

  it("runs as UPDATE_SERVICE, IN_PROGRESS then SUCCEEDED, first in ListOperations", async () => {
    const before = await runningService();
    const arn = before.ServiceArn!;
    const { OperationId } = await update({
      ServiceArn: arn,
      SourceConfiguration: imageOnPort("3000"),
    });
    // API: "you can use the returned OperationId and the ListOperations call to track the
    // operation's progress."
    const { operation, seen } = await followOperation(arn, OperationId!);
    expect(operation).toMatchObject({
      Type: "UPDATE_SERVICE",
      Status: "SUCCEEDED",
      TargetArn: arn,
    });
    expect(seen).toContain("IN_PROGRESS");
    expect(seen.indexOf("IN_PROGRESS")).toBeLessThan(seen.indexOf("SUCCEEDED"));
    expect(operation.EndedAt!.getTime()).toBeGreaterThanOrEqual(operation.StartedAt!.getTime());
    const operations = await listAllOperations(ctx.appRunner, arn);
    expect(operations.map((o) => o.Type)).toEqual(["UPDATE_SERVICE", "CREATE_SERVICE"]);
    expect(operations[0]!.Id).toBe(OperationId);
  });

  // The pages are silent on what DescribeService shows while an update runs. The emulator shows
  // the configuration the service still runs: it is what a failed update rolls back to, so
  // DescribeService never shows a configuration that did not take; the one being applied is in
  // UpdateService's answer. Once the update succeeds the new configuration is the service's.
  it("DescribeService shows the previous configuration while the update runs, the new one once RUNNING", async () => {
    const before = await runningService();
    const arn = before.ServiceArn!;
    const { OperationId } = await update({
      ServiceArn: arn,
      SourceConfiguration: imageOnPort("3000"),
    });

    const during = await describeService(ctx.appRunner, arn);
    expect(during.Status).toBe("OPERATION_IN_PROGRESS");
    expect(portOf(during)).toBe("8080");
    expect(during.SourceConfiguration).toEqual(before.SourceConfiguration);

    await waitForOperationStatus(ctx.appRunner, arn, OperationId!, "SUCCEEDED");
    const after = await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    expect(portOf(after)).toBe("3000");
    // Service.UpdatedAt: "The time when the App Runner service was last updated at."
    expect(after.UpdatedAt!.getTime()).toBeGreaterThan(during.UpdatedAt!.getTime());
    expect(after.UpdatedAt!.getTime()).toBeGreaterThan(before.UpdatedAt!.getTime());
    expect(after.CreatedAt).toEqual(before.CreatedAt);
  });

  it("moves UpdatedAt on every successful update (a stale edit form is told by it)", async () => {
    let last = await runningService();
    const arn = last.ServiceArn!;
    for (const Cpu of ["0.5 vCPU", "1 vCPU"]) {
      const Memory = Cpu === "0.5 vCPU" ? "1 GB" : "2 GB";
      const { OperationId } = await update({
        ServiceArn: arn,
        InstanceConfiguration: { Cpu, Memory },
      });
      await waitForOperationStatus(ctx.appRunner, arn, OperationId!, "SUCCEEDED");
      const next = await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
      expect(next.UpdatedAt!.getTime()).toBeGreaterThan(last.UpdatedAt!.getTime());
      last = next;
    }
  });

  // API: "To update the tags applied to your service, use the separate actions TagResource and
  // UntagResource." Tags are not part of the Service structure, so the emulator treats them as
  // no change to the service: its configuration and UpdatedAt stay, and no operation starts.
  it("TagResource and UntagResource change neither the Service nor its UpdatedAt", async () => {
    const before = await runningService();
    const arn = before.ServiceArn!;
    await ctx.appRunner.send(
      new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: "team", Value: "payments" }] }),
    );
    await ctx.appRunner.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ["team"] }));
    expect(await describeService(ctx.appRunner, arn)).toEqual(before);
    const operations = await listAllOperations(ctx.appRunner, arn);
    expect(operations.map((o) => o.Type)).toEqual(["CREATE_SERVICE"]);
  });
});

describe("the statuses UpdateService accepts", () => {
  async function expectRefused(arn: string, status: string): Promise<void> {
    const idsOf = async () => (await listAllOperations(ctx.appRunner, arn)).map((o) => o.Id);
    const operationsBefore = await idsOf();
    // InvalidStateException: "You can't perform this action when the resource is in its
    // current state."
    await expectAwsError(
      update({ ServiceArn: arn, InstanceConfiguration: { Cpu: "2 vCPU", Memory: "4 GB" } }),
      "InvalidStateException",
      new RegExp(`while its status is ${status}`),
    );
    expect((await describeService(ctx.appRunner, arn)).Status).toBe(status);
    expect(await idsOf()).toEqual(operationsBefore);
  }

  it("refuses while an operation is in progress: the create's, or another update's", async () => {
    const { Service } = await ctx.appRunner.send(new CreateServiceCommand(imageService()));
    await expectRefused(Service!.ServiceArn!, "OPERATION_IN_PROGRESS");

    const running = await waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, "RUNNING");
    await update({ ServiceArn: running.ServiceArn, SourceConfiguration: imageOnPort("3000") });
    await expectRefused(running.ServiceArn!, "OPERATION_IN_PROGRESS");
  });

  it("refuses a PAUSED service", async () => {
    const running = await runningService();
    await ctx.appRunner.send(new PauseServiceCommand({ ServiceArn: running.ServiceArn }));
    await waitForServiceStatus(ctx.appRunner, running.ServiceArn!, "PAUSED");
    await expectRefused(running.ServiceArn!, "PAUSED");
  });

  it("refuses a DELETED service", async () => {
    const running = await runningService();
    await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: running.ServiceArn }));
    await waitForServiceStatus(ctx.appRunner, running.ServiceArn!, "DELETED");
    await expectRefused(running.ServiceArn!, "DELETED");
  });

  // Service, Status: "DELETE_FAILED – The service failed to delete and can't be successfully
  // recovered. Retry the service deletion call to ensure that all related resources are
  // removed." The emulator fails a delete when the service is tagged fail-delete.
  outcome("refuses a DELETE_FAILED service, which a retried delete then removes", async () => {
    const running = await runningService([{ Key: OUTCOME, Value: "fail-delete" }]);
    const arn = running.ServiceArn!;
    const failing = await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: arn }));
    const { operation } = await followOperation(arn, failing.OperationId!);
    expect(operation).toMatchObject({ Type: "DELETE_SERVICE", Status: "FAILED" });
    await waitForServiceStatus(ctx.appRunner, arn, "DELETE_FAILED");
    await expectRefused(arn, "DELETE_FAILED");

    await ctx.appRunner.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: [OUTCOME] }));
    await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: arn }));
    await waitForServiceStatus(ctx.appRunner, arn, "DELETED");
  });
});

describe("members left out keep their values; each member given replaces its part", () => {
  // API: "You can update the source configuration and instance configuration of the service."
  // Guide: "You can update settings in the SourceConfiguration, InstanceConfiguration, and
  // HealthCheckConfiguration parameters."
  it("an update of the health check alone leaves the rest as it was", async () => {
    const before = await runningService();
    const arn = before.ServiceArn!;
    const health = { Protocol: "HTTP" as const, Path: "/healthz", Interval: 10, Timeout: 5 };
    const { OperationId } = await update({ ServiceArn: arn, HealthCheckConfiguration: health });
    await waitForOperationStatus(ctx.appRunner, arn, OperationId!, "SUCCEEDED");
    const after = await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    expect(after.HealthCheckConfiguration).toMatchObject(health);
    for (const member of [
      "SourceConfiguration",
      "InstanceConfiguration",
      "NetworkConfiguration",
      "ObservabilityConfiguration",
      "AutoScalingConfigurationSummary",
    ] as const)
      expect(after[member], member).toEqual(before[member]);
  });

  // API, SourceConfiguration: "The source configuration to apply to the App Runner service."
  // The whole source given is the source applied: what it leaves out (here the variable) is
  // gone, so an edit form must send every source setting it wants kept.
  it("a SourceConfiguration given replaces the source, variables it leaves out included", async () => {
    const before = await runningService();
    const arn = before.ServiceArn!;
    expect(
      before.SourceConfiguration?.ImageRepository?.ImageConfiguration?.RuntimeEnvironmentVariables,
    ).toEqual({ MODE: "blue" });
    const { OperationId } = await update({
      ServiceArn: arn,
      SourceConfiguration: imageOnPort("3000"),
    });
    await waitForOperationStatus(ctx.appRunner, arn, OperationId!, "SUCCEEDED");
    const after = await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    expect(after.SourceConfiguration?.ImageRepository?.ImageConfiguration).toEqual({
      Port: "3000",
    });
    expect(after.InstanceConfiguration).toEqual(before.InstanceConfiguration);
    expect(after.HealthCheckConfiguration).toEqual(before.HealthCheckConfiguration);
  });

  // The pages give no rule for an update that names nothing to change, and the API requires
  // only ServiceArn while every answer carries an OperationId ("The unique ID of the
  // asynchronous operation that this request started"). So the emulator accepts it and runs an
  // operation that redeploys the service as it is.
  it("an update with only ServiceArn is accepted and redeploys the same configuration", async () => {
    const before = await runningService();
    const arn = before.ServiceArn!;
    const { Service, OperationId } = await update({ ServiceArn: arn });
    expect(Service?.Status).toBe("OPERATION_IN_PROGRESS");
    const { operation } = await followOperation(arn, OperationId!);
    expect(operation).toMatchObject({ Type: "UPDATE_SERVICE", Status: "SUCCEEDED" });
    const after = await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    expect({ ...after, UpdatedAt: undefined }).toEqual({ ...before, UpdatedAt: undefined });
    expect(after.UpdatedAt!.getTime()).toBeGreaterThan(before.UpdatedAt!.getTime());
  });
});

describe.skipIf(emulatorOnly(OUTCOME_TAG))("an update of a RUNNING service that fails", () => {
  // FACTS.md "Lifecycle": "A failed deployment of a RUNNING service rolls back (the service
  // stays RUNNING on the previous version)."
  it("rolls back: ROLLBACK_SUCCEEDED, still RUNNING, with the previous configuration", async () => {
    const before = await runningService();
    const arn = before.ServiceArn!;
    await ctx.appRunner.send(
      new TagResourceCommand({ ResourceArn: arn, Tags: [outcomeTag("fail-health-check")] }),
    );
    const { Service, OperationId } = await update({
      ServiceArn: arn,
      SourceConfiguration: imageOnPort("3000"),
    });
    expect(portOf(Service)).toBe("3000");
    const { operation, seen } = await followOperation(arn, OperationId!);
    expect(operation).toMatchObject({ Type: "UPDATE_SERVICE", Status: "ROLLBACK_SUCCEEDED" });
    expect(seen).toContain("ROLLBACK_IN_PROGRESS");
    expect(seen).not.toContain("FAILED");

    const after = await waitForServiceStatus(ctx.appRunner, arn, ["RUNNING", "CREATE_FAILED"]);
    expect(after.Status).toBe("RUNNING");
    expect(after.SourceConfiguration).toEqual(before.SourceConfiguration);
    expect(portOf(after)).toBe("8080");
  });
});

describe.skipIf(emulatorOnly(OUTCOME_TAG))("retrying a failed create with UpdateService", () => {
  // Service, Status: "CREATE_FAILED – The service failed to create. The failed service isn't
  // usable, and still counts towards your service quota. To troubleshoot this failure, read the
  // failure events and logs, change any parameters that need to be fixed, and rebuild your
  // service using UpdateService."
  it("reaches RUNNING with the new configuration once the cause is gone", async () => {
    const failed = await failedCreate();
    const arn = failed.ServiceArn!;
    await ctx.appRunner.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: [OUTCOME] }));
    const { Service, OperationId } = await update({
      ServiceArn: arn,
      SourceConfiguration: imageOnPort("3000"),
    });
    expect(Service?.Status).toBe("OPERATION_IN_PROGRESS");
    const { operation } = await followOperation(arn, OperationId!);
    expect(operation).toMatchObject({ Type: "UPDATE_SERVICE", Status: "SUCCEEDED" });
    const after = await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    expect(portOf(after)).toBe("3000");
    expect(after.UpdatedAt!.getTime()).toBeGreaterThan(failed.UpdatedAt!.getTime());
  });

  // A service that never ran has nothing to roll back to, so the update just fails. The pages
  // do not say which configuration it keeps; the emulator keeps the one that failed (as a
  // failed create does), so DescribeService matches the failure in the logs and the next retry
  // starts from what was last tried.
  it("fails again, FAILED and still CREATE_FAILED, while the cause remains", async () => {
    const failed = await failedCreate();
    const arn = failed.ServiceArn!;
    const { OperationId } = await update({
      ServiceArn: arn,
      SourceConfiguration: imageOnPort("3000"),
    });
    const { operation, seen } = await followOperation(arn, OperationId!);
    expect(operation).toMatchObject({ Type: "UPDATE_SERVICE", Status: "FAILED" });
    expect(seen.some((status) => status.startsWith("ROLLBACK"))).toBe(false);
    const after = await waitForServiceStatus(ctx.appRunner, arn, ["CREATE_FAILED", "RUNNING"]);
    expect(after.Status).toBe("CREATE_FAILED");
    expect(portOf(after)).toBe("3000");
    expect(after.UpdatedAt!.getTime()).toBeGreaterThan(failed.UpdatedAt!.getTime());
  });
});

describe("switching between code and image", () => {
  // API, SourceConfiguration: "you can't switch from code to image or the other way around.
  // This means that you must provide the same structure member of SourceConfiguration that you
  // originally included when you created the service."
  async function expectSwitchRefused(before: Service, source: SourceConfiguration, member: string) {
    const arn = before.ServiceArn!;
    await expectInvalidField(update({ ServiceArn: arn, SourceConfiguration: source }), member);
    expect(await describeService(ctx.appRunner, arn)).toEqual(before);
    const operations = await listAllOperations(ctx.appRunner, arn);
    expect(operations.map((o) => o.Type)).toEqual(["CREATE_SERVICE"]);
  }

  it("refuses an image service a CodeRepository, naming the member", async () => {
    const connection = await createAvailableConnection(ctx.appRunner);
    const image = await runningService();
    const code = codeService("unused", connection.ConnectionArn!).SourceConfiguration!;
    await expectSwitchRefused(image, code, "SourceConfiguration.CodeRepository");
  });

  it("refuses a code service an ImageRepository, naming the member", async () => {
    const connection = await createAvailableConnection(ctx.appRunner);
    const code = await created(
      codeService(uniqueName("code"), connection.ConnectionArn!),
      "RUNNING",
    );
    await expectSwitchRefused(code, imageOnPort("8080"), "SourceConfiguration.ImageRepository");
  });
});

/** As tests/conformance/aws-cli.test.ts runs it: fake keys, no profile files, one attempt. */
const scratch = mkdtempSync(path.join(tmpdir(), "runnerdeck-update-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const cliEnv: NodeJS.ProcessEnv = {
  ...process.env,
  ...cliCredentials(scratch, FAKE_CREDENTIALS),
  AWS_DEFAULT_REGION: TEST_REGION,
  AWS_EC2_METADATA_DISABLED: "true",
  AWS_PAGER: "",
  AWS_MAX_ATTEMPTS: "1",
};
const probe = spawnSync("aws", ["--version"], { env: cliEnv, timeout: 30_000 });
const hasAws = !probe.error && probe.status === 0;
if (!hasAws) console.warn("[update-service.test] no `aws` CLI on PATH: skipping its test");

/** Async, so the emulator's replies and the test runner stay responsive. */
function aws(...args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn("aws", [...args, "--endpoint-url", ctx.endpoint, "--output", "json"], {
      env: cliEnv,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => {
      if (status !== 0) reject(new Error(`aws ${args.join(" ")} exited ${status}\n${stderr}`));
      else resolve(JSON.parse(stdout) as Record<string, unknown>);
    });
  });
}

describe.skipIf(!hasAws)("the aws CLI", () => {
  // prettier-ignore
  it("update-service changes the port, and describe-service shows it once RUNNING", async () => {
    const before = await runningService();
    const arn = before.ServiceArn!;
    const answer = await aws(
      "apprunner",
      "update-service",
      "--service-arn",
      arn,
      "--source-configuration",
      JSON.stringify(imageOnPort("3000")),
    );
    const service = answer.Service as Service;
    expect(service.Status).toBe("OPERATION_IN_PROGRESS");
    expect(portOf(service)).toBe("3000");
    expect(answer.OperationId).toMatch(/^[0-9a-f-]{36}$/);

    await waitForOperationStatus(ctx.appRunner, arn, String(answer.OperationId), "SUCCEEDED");
    await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    const described = await aws("apprunner", "describe-service", "--service-arn", arn);
    expect(portOf(described.Service as Service)).toBe("3000");
  }, LONG_TEST_MS);
});
