/**
 * A service's life as a client watches it: create → RUNNING through OPERATION_IN_PROGRESS;
 * deploy, pause, resume, update and delete each run an operation; actions that the state does
 * not allow are refused with InvalidStateException (FACTS.md "Lifecycle").
 */
import {
  CreateServiceCommand,
  DeleteServiceCommand,
  ListOperationsCommand,
  ListServicesCommand,
  PauseServiceCommand,
  ResumeServiceCommand,
  StartDeploymentCommand,
  TagResourceCommand,
  UpdateServiceCommand,
  type OperationSummary,
  type Service,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { expectAwsError, expectEachAwsError } from "../support/aws-error";
import { uniqueName, unknownArn } from "../support/names";
import { poll } from "../support/poll";
import { publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";
import {
  describeService,
  findOperation,
  listAllOperations,
  waitForOperationStatus,
  waitForServiceStatus,
} from "../support/wait-for";

const ctx = emulatorForFile({ operationMs: 500 });

async function createRunning(): Promise<Service> {
  const { Service } = await ctx.appRunner.send(
    new CreateServiceCommand(publicImageService(uniqueName("life"))),
  );
  return waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, "RUNNING");
}

/** Records every operation status seen while polling fast until the operation ends. */
async function watchOperation(serviceArn: string, operationId: string): Promise<string[]> {
  const seen: string[] = [];
  await poll(
    () => findOperation(ctx.appRunner, serviceArn, operationId),
    (operation) => {
      const status = operation?.Status;
      if (status && seen.at(-1) !== status) seen.push(status);
      return (
        status === "SUCCEEDED" || status === "FAILED" || status?.startsWith("ROLLBACK_S") === true
      );
    },
    { intervalMs: 15, what: `operation ${operationId} to end` },
  );
  return seen;
}

describe("create", () => {
  // API_CreateService: "After the service is created, the action also automatically starts a
  // deployment. This is an asynchronous operation. On a successful call, you can use the returned
  // OperationId and the ListOperations call to track the operation's progress."
  it("returns OPERATION_IN_PROGRESS, runs a CREATE_SERVICE operation and ends RUNNING", async () => {
    const { Service, OperationId } = await ctx.appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("create"))),
    );
    expect(Service?.Status).toBe("OPERATION_IN_PROGRESS");
    const arn = Service!.ServiceArn!;

    const first = await findOperation(ctx.appRunner, arn, OperationId!);
    expect(first).toMatchObject({ Id: OperationId, Type: "CREATE_SERVICE", TargetArn: arn });
    expect(["PENDING", "IN_PROGRESS"]).toContain(first?.Status);
    expect(first?.StartedAt).toBeInstanceOf(Date);
    expect(first?.EndedAt).toBeUndefined();

    const inFlight = await describeService(ctx.appRunner, arn);
    expect(inFlight.Status).toBe("OPERATION_IN_PROGRESS");

    const seen = await watchOperation(arn, OperationId!);
    // Only forward moves: PENDING → IN_PROGRESS → SUCCEEDED, never back.
    const order = ["PENDING", "IN_PROGRESS", "SUCCEEDED"];
    expect(seen.at(-1)).toBe("SUCCEEDED");
    expect(seen).toContain("IN_PROGRESS");
    expect([...seen].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(seen);

    const running = await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    expect(running.UpdatedAt!.getTime()).toBeGreaterThanOrEqual(Service!.CreatedAt!.getTime());
    const done = await findOperation(ctx.appRunner, arn, OperationId!);
    expect(done?.EndedAt).toBeInstanceOf(Date);
    expect(done!.EndedAt!.getTime()).toBeGreaterThanOrEqual(done!.StartedAt!.getTime());
  });

  // API_ListServices: "Returns a list of running App Runner services in your Amazon Web Services
  // account."
  it("lists the new service with its status", async () => {
    const running = await createRunning();
    const { ServiceSummaryList } = await ctx.appRunner.send(
      new ListServicesCommand({ MaxResults: 20 }),
    );
    const summary = ServiceSummaryList?.find((s) => s.ServiceArn === running.ServiceArn);
    expect(summary).toMatchObject({
      ServiceName: running.ServiceName,
      ServiceId: running.ServiceId,
      ServiceUrl: running.ServiceUrl,
      Status: "RUNNING",
    });
  });
});

