/**
 * A client's auto scaling workflow across operations, made with the SDK, the aws CLI and boto3:
 * create a configuration and a second revision, make it the default by name, create a service
 * naming it by name, list the configuration's services, and delete every revision by name.
 *
 * The sentences it follows:
 * - API_CreateAutoScalingConfiguration: "When you use the same name in subsequent calls, App Runner
 *   creates incremental revisions of the configuration."
 * - API_UpdateDefaultAutoScalingConfiguration: "The ARN can be a full auto scaling configuration
 *   ARN, or a partial ARN ending with either .../name or .../name/revision. If a revision isn't
 *   specified, the latest active revision is set as the default."
 * - API_CreateService, AutoScalingConfigurationArn: "Specify just the name to associate the latest
 *   revision. For example: arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/high-availability"
 * - API_ListServicesForAutoScalingConfiguration: "If a revision isn't specified, the latest active
 *   revision is used."
 * - API_DeleteAutoScalingConfiguration: "You can't delete the default auto scaling configuration or
 *   a configuration that's used by one or more App Runner services." DeleteAllRevisions: "When
 *   DeleteAllRevisions is set to true, the only valid value for the Amazon Resource Name (ARN) is a
 *   partial ARN ending with: .../name."
 *
 * A client whose model predates an operation or member (Debian's awscli 2.9 and boto3 1.26 know
 * neither UpdateDefaultAutoScalingConfiguration, ListServicesForAutoScalingConfiguration nor
 * DeleteAllRevisions) makes that step through the SDK instead, and the test says so.
 */
