/**
 * Sentences of the App Runner API reference about services that the other service tests did not
 * check, each quoted above the test that holds the emulator to it. The account and region come
 * from the ARNs the calls return, never from the test's own settings.
 *
 * - DeleteService: https://docs.aws.amazon.com/apprunner/latest/api/API_DeleteService.html
 * - CodeRepository: https://docs.aws.amazon.com/apprunner/latest/api/API_CodeRepository.html
 * - ListOperations: https://docs.aws.amazon.com/apprunner/latest/api/API_ListOperations.html
 * - OperationSummary: https://docs.aws.amazon.com/apprunner/latest/api/API_OperationSummary.html
 */
import {
  CreateAutoScalingConfigurationCommand,
  CreateObservabilityConfigurationCommand,
  CreateServiceCommand,
  CreateVpcIngressConnectionCommand,
  DeleteServiceCommand,
  DeleteVpcIngressConnectionCommand,
  DescribeVpcIngressConnectionCommand,
  ListOperationsCommand,
  UpdateServiceCommand,
  type Service,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { expectAwsError } from "../support/aws-error";
import { createAvailableConnection } from "../support/connections";
import { emulatorForFile } from "../support/emulator-for-file";
import { uniqueName } from "../support/names";
import { poll } from "../support/poll";
import { codeService, publicImageService } from "../support/service-requests";
import { describeService, waitForServiceStatus } from "../support/wait-for";

const ctx = emulatorForFile({ operationMs: 300 });

async function createRunning(prefix: string, input = publicImageService(uniqueName(prefix))) {
  const { Service: created } = await ctx.appRunner.send(new CreateServiceCommand(input));
  return waitForServiceStatus(ctx.appRunner, created!.ServiceArn!, "RUNNING");
}

async function deleteAndWait(service: Service) {
  await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: service.ServiceArn }));
  return waitForServiceStatus(ctx.appRunner, service.ServiceArn!, "DELETED");
}

describe("CreateService defaults", () => {
  // API_ImageConfiguration (Port): "The port that your application listens to in the container.
  // Default: 8080"
  it("gives an image without ImageConfiguration port 8080", async () => {
    const input = publicImageService(uniqueName("port-image"));
    delete input.SourceConfiguration!.ImageRepository!.ImageConfiguration;
    const { Service } = await ctx.appRunner.send(new CreateServiceCommand(input));
    expect(Service?.SourceConfiguration?.ImageRepository?.ImageConfiguration?.Port).toBe("8080");
    await waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, "RUNNING");
    await deleteAndWait(Service!);
  });

  // API_CodeConfigurationValues (Port): "The port that your application listens to in the
  // container. Default: 8080". API_SourceConfiguration (AutoDeploymentsEnabled): "App Runner sets
  // to true in all other cases (which currently include a source code repository ...)."
  it("gives a code service left without Port and AutoDeploymentsEnabled 8080 and true", async () => {
    const connection = await createAvailableConnection(ctx.appRunner);
    const input = codeService(uniqueName("port-code"), connection.ConnectionArn!);
    delete input.SourceConfiguration!.CodeRepository!.CodeConfiguration!.CodeConfigurationValues!
      .Port;
    delete (input.SourceConfiguration as { AutoDeploymentsEnabled?: boolean })
      .AutoDeploymentsEnabled;
    const { Service } = await ctx.appRunner.send(new CreateServiceCommand(input));
    expect(
      Service?.SourceConfiguration?.CodeRepository?.CodeConfiguration?.CodeConfigurationValues
        ?.Port,
    ).toBe("8080");
    expect(Service?.SourceConfiguration?.AutoDeploymentsEnabled).toBe(true);
    await waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, "RUNNING");
    await deleteAndWait(Service!);
  });
});

/** The ARN up to and including the name: `arn:…:<type>/<name>`, a partial ARN. */
function upToName(fullArn: string): string {
  return fullArn.split("/").slice(0, 2).join("/");
}