describe("actions while an operation runs", () => {
  // Its own emulator with slow operations, so "still running" holds on a busy machine.
  const slow = emulatorForFile({ operationMs: 4_000 });

  // The pages name InvalidStateException among every action's errors but say nothing of which
  // states; the emulator's table is lib/apprunner/rules/service-state-rules.ts: one operation at a
  // time (docs/emulator-fidelity.md).
  it.each([
    ["PauseService", (arn: string) => new PauseServiceCommand({ ServiceArn: arn })],
    ["ResumeService", (arn: string) => new ResumeServiceCommand({ ServiceArn: arn })],
    ["StartDeployment", (arn: string) => new StartDeploymentCommand({ ServiceArn: arn })],
    [
      "UpdateService",
      (arn: string) =>
        new UpdateServiceCommand({
          ServiceArn: arn,
          InstanceConfiguration: { Cpu: "2 vCPU", Memory: "4 GB" },
        }),
    ],
    ["DeleteService", (arn: string) => new DeleteServiceCommand({ ServiceArn: arn })],
  ] as const)("refuses %s with InvalidStateException", async (_name, command) => {
    const { Service } = await slow.appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("busy"))),
    );
    // Sent right after create: the CREATE_SERVICE operation is still running.
    await expectAwsError(
      slow.appRunner.send(command(Service!.ServiceArn!) as never),
      "InvalidStateException",
    );
    const after = await describeService(slow.appRunner, Service!.ServiceArn!);
    expect(after.Status).toBe("OPERATION_IN_PROGRESS");
    const operations = await listAllOperations(slow.appRunner, Service!.ServiceArn!);
    expect(operations.map((o) => o.Type)).toEqual(["CREATE_SERVICE"]);
  });

  // API_ResumeService: "Resume an active App Runner service." — only a paused one has anything to
  // resume.
  it("refuses ResumeService on a running service", async () => {
    const running = await createRunning();
    await expectAwsError(
      ctx.appRunner.send(new ResumeServiceCommand({ ServiceArn: running.ServiceArn })),
      "InvalidStateException",
      // The reason is the one the service page shows beside its disabled Resume button.
      /^You can't resume the service \S+ while its status is RUNNING\. Only a paused service can be resumed\.$/,
    );
  });
});

