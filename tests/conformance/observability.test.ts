/** Observability configurations (X-Ray tracing) and services that use them. */
import {
  CreateObservabilityConfigurationCommand,
  CreateServiceCommand,
  DeleteObservabilityConfigurationCommand,
  DescribeObservabilityConfigurationCommand,
  ListObservabilityConfigurationsCommand,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { expectAwsError, expectInvalidField, RULE } from "../support/aws-error";
import { uniqueName, unknownArn } from "../support/names";
import { publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";

const ctx = emulatorForFile({ operationMs: 300 });

function createConfig(name: string) {
  return ctx.appRunner.send(
    new CreateObservabilityConfigurationCommand({
      ObservabilityConfigurationName: name,
      TraceConfiguration: { Vendor: "AWSXRAY" },
    }),
  );
}

describe("observability configurations", () => {
  it("create revisions per name, Latest on the newest", async () => {
    const name = uniqueName("xray", 32);
    const first = (await createConfig(name)).ObservabilityConfiguration!;
    expect(first).toMatchObject({
      ObservabilityConfigurationName: name,
      ObservabilityConfigurationRevision: 1,
      Latest: true,
      Status: "ACTIVE",
      TraceConfiguration: { Vendor: "AWSXRAY" },
    });
    expect(first.ObservabilityConfigurationArn).toMatch(
      new RegExp(
        `^arn:aws:apprunner:us-east-1:123456789012:observabilityconfiguration/${name}/1/[0-9a-f]{32}$`,
      ),
    );
    const second = (await createConfig(name)).ObservabilityConfiguration!;
    expect(second.ObservabilityConfigurationRevision).toBe(2);
    const { ObservabilityConfiguration } = await ctx.appRunner.send(
      new DescribeObservabilityConfigurationCommand({
        ObservabilityConfigurationArn: first.ObservabilityConfigurationArn,
      }),
    );
    expect(ObservabilityConfiguration?.Latest).toBe(false);
  });

  it("create without tracing", async () => {
    const { ObservabilityConfiguration } = await ctx.appRunner.send(
      new CreateObservabilityConfigurationCommand({
        ObservabilityConfigurationName: uniqueName("notrace", 32),
      }),
    );
    expect(ObservabilityConfiguration?.Status).toBe("ACTIVE");
    expect(ObservabilityConfiguration?.TraceConfiguration).toBeUndefined();
  });

  it("list by name and LatestOnly", async () => {
    const name = uniqueName("obslist", 32);
    await createConfig(name);
    await createConfig(name);
    const all = await ctx.appRunner.send(
      new ListObservabilityConfigurationsCommand({ ObservabilityConfigurationName: name }),
    );
    expect(all.ObservabilityConfigurationSummaryList).toHaveLength(2);
    const latest = await ctx.appRunner.send(
      new ListObservabilityConfigurationsCommand({
        ObservabilityConfigurationName: name,
        LatestOnly: true,
      }),
    );
    expect(latest.ObservabilityConfigurationSummaryList).toEqual([
      expect.objectContaining({
        ObservabilityConfigurationName: name,
        ObservabilityConfigurationRevision: 2,
      }),
    ]);
  });

  it("refuses a vendor outside the enum", async () => {
    await expectInvalidField(
      ctx.appRunner.send(
        new CreateObservabilityConfigurationCommand({
          ObservabilityConfigurationName: uniqueName("vendor", 32),
          TraceConfiguration: { Vendor: "DATADOG" as never },
        }),
      ),
      "traceConfiguration.vendor",
      RULE.enum,
    );
  });

  it("are used by a service with observability enabled", async () => {
    const config = (await createConfig(uniqueName("used", 32))).ObservabilityConfiguration!;
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand({
        ...publicImageService(uniqueName("traced")),
        ObservabilityConfiguration: {
          ObservabilityEnabled: true,
          ObservabilityConfigurationArn: config.ObservabilityConfigurationArn,
        },
      }),
    );
    expect(Service?.ObservabilityConfiguration).toEqual({
      ObservabilityEnabled: true,
      ObservabilityConfigurationArn: config.ObservabilityConfigurationArn,
    });
  });

  it("delete: INACTIVE with DeletedAt; unknown ARNs are ResourceNotFoundException", async () => {
    const config = (await createConfig(uniqueName("obsdel", 32))).ObservabilityConfiguration!;
    const { ObservabilityConfiguration } = await ctx.appRunner.send(
      new DeleteObservabilityConfigurationCommand({
        ObservabilityConfigurationArn: config.ObservabilityConfigurationArn,
      }),
    );
    expect(ObservabilityConfiguration?.Status).toBe("INACTIVE");
    expect(ObservabilityConfiguration?.DeletedAt).toBeInstanceOf(Date);
    const missing = unknownArn("observabilityconfiguration/none/1");
    await expectAwsError(
      ctx.appRunner.send(
        new DescribeObservabilityConfigurationCommand({ ObservabilityConfigurationArn: missing }),
      ),
      "ResourceNotFoundException",
    );
  });
});