describe("CreateService with partial configuration ARNs", () => {
  // API_CreateService (AutoScalingConfigurationArn): "Specify an ARN with a name and a revision
  // number to associate that revision. ... Specify just the name to associate the latest
  // revision."
  it("takes an auto scaling configuration by .../name (latest revision) or .../name/revision", async () => {
    const name = uniqueName("as-part", 32);
    const revisions = [];
    for (const MaxSize of [3, 4])
      revisions.push(
        (
          await ctx.appRunner.send(
            new CreateAutoScalingConfigurationCommand({
              AutoScalingConfigurationName: name,
              MaxSize,
            }),
          )
        ).AutoScalingConfiguration!,
      );
    const byName = upToName(revisions[0]!.AutoScalingConfigurationArn!);
    const { Service: latest } = await ctx.appRunner.send(
      new CreateServiceCommand({
        ...publicImageService(uniqueName("as-latest")),
        AutoScalingConfigurationArn: byName,
      }),
    );
    expect(latest?.AutoScalingConfigurationSummary).toMatchObject({
      AutoScalingConfigurationArn: revisions[1]!.AutoScalingConfigurationArn,
      AutoScalingConfigurationRevision: 2,
    });
    const { Service: first } = await ctx.appRunner.send(
      new CreateServiceCommand({
        ...publicImageService(uniqueName("as-first")),
        AutoScalingConfigurationArn: `${byName}/1`,
      }),
    );
    expect(first?.AutoScalingConfigurationSummary).toMatchObject({
      AutoScalingConfigurationArn: revisions[0]!.AutoScalingConfigurationArn,
      AutoScalingConfigurationRevision: 1,
    });
    for (const service of [latest!, first!]) {
      await waitForServiceStatus(ctx.appRunner, service.ServiceArn!, "RUNNING");
      await deleteAndWait(service);
    }
  });

  // API_ServiceObservabilityConfiguration (ObservabilityConfigurationArn): "Specify an ARN with a
  // name and a revision number to associate that revision. ... Specify just the name to associate
  // the latest revision."
  it("takes an observability configuration by .../name (latest revision) or .../name/revision", async () => {
    const name = uniqueName("obs-part", 32);
    const revisions = [];
    for (let i = 0; i < 2; i += 1)
      revisions.push(
        (
          await ctx.appRunner.send(
            new CreateObservabilityConfigurationCommand({
              ObservabilityConfigurationName: name,
              TraceConfiguration: { Vendor: "AWSXRAY" },
            }),
          )
        ).ObservabilityConfiguration!,
      );
    const byName = upToName(revisions[0]!.ObservabilityConfigurationArn!);
    const created: Service[] = [];
    for (const [arn, expected] of [
      [byName, revisions[1]!],
      [`${byName}/1`, revisions[0]!],
    ] as const) {
      const { Service } = await ctx.appRunner.send(
        new CreateServiceCommand({
          ...publicImageService(uniqueName("obs-svc")),
          ObservabilityConfiguration: {
            ObservabilityEnabled: true,
            ObservabilityConfigurationArn: arn,
          },
        }),
      );
      // The service names the revision it got by its full ARN.
      expect(Service?.ObservabilityConfiguration).toEqual({
        ObservabilityEnabled: true,
        ObservabilityConfigurationArn: expected.ObservabilityConfigurationArn,
      });
      created.push(Service!);
    }
    await expectAwsError(
      ctx.appRunner.send(
        new CreateServiceCommand({
          ...publicImageService(uniqueName("obs-none")),
          ObservabilityConfiguration: {
            ObservabilityEnabled: true,
            ObservabilityConfigurationArn: `${byName}/9`,
          },
        }),
      ),
      "InvalidRequestException",
    );
    for (const service of created) {
      await waitForServiceStatus(ctx.appRunner, service.ServiceArn!, "RUNNING");
      await deleteAndWait(service);
    }
  });
});