describe("deploy, pause, resume, update, delete", () => {
  // API_PauseService / API_ResumeService / API_StartDeployment / API_UpdateService: "This is an
  // asynchronous operation. On a successful call, you can use the returned OperationId and the
  // ListOperations call to track the operation's progress." API_ListOperations: "The resulting
  // list of OperationSummary objects is sorted in reverse chronological order."
  it("runs each action as an operation and lists them newest first", async () => {
    const service = await createRunning();
    const arn = service.ServiceArn!;

    const deploy = await ctx.appRunner.send(new StartDeploymentCommand({ ServiceArn: arn }));
    expect(deploy.OperationId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await describeService(ctx.appRunner, arn)).Status).toBe("OPERATION_IN_PROGRESS");
    await waitForOperationStatus(ctx.appRunner, arn, deploy.OperationId!, "SUCCEEDED");
    await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");

    const pause = await ctx.appRunner.send(new PauseServiceCommand({ ServiceArn: arn }));
    expect(pause.Service?.Status).toBe("OPERATION_IN_PROGRESS");
    expect(pause.OperationId).toBeTruthy();
    await waitForServiceStatus(ctx.appRunner, arn, "PAUSED");

    const resume = await ctx.appRunner.send(new ResumeServiceCommand({ ServiceArn: arn }));
    expect(resume.Service?.Status).toBe("OPERATION_IN_PROGRESS");
    await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");

    const update = await ctx.appRunner.send(
      new UpdateServiceCommand({
        ServiceArn: arn,
        InstanceConfiguration: { Cpu: "2 vCPU", Memory: "4 GB" },
        HealthCheckConfiguration: { Protocol: "HTTP", Path: "/health" },
      }),
    );
    expect(update.Service?.Status).toBe("OPERATION_IN_PROGRESS");
    const updated = await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    expect(updated.InstanceConfiguration).toMatchObject({ Cpu: "2048", Memory: "4096" });
    expect(updated.UpdatedAt!.getTime()).toBeGreaterThan(service.UpdatedAt!.getTime());
    expect(updated.CreatedAt).toEqual(service.CreatedAt);
    expect(updated.HealthCheckConfiguration).toMatchObject({ Protocol: "HTTP", Path: "/health" });

    const operations = await listAllOperations(ctx.appRunner, arn);
    expect(operations.map((o) => o.Type)).toEqual([
      "UPDATE_SERVICE",
      "RESUME_SERVICE",
      "PAUSE_SERVICE",
      "START_DEPLOYMENT",
      "CREATE_SERVICE",
    ]);
    expect(operations.map((o) => o.Id)).toEqual([
      update.OperationId,
      resume.OperationId,
      pause.OperationId,
      deploy.OperationId,
      expect.any(String),
    ]);
    expect(operations.every((o: OperationSummary) => o.Status === "SUCCEEDED")).toBe(true);
    expect(operations.every((o) => o.TargetArn === arn)).toBe(true);
    for (const o of operations) {
      expect(o.UpdatedAt!.getTime()).toBeGreaterThanOrEqual(o.StartedAt!.getTime());
      expect(o.EndedAt!.getTime()).toBeGreaterThanOrEqual(o.StartedAt!.getTime());
    }
    const started = operations.map((o) => o.StartedAt!.getTime());
    expect([...started].sort((a, b) => b - a)).toEqual(started);

    const del = await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: arn }));
    expect(del.OperationId).toBeTruthy();
    expect(del.Service?.ServiceArn).toBe(arn);
    await waitForServiceStatus(ctx.appRunner, arn, "DELETED");
    const afterDelete = await ctx.appRunner.send(
      new ListOperationsCommand({ ServiceArn: arn, MaxResults: 1 }),
    );
    expect(afterDelete.OperationSummaryList?.[0]).toMatchObject({
      Id: del.OperationId,
      Type: "DELETE_SERVICE",
      Status: "SUCCEEDED",
    });
  });

  it("keeps the previous settings untouched by an update that changes one thing", async () => {
    const service = await createRunning();
    await ctx.appRunner.send(
      new UpdateServiceCommand({
        ServiceArn: service.ServiceArn,
        InstanceConfiguration: { Cpu: "0.5 vCPU", Memory: "1 GB" },
      }),
    );
    const updated = await waitForServiceStatus(ctx.appRunner, service.ServiceArn!, "RUNNING");
    expect(updated.SourceConfiguration).toEqual(service.SourceConfiguration);
    expect(updated.HealthCheckConfiguration).toEqual(service.HealthCheckConfiguration);
    expect(updated.NetworkConfiguration).toEqual(service.NetworkConfiguration);
    expect(updated.InstanceConfiguration).toMatchObject({ Cpu: "512", Memory: "1024" });
  });

  // API_UpdateService (SourceConfiguration): "However, you can't switch from code to image or the
  // other way around."
  it("refuses to switch a service from an image to a code repository", async () => {
    const service = await createRunning();
    await expectAwsError(
      ctx.appRunner.send(
        new UpdateServiceCommand({
          ServiceArn: service.ServiceArn,
          SourceConfiguration: {
            AuthenticationConfiguration: {
              ConnectionArn:
                "arn:aws:apprunner:us-east-1:123456789012:connection/gh/0123456789abcdef0123456789abcdef",
            },
            CodeRepository: {
              RepositoryUrl: "https://github.com/example-org/app",
              SourceCodeVersion: { Type: "BRANCH", Value: "main" },
              CodeConfiguration: { ConfigurationSource: "REPOSITORY" },
            },
          },
        }),
      ),
      "InvalidRequestException",
    );
    expect((await describeService(ctx.appRunner, service.ServiceArn!)).Status).toBe("RUNNING");
  });

  it("validates UpdateService members as CreateService does", async () => {
    const service = await createRunning();
    const error = await expectAwsError(
      ctx.appRunner.send(
        new UpdateServiceCommand({
          ServiceArn: service.ServiceArn,
          InstanceConfiguration: { Cpu: "3 vCPU" },
        }),
      ),
      "InvalidRequestException",
    );
    expect(error.message).toMatch(/instanceConfiguration\.cpu/i);
  });
});

/**
 * AWS's UpdateService reference: "Update an AWS App Runner service. You can update the source
 * configuration and instance configuration of the service." What the request leaves out stays as
 * it is, so the service it leaves must still be one CreateService would accept: the same rules
 * run on the merged configuration, and refuse with CreateService's words.
 */
