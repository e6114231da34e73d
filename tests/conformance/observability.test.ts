/**
 * Observability configurations (X-Ray tracing) and services that use them. Each test quotes the
 * App Runner API reference page (API_*) and the sentence it checks.
 */
import {
  CreateObservabilityConfigurationCommand,
  CreateServiceCommand,
  DeleteObservabilityConfigurationCommand,
  DeleteServiceCommand,
  DescribeObservabilityConfigurationCommand,
  ListObservabilityConfigurationsCommand,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { expectAwsError, expectInvalidField, RULE } from "../support/aws-error";
import { uniqueName, unknownArn } from "../support/names";
import { partialArn } from "../support/resource-arns";
import { publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";
import { waitForServiceStatus } from "../support/wait-for";

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
  // API_CreateObservabilityConfiguration: "Create multiple revisions of a configuration by calling
  // this action multiple times using the same ObservabilityConfigurationName. The call returns
  // incremental ObservabilityConfigurationRevision values." API_ObservabilityConfiguration,
  // Latest: "It's set to true for the configuration with the highest Revision among all
  // configurations that share the same ObservabilityConfigurationName."
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
        `^arn:aws:apprunner:${ctx.region}:${ctx.accountId}:observabilityconfiguration/${name}/1/[0-9a-f]{32}$`,
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

  // API_CreateObservabilityConfiguration, TraceConfiguration: "If you don't specify it, App
  // Runner doesn't enable tracing."
  it("create without tracing", async () => {
    const { ObservabilityConfiguration } = await ctx.appRunner.send(
      new CreateObservabilityConfigurationCommand({
        ObservabilityConfigurationName: uniqueName("notrace", 32),
      }),
    );
    expect(ObservabilityConfiguration?.Status).toBe("ACTIVE");
    expect(ObservabilityConfiguration?.TraceConfiguration).toBeUndefined();
  });

  // API_ListObservabilityConfigurations: ObservabilityConfigurationName "If specified, App Runner
  // lists revisions that share this name."; LatestOnly "Set to false to list all revisions for
  // each requested configuration name."
  it("list by name and LatestOnly", async () => {
    const name = uniqueName("obslist", 32);
    await createConfig(name);
    await createConfig(name);
    const all = await ctx.appRunner.send(
      new ListObservabilityConfigurationsCommand({
        ObservabilityConfigurationName: name,
        LatestOnly: false,
      }),
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

  // API_CreateObservabilityConfiguration: "App Runner requires this resource when you create or
  // update App Runner services and you want to enable non-default observability features."
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

  // API_ObservabilityConfiguration, Status: "If the status of a configuration revision is
  // INACTIVE, it was deleted and can't be used."
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

describe("documented rules", () => {
  // API_ListObservabilityConfigurations, LatestOnly: "Set to true to list only the latest
  // revision for each requested configuration name. [...] Default: true"
  it("lists only the latest revision of each name when LatestOnly is not given", async () => {
    const name = uniqueName("obsdef", 32);
    await createConfig(name);
    const second = (await createConfig(name)).ObservabilityConfiguration!;
    const { ObservabilityConfigurationSummaryList } = await ctx.appRunner.send(
      new ListObservabilityConfigurationsCommand({ ObservabilityConfigurationName: name }),
    );
    expect(
      ObservabilityConfigurationSummaryList?.map((c) => c.ObservabilityConfigurationArn),
    ).toEqual([second.ObservabilityConfigurationArn]);
  });

  // API_CreateObservabilityConfiguration, ObservabilityConfigurationName: "The name
  // DefaultConfiguration is reserved. You can't use it to create a new observability
  // configuration, and you can't create a revision of it."
  it("refuses the reserved name DefaultConfiguration", async () => {
    await expectInvalidField(
      createConfig("DefaultConfiguration"),
      "observabilityConfigurationName",
    );
  });

  // API_DescribeObservabilityConfiguration: "The ARN can be a full observability configuration
  // ARN, or a partial ARN ending with either .../name or .../name/revision. If a revision isn't
  // specified, the latest active revision is described." API_DeleteObservabilityConfiguration:
  // "[...] If a revision isn't specified, the latest active revision is deleted."
  it("Describe and Delete take .../name (the latest active revision) and .../name/revision", async () => {
    const name = uniqueName("obspart", 32);
    const first = (await createConfig(name)).ObservabilityConfiguration!;
    const second = (await createConfig(name)).ObservabilityConfiguration!;
    const byName = partialArn(first.ObservabilityConfigurationArn!, "name");
    const describe = (arn: string) =>
      ctx.appRunner.send(
        new DescribeObservabilityConfigurationCommand({ ObservabilityConfigurationArn: arn }),
      );
    expect((await describe(byName)).ObservabilityConfiguration?.ObservabilityConfigurationArn).toBe(
      second.ObservabilityConfigurationArn,
    );
    expect(
      (await describe(partialArn(first.ObservabilityConfigurationArn!, "revision")))
        .ObservabilityConfiguration?.ObservabilityConfigurationArn,
    ).toBe(first.ObservabilityConfigurationArn);
    const deleted = await ctx.appRunner.send(
      new DeleteObservabilityConfigurationCommand({ ObservabilityConfigurationArn: byName }),
    );
    expect(deleted.ObservabilityConfiguration).toMatchObject({
      ObservabilityConfigurationArn: second.ObservabilityConfigurationArn,
      Status: "INACTIVE",
    });
    expect((await describe(byName)).ObservabilityConfiguration).toMatchObject({
      ObservabilityConfigurationArn: first.ObservabilityConfigurationArn,
      Latest: true,
    });
    await ctx.appRunner.send(
      new DeleteObservabilityConfigurationCommand({ ObservabilityConfigurationArn: byName }),
    );
    await expectAwsError(describe(byName), "ResourceNotFoundException");
  });

  // API_DeleteObservabilityConfiguration: "You can't delete a configuration that's used by one or
  // more App Runner services."
  it("refuses to delete a configuration a service uses, until the service is deleted", async () => {
    const config = (await createConfig(uniqueName("obsused", 32))).ObservabilityConfiguration!;
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand({
        ...publicImageService(uniqueName("obsuser")),
        ObservabilityConfiguration: {
          ObservabilityEnabled: true,
          ObservabilityConfigurationArn: config.ObservabilityConfigurationArn,
        },
      }),
    );
    const remove = () =>
      ctx.appRunner.send(
        new DeleteObservabilityConfigurationCommand({
          ObservabilityConfigurationArn: config.ObservabilityConfigurationArn,
        }),
      );
    await expectAwsError(remove(), "InvalidRequestException", /in use|uses it/i);
    await waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, "RUNNING");
    await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: Service!.ServiceArn }));
    await waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, "DELETED");
    expect((await remove()).ObservabilityConfiguration?.Status).toBe("INACTIVE");
  });
});