import {
  DeleteServiceCommand,
  ListAutoScalingConfigurationsCommand,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { emulatorForFile } from "../support/emulator-for-file";
import { uniqueName } from "../support/names";
import {
  boto3Caller,
  boto3Python,
  cliCaller,
  hasAwsCli,
  sdkCaller,
  type AppRunnerCaller,
  type Output,
} from "../support/resource-clients";
import { partialArn } from "../support/resource-arns";
import { publicImageService } from "../support/service-requests";
import { slowOnAws, timeoutOnTarget } from "../support/target";
import { waitForServiceStatus } from "../support/wait-for";

const ctx = emulatorForFile({ operationMs: 300 });

if (!hasAwsCli) console.warn("[resource-workflow] no `aws` CLI on PATH: skipping its workflow");
if (!boto3Python)
  console.warn(
    "[resource-workflow] no python3 (PATH or /usr/bin) imports boto3: skipping its workflow",
  );
else console.info(`[resource-workflow] boto3 through ${boto3Python}`);

type Config = {
  AutoScalingConfigurationArn: string;
  AutoScalingConfigurationRevision: number;
  IsDefault?: boolean;
  Status?: string;
};

const config = (output: Output) => output.AutoScalingConfiguration as Config;

async function currentDefaultArn(): Promise<string> {
  const { AutoScalingConfigurationSummaryList } = await ctx.appRunner.send(
    new ListAutoScalingConfigurationsCommand({ LatestOnly: false }),
  );
  return AutoScalingConfigurationSummaryList!.find((c) => c.IsDefault)!
    .AutoScalingConfigurationArn!;
}

/** Runs the workflow with `client`; answers which steps went through the SDK instead. */
async function workflow(client: AppRunnerCaller): Promise<string[]> {
  const sdk = sdkCaller(ctx.appRunner);
  const throughSdk = new Set<string>();
  const known = new Map<string, Promise<boolean>>();
  const call = async (operation: string, input: object, member?: string) => {
    const step = member ? `${operation} with ${member}` : operation;
    if (!known.has(step)) known.set(step, client.knows(operation, member));
    if (await known.get(step)) return client.call(operation, input);
    throughSdk.add(step);
    return sdk.call(operation, input);
  };

  const name = uniqueName("flow", 32);
  const first = config(
    await call("CreateAutoScalingConfiguration", {
      AutoScalingConfigurationName: name,
      MaxSize: 3,
    }),
  );
  const second = config(
    await call("CreateAutoScalingConfiguration", {
      AutoScalingConfigurationName: name,
      MaxSize: 4,
    }),
  );
  expect([first.AutoScalingConfigurationRevision, second.AutoScalingConfigurationRevision]).toEqual(
    [1, 2],
  );
  const byName = partialArn(first.AutoScalingConfigurationArn, "name");

  const previousDefault = await currentDefaultArn();
  const madeDefault = config(
    await call("UpdateDefaultAutoScalingConfiguration", { AutoScalingConfigurationArn: byName }),
  );
  expect(madeDefault).toMatchObject({
    AutoScalingConfigurationArn: second.AutoScalingConfigurationArn,
    IsDefault: true,
  });
  await expect(
    call(
      "DeleteAutoScalingConfiguration",
      { AutoScalingConfigurationArn: byName, DeleteAllRevisions: true },
      "DeleteAllRevisions",
    ),
  ).rejects.toThrow(/^InvalidRequestException/);

  const created = await call("CreateService", {
    ...publicImageService(uniqueName("flowsvc")),
    AutoScalingConfigurationArn: byName,
  });
  const service = created.Service as {
    ServiceArn: string;
    AutoScalingConfigurationSummary: Config;
  };
  expect(service.AutoScalingConfigurationSummary).toMatchObject({
    AutoScalingConfigurationArn: second.AutoScalingConfigurationArn,
    AutoScalingConfigurationRevision: 2,
  });
  const listed = await call("ListServicesForAutoScalingConfiguration", {
    AutoScalingConfigurationArn: byName,
  });
  expect(listed.ServiceArnList).toEqual([service.ServiceArn]);

  // Give the default back, then the service goes: neither guard holds any more.
  await call("UpdateDefaultAutoScalingConfiguration", {
    AutoScalingConfigurationArn: previousDefault,
  });
  await expect(
    call(
      "DeleteAutoScalingConfiguration",
      { AutoScalingConfigurationArn: byName, DeleteAllRevisions: true },
      "DeleteAllRevisions",
    ),
  ).rejects.toThrow(/^InvalidRequestException/);
  await waitForServiceStatus(ctx.appRunner, service.ServiceArn, "RUNNING");
  await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: service.ServiceArn }));
  await waitForServiceStatus(ctx.appRunner, service.ServiceArn, "DELETED");

  const deleted = config(
    await call(
      "DeleteAutoScalingConfiguration",
      { AutoScalingConfigurationArn: byName, DeleteAllRevisions: true },
      "DeleteAllRevisions",
    ),
  );
  expect(deleted).toMatchObject({
    AutoScalingConfigurationArn: second.AutoScalingConfigurationArn,
    Status: "INACTIVE",
  });
  const remaining = await call("ListAutoScalingConfigurations", {
    AutoScalingConfigurationName: name,
    LatestOnly: false,
  });
  expect(remaining.AutoScalingConfigurationSummaryList).toEqual([]);
  return [...throughSdk];
}

function report(client: AppRunnerCaller, throughSdk: string[]): void {
  if (throughSdk.length > 0)
    console.warn(
      `[resource-workflow] ${client.name} doesn't know ${throughSdk.join(", ")}: made through the SDK`,
    );
}

describe("auto scaling workflow", () => {
  const slow = () => slowOnAws("creates a service and waits for it to be RUNNING, then DELETED");

  it.skipIf(slow())(
    "with the SDK",
    async () => {
      expect(await workflow(sdkCaller(ctx.appRunner))).toEqual([]);
    },
    timeoutOnTarget(60_000),
  );

  it.skipIf(!hasAwsCli || slow())(
    "with the aws CLI",
    async () => {
      const client = await cliCaller(ctx.appRunner, ctx.endpoint);
      report(client, await workflow(client));
    },
    timeoutOnTarget(120_000),
  );

  it.skipIf(!boto3Python || slow())(
    "with boto3",
    async () => {
      const client = await boto3Caller(ctx.appRunner, ctx.endpoint, boto3Python!);
      report(client, await workflow(client));
    },
    timeoutOnTarget(120_000),
  );
});