describe("UpdateService checks the service as the update would leave it", () => {
  async function refusal(request: Promise<unknown>): Promise<string> {
    return (await expectAwsError(request, "InvalidRequestException")).message;
  }

  it("refuses DUAL_STACK on a service whose stored ingress is private", async () => {
    const privateIngress = { IngressConfiguration: { IsPubliclyAccessible: false } };
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand({
        ...publicImageService(uniqueName("private")),
        NetworkConfiguration: privateIngress,
      }),
    );
    const arn = Service!.ServiceArn!;
    await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    const created = await refusal(
      ctx.appRunner.send(
        new CreateServiceCommand({
          ...publicImageService(uniqueName("dual")),
          NetworkConfiguration: { ...privateIngress, IpAddressType: "DUAL_STACK" },
        }),
      ),
    );
    expect(created).toMatch(/networkConfiguration\.ipAddressType.*DUAL_STACK/);
    const updated = await refusal(
      ctx.appRunner.send(
        new UpdateServiceCommand({
          ServiceArn: arn,
          NetworkConfiguration: { IpAddressType: "DUAL_STACK" },
        }),
      ),
    );
    expect(updated).toBe(created);
    const after = await describeService(ctx.appRunner, arn);
    expect(after.Status).toBe("RUNNING");
    expect(after.NetworkConfiguration?.IpAddressType).toBe("IPV4");
  });

  it("pairs a lone Memory or Cpu with the service's current other half", async () => {
    const service = await createRunning(); // 1 vCPU, 2 GB: the defaults
    const arn = service.ServiceArn!;
    const created = await refusal(
      ctx.appRunner.send(
        new CreateServiceCommand({
          ...publicImageService(uniqueName("pair")),
          InstanceConfiguration: { Cpu: "1024", Memory: "8 GB" },
        }),
      ),
    );
    expect(created).toContain("not a valid pair: 1 vCPU allows 2 GB, 3 GB or 4 GB");
    const updated = await refusal(
      ctx.appRunner.send(
        new UpdateServiceCommand({ ServiceArn: arn, InstanceConfiguration: { Memory: "8 GB" } }),
      ),
    );
    expect(updated).toBe(created);
    await expect(
      refusal(
        ctx.appRunner.send(
          new UpdateServiceCommand({ ServiceArn: arn, InstanceConfiguration: { Cpu: "4 vCPU" } }),
        ),
      ),
    ).resolves.toContain("Cpu '4 vCPU' and Memory '2048' are not a valid pair");
    expect((await describeService(ctx.appRunner, arn)).InstanceConfiguration).toMatchObject({
      Cpu: "1024",
      Memory: "2048",
    });
    // A lone Memory that does pair with the current Cpu goes through.
    await ctx.appRunner.send(
      new UpdateServiceCommand({ ServiceArn: arn, InstanceConfiguration: { Memory: "4 GB" } }),
    );
    const resized = await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    expect(resized.InstanceConfiguration).toMatchObject({ Cpu: "1024", Memory: "4096" });
  });
});

// API_PauseService: "Pause an active App Runner service. App Runner reduces compute capacity for
// the service to zero and loses state"; API_ResumeService: "App Runner provisions compute capacity
// for the service." Developer guide, "Pausing and resuming an App Runner service"
// (manage-pause.html): "If you pause a service due to a flaw in your code (for example, a
// discovered bug or security issue), you can't deploy a new version before resuming the service."
// Updating a paused service is refused too (the emulator's choice).
describe("paused services", () => {
  it("allows describe, list, tag and delete; refuses deploy and update", async () => {
    const service = await createRunning();
    const arn = service.ServiceArn!;
    await ctx.appRunner.send(new PauseServiceCommand({ ServiceArn: arn }));
    await waitForServiceStatus(ctx.appRunner, arn, "PAUSED");

    await expectEachAwsError("InvalidStateException", [
      () => ctx.appRunner.send(new StartDeploymentCommand({ ServiceArn: arn })),
      () =>
        ctx.appRunner.send(
          new UpdateServiceCommand({
            ServiceArn: arn,
            InstanceConfiguration: { Cpu: "2 vCPU", Memory: "4 GB" },
          }),
        ),
      () => ctx.appRunner.send(new PauseServiceCommand({ ServiceArn: arn })),
    ]);
    await ctx.appRunner.send(
      new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: "paused", Value: "yes" }] }),
    );
    const { ServiceSummaryList } = await ctx.appRunner.send(
      new ListServicesCommand({ MaxResults: 20 }),
    );
    expect(ServiceSummaryList?.find((s) => s.ServiceArn === arn)?.Status).toBe("PAUSED");

    await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: arn }));
    await waitForServiceStatus(ctx.appRunner, arn, "DELETED");
  });

  // manage-pause.html: "When you resume your service, App Runner deploys the last application
  // version that was used before you paused the service."
  it("resumes with the configuration it had", async () => {
    const service = await createRunning();
    const arn = service.ServiceArn!;
    await ctx.appRunner.send(new PauseServiceCommand({ ServiceArn: arn }));
    await waitForServiceStatus(ctx.appRunner, arn, "PAUSED");
    await ctx.appRunner.send(new ResumeServiceCommand({ ServiceArn: arn }));
    const resumed = await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    expect(resumed.SourceConfiguration).toEqual(service.SourceConfiguration);
    expect(resumed.InstanceConfiguration).toEqual(service.InstanceConfiguration);
    expect(resumed.ServiceUrl).toBe(service.ServiceUrl);
  });
});