describe("DeleteService", () => {
  // API_DeleteService: "This is an asynchronous operation. On a successful call, you can use the
  // returned OperationId and the ListOperations call to track the operation's progress." and
  // (Service) "A description of the App Runner service that this request just deleted."
  it("answers with the service as it was, OPERATION_IN_PROGRESS, and the operation ListOperations shows", async () => {
    const service = await createRunning("del-answer");
    const { Service: answered, OperationId } = await ctx.appRunner.send(
      new DeleteServiceCommand({ ServiceArn: service.ServiceArn }),
    );
    expect(answered).toMatchObject({
      ServiceArn: service.ServiceArn,
      ServiceName: service.ServiceName,
      ServiceUrl: service.ServiceUrl,
      Status: "OPERATION_IN_PROGRESS",
      SourceConfiguration: service.SourceConfiguration,
      InstanceConfiguration: service.InstanceConfiguration,
    });
    expect(answered?.DeletedAt).toBeUndefined();
    const { OperationSummaryList } = await ctx.appRunner.send(
      new ListOperationsCommand({ ServiceArn: service.ServiceArn }),
    );
    expect(OperationSummaryList?.[0]).toMatchObject({
      Id: OperationId,
      Type: "DELETE_SERVICE",
      TargetArn: service.ServiceArn,
    });
    const deleted = await waitForServiceStatus(ctx.appRunner, service.ServiceArn!, "DELETED");
    expect(deleted.DeletedAt).toBeInstanceOf(Date);
  });

  // AWS does not say what deleting a deleted service answers. The emulator's choice, as for every
  // other resource (docs/emulator-fidelity.md): the service is not found any more.
  it("answers a second delete of a DELETED service with ResourceNotFoundException", async () => {
    const service = await createRunning("del-twice");
    await deleteAndWait(service);
    await expectAwsError(
      ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: service.ServiceArn })),
      "ResourceNotFoundException",
    );
    // Still describable: only the delete is refused.
    expect((await describeService(ctx.appRunner, service.ServiceArn!)).Status).toBe("DELETED");
  });

  // API_DeleteService: "Make sure that you don't have any active VPCIngressConnections associated
  // with the service you want to delete."
  it("is refused while a VPC ingress connection is active, and goes ahead once it is deleted", async () => {
    const service = await createRunning("del-ingress", {
      ...publicImageService(uniqueName("del-ingress")),
      NetworkConfiguration: { IngressConfiguration: { IsPubliclyAccessible: false } },
    });
    const { VpcIngressConnection: ingress } = await ctx.appRunner.send(
      new CreateVpcIngressConnectionCommand({
        ServiceArn: service.ServiceArn,
        VpcIngressConnectionName: uniqueName("held"),
        IngressVpcConfiguration: { VpcId: "vpc-0123456789abcdef0", VpcEndpointId: "vpce-0a1b2c" },
      }),
    );
    const ingressArn = ingress!.VpcIngressConnectionArn!;
    const refused = await expectAwsError(
      ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: service.ServiceArn })),
      "InvalidRequestException",
    );
    expect(refused.message).toContain(ingress!.VpcIngressConnectionName!);
    expect((await describeService(ctx.appRunner, service.ServiceArn!)).Status).toBe("RUNNING");

    const ingressStatus = async () =>
      (
        await ctx.appRunner.send(
          new DescribeVpcIngressConnectionCommand({ VpcIngressConnectionArn: ingressArn }),
        )
      ).VpcIngressConnection?.Status;
    await poll(ingressStatus, (s) => s === "AVAILABLE", { what: "the ingress AVAILABLE" });
    await ctx.appRunner.send(
      new DeleteVpcIngressConnectionCommand({ VpcIngressConnectionArn: ingressArn }),
    );
    await poll(ingressStatus, (s) => s === "DELETED", { what: "the ingress DELETED" });
    await deleteAndWait(service);
  });
});

describe("UpdateService of a code repository", () => {
  // API_CodeRepository (CodeConfiguration): "Configuration for building and running the service
  // from a source code repository. CodeConfiguration is required only for CreateService request."
  it("keeps the service's CodeConfiguration when the update leaves it out", async () => {
    const connection = await createAvailableConnection(ctx.appRunner);
    const service = await createRunning(
      "code-keep",
      codeService(uniqueName("code-keep"), connection.ConnectionArn!),
    );
    const before = service.SourceConfiguration!.CodeRepository!;
    const { Service: answered } = await ctx.appRunner.send(
      new UpdateServiceCommand({
        ServiceArn: service.ServiceArn,
        SourceConfiguration: {
          AuthenticationConfiguration: { ConnectionArn: connection.ConnectionArn },
          CodeRepository: {
            RepositoryUrl: before.RepositoryUrl,
            SourceCodeVersion: { Type: "BRANCH", Value: "release" },
          },
        },
      }),
    );
    const expected = {
      SourceCodeVersion: { Type: "BRANCH", Value: "release" },
      CodeConfiguration: before.CodeConfiguration,
    };
    expect(answered?.SourceConfiguration?.CodeRepository).toMatchObject(expected);
    const after = await waitForServiceStatus(ctx.appRunner, service.ServiceArn!, "RUNNING");
    expect(after.SourceConfiguration?.CodeRepository).toMatchObject(expected);
    await deleteAndWait(after);
  });
});

describe("ListOperations", () => {
  // API_ListOperations: "The resulting list of OperationSummary objects is sorted in reverse
  // chronological order. The first object on the list represents the last started operation."
  // API_OperationSummary (TargetArn): "The Amazon Resource Name (ARN) of the resource that the
  // operation acted on (for example, an App Runner service)."; (Id) "It's unique in the scope of
  // the App Runner service."
  it("lists every operation of the service, the last started first, each targeting the service", async () => {
    const service = await createRunning("ops-order");
    const arn = service.ServiceArn!;
    await ctx.appRunner.send(new UpdateServiceCommand({ ServiceArn: arn }));
    await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    await deleteAndWait(service);
    const { OperationSummaryList: ops } = await ctx.appRunner.send(
      new ListOperationsCommand({ ServiceArn: arn }),
    );
    expect(ops?.map((o) => o.Type)).toEqual(["DELETE_SERVICE", "UPDATE_SERVICE", "CREATE_SERVICE"]);
    expect(new Set(ops?.map((o) => o.Id)).size).toBe(3);
    for (const op of ops ?? []) expect(op.TargetArn).toBe(arn);
    const started = ops!.map((o) => o.StartedAt!.getTime());
    expect([...started].sort((a, b) => b - a)).toEqual(started);
  });
});