describe("deleted services", () => {
  // API_CreateService (ServiceName): "It must be unique across all the running App Runner
  // services in your Amazon Web Services account in the Amazon Web Services Region." API_Service
  // (DeletedAt): "The time when the App Runner service was deleted." API_ListServices lists
  // "running App Runner services": a deleted one is not among them.
  it("stay describable as DELETED, leave ListServices and free their name", async () => {
    const service = await createRunning();
    const arn = service.ServiceArn!;
    const { Service: deleting } = await ctx.appRunner.send(
      new DeleteServiceCommand({ ServiceArn: arn }),
    );
    expect(deleting?.Status).toBe("OPERATION_IN_PROGRESS");
    const deleted = await waitForServiceStatus(ctx.appRunner, arn, "DELETED");
    expect(deleted.DeletedAt).toBeInstanceOf(Date);
    expect(deleted.ServiceName).toBe(service.ServiceName);

    const { ServiceSummaryList } = await ctx.appRunner.send(
      new ListServicesCommand({ MaxResults: 20 }),
    );
    expect(ServiceSummaryList?.map((s) => s.ServiceArn)).not.toContain(arn);

    const { Service: again } = await ctx.appRunner.send(
      new CreateServiceCommand(publicImageService(service.ServiceName!)),
    );
    expect(again?.ServiceName).toBe(service.ServiceName);
    expect(again?.ServiceArn).not.toBe(arn);
    expect(again?.ServiceId).not.toBe(service.ServiceId);
    // The old one is still the deleted one.
    expect((await describeService(ctx.appRunner, arn)).Status).toBe("DELETED");
  });

  it("refuses actions on a deleted service", async () => {
    const service = await createRunning();
    const arn = service.ServiceArn!;
    await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: arn }));
    await waitForServiceStatus(ctx.appRunner, arn, "DELETED");
    for (const command of [
      new StartDeploymentCommand({ ServiceArn: arn }),
      new PauseServiceCommand({ ServiceArn: arn }),
      new DeleteServiceCommand({ ServiceArn: arn }),
    ]) {
      let caught: unknown;
      await ctx.appRunner.send(command as never).catch((error: unknown) => (caught = error));
      expect(caught, `${command.constructor.name} on a DELETED service`).toBeInstanceOf(Error);
      expect(["InvalidStateException", "ResourceNotFoundException"]).toContain(
        (caught as Error).name,
      );
    }
  });

  it("answers unknown service ARNs with ResourceNotFoundException", async () => {
    const ServiceArn = unknownArn("service/never-was");
    await expectEachAwsError("ResourceNotFoundException", [
      () => ctx.appRunner.send(new StartDeploymentCommand({ ServiceArn })),
      () => ctx.appRunner.send(new PauseServiceCommand({ ServiceArn })),
      () => ctx.appRunner.send(new ResumeServiceCommand({ ServiceArn })),
      () => ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn })),
      () => ctx.appRunner.send(new UpdateServiceCommand({ ServiceArn })),
      () => ctx.appRunner.send(new ListOperationsCommand({ ServiceArn })),
    ]);
  });
});
