/**
 * Auto scaling configurations: revisions per name, the account's default, limits and the rules
 * on deleting (FACTS.md "Auto scaling configurations").
 */
import {
  CreateAutoScalingConfigurationCommand,
  CreateServiceCommand,
  DeleteAutoScalingConfigurationCommand,
  DescribeAutoScalingConfigurationCommand,
  ListAutoScalingConfigurationsCommand,
  ListServicesForAutoScalingConfigurationCommand,
  UpdateDefaultAutoScalingConfigurationCommand,
  UpdateServiceCommand,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { expectAwsError, expectEachAwsError, expectInvalidField, RULE } from "../support/aws-error";
import { uniqueName, unknownArn } from "../support/names";
import { publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";
import { waitForServiceStatus } from "../support/wait-for";

const ctx = emulatorForFile({ operationMs: 300 });

function createConfig(
  name: string,
  sizes: { MaxConcurrency?: number; MinSize?: number; MaxSize?: number } = {},
) {
  return ctx.appRunner.send(
    new CreateAutoScalingConfigurationCommand({ AutoScalingConfigurationName: name, ...sizes }),
  );
}

async function describeConfig(arn: string) {
  const { AutoScalingConfiguration } = await ctx.appRunner.send(
    new DescribeAutoScalingConfigurationCommand({ AutoScalingConfigurationArn: arn }),
  );
  return AutoScalingConfiguration!;
}

async function currentDefault() {
  const { AutoScalingConfigurationSummaryList } = await ctx.appRunner.send(
    new ListAutoScalingConfigurationsCommand({ MaxResults: 100 }),
  );
  return AutoScalingConfigurationSummaryList!.filter((c) => c.IsDefault);
}

describe("revisions", () => {
  it("creates revision 1, then revision n+1 for the same name, Latest on the newest", async () => {
    const name = uniqueName("scale", 32);
    const first = (await createConfig(name, { MaxConcurrency: 50, MinSize: 2, MaxSize: 10 }))
      .AutoScalingConfiguration!;
    expect(first).toMatchObject({
      AutoScalingConfigurationName: name,
      AutoScalingConfigurationRevision: 1,
      Latest: true,
      Status: "ACTIVE",
      MaxConcurrency: 50,
      MinSize: 2,
      MaxSize: 10,
      IsDefault: false,
      HasAssociatedService: false,
    });
    expect(first.AutoScalingConfigurationArn).toMatch(
      new RegExp(
        `^arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/${name}/1/[0-9a-f]{32}$`,
      ),
    );
    expect(first.CreatedAt).toBeInstanceOf(Date);

    const second = (await createConfig(name)).AutoScalingConfiguration!;
    expect(second.AutoScalingConfigurationRevision).toBe(2);
    expect(second.Latest).toBe(true);
    expect(second.AutoScalingConfigurationArn).toContain(`/${name}/2/`);
    expect((await describeConfig(first.AutoScalingConfigurationArn!)).Latest).toBe(false);
  });

  it("fills defaults 100 / 1 / 25 for sizes not given", async () => {
    const { AutoScalingConfiguration } = await createConfig(uniqueName("sized", 32));
    expect(AutoScalingConfiguration).toMatchObject({
      MaxConcurrency: 100,
      MinSize: 1,
      MaxSize: 25,
    });
  });

  it("lists by name and LatestOnly", async () => {
    const name = uniqueName("listed", 32);
    await createConfig(name);
    await createConfig(name);
    const all = await ctx.appRunner.send(
      new ListAutoScalingConfigurationsCommand({ AutoScalingConfigurationName: name }),
    );
    expect(
      all.AutoScalingConfigurationSummaryList?.map(
        (c) => c.AutoScalingConfigurationRevision,
      ).sort(),
    ).toEqual([1, 2]);
    const latest = await ctx.appRunner.send(
      new ListAutoScalingConfigurationsCommand({
        AutoScalingConfigurationName: name,
        LatestOnly: true,
      }),
    );
    expect(latest.AutoScalingConfigurationSummaryList).toHaveLength(1);
    expect(latest.AutoScalingConfigurationSummaryList?.[0]).toMatchObject({
      AutoScalingConfigurationName: name,
      AutoScalingConfigurationRevision: 2,
      Status: "ACTIVE",
    });
  });

  it("allows 5 revisions of a name, refuses the 6th with ServiceQuotaExceededException", async () => {
    const name = uniqueName("five", 32);
    for (let i = 0; i < 5; i += 1) await createConfig(name);
    await expectAwsError(createConfig(name), "ServiceQuotaExceededException");
  });
});

describe("validation", () => {
  it.each([
    ["MaxConcurrency", 0],
    ["MaxConcurrency", 201],
    ["MinSize", 0],
    ["MinSize", 26],
    ["MaxSize", 0],
  ] as const)("refuses %s = %d", async (member, value) => {
    const path = `${member[0]!.toLowerCase()}${member.slice(1)}`;
    await expectInvalidField(
      createConfig(uniqueName("bad", 32), { [member]: value }),
      path,
      RULE.range,
    );
  });

  it("refuses MinSize greater than MaxSize", async () => {
    await expectAwsError(
      createConfig(uniqueName("minmax", 32), { MinSize: 10, MaxSize: 5 }),
      "InvalidRequestException",
      /minSize|maxSize/i,
    );
  });

  it.each(["abc", "-starts-with-dash", "x".repeat(33), "has space"])(
    "refuses the name %j",
    async (name) => {
      await expectInvalidField(createConfig(name), "autoScalingConfigurationName");
    },
  );
});

describe("the default configuration", () => {
  it("is DefaultConfiguration revision 1 and is the only default", async () => {
    const defaults = await currentDefault();
    expect(defaults).toHaveLength(1);
    expect(defaults[0]).toMatchObject({
      AutoScalingConfigurationName: "DefaultConfiguration",
      AutoScalingConfigurationRevision: 1,
    });
  });

  it("cannot be deleted", async () => {
    const [defaultConfig] = await currentDefault();
    await expectAwsError(
      ctx.appRunner.send(
        new DeleteAutoScalingConfigurationCommand({
          AutoScalingConfigurationArn: defaultConfig!.AutoScalingConfigurationArn,
        }),
      ),
      "InvalidRequestException",
    );
  });

  it("moves with UpdateDefaultAutoScalingConfiguration, and new services use it", async () => {
    const [previous] = await currentDefault();
    const name = uniqueName("newdef", 32);
    const created = (await createConfig(name, { MaxSize: 4 })).AutoScalingConfiguration!;
    const { AutoScalingConfiguration } = await ctx.appRunner.send(
      new UpdateDefaultAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: created.AutoScalingConfigurationArn,
      }),
    );
    expect(AutoScalingConfiguration).toMatchObject({
      AutoScalingConfigurationName: name,
      IsDefault: true,
    });
    expect((await describeConfig(previous!.AutoScalingConfigurationArn!)).IsDefault).toBe(false);
    expect(await currentDefault()).toHaveLength(1);

    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("usesdef"))),
    );
    expect(Service?.AutoScalingConfigurationSummary).toMatchObject({
      AutoScalingConfigurationArn: created.AutoScalingConfigurationArn,
      IsDefault: true,
    });

    // Put the original default back for the other tests.
    await ctx.appRunner.send(
      new UpdateDefaultAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: previous!.AutoScalingConfigurationArn,
      }),
    );
  });

  it("refuses an ARN that names no configuration with ResourceNotFoundException", async () => {
    await expectAwsError(
      ctx.appRunner.send(
        new UpdateDefaultAutoScalingConfigurationCommand({
          AutoScalingConfigurationArn: unknownArn("autoscalingconfiguration/none/1"),
        }),
      ),
      "ResourceNotFoundException",
    );
  });
});

describe("services using a configuration", () => {
  it("lists them, marks the configuration associated and refuses to delete it", async () => {
    const name = uniqueName("inuse", 32);
    const config = (await createConfig(name)).AutoScalingConfiguration!;
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand({
        ...publicImageService(uniqueName("scaled")),
        AutoScalingConfigurationArn: config.AutoScalingConfigurationArn,
      }),
    );
    expect(Service?.AutoScalingConfigurationSummary).toMatchObject({
      AutoScalingConfigurationArn: config.AutoScalingConfigurationArn,
      AutoScalingConfigurationName: name,
      AutoScalingConfigurationRevision: 1,
      IsDefault: false,
    });
    const { ServiceArnList } = await ctx.appRunner.send(
      new ListServicesForAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: config.AutoScalingConfigurationArn,
      }),
    );
    expect(ServiceArnList).toEqual([Service!.ServiceArn]);
    expect((await describeConfig(config.AutoScalingConfigurationArn!)).HasAssociatedService).toBe(
      true,
    );
    await expectAwsError(
      ctx.appRunner.send(
        new DeleteAutoScalingConfigurationCommand({
          AutoScalingConfigurationArn: config.AutoScalingConfigurationArn,
        }),
      ),
      "InvalidRequestException",
    );
  });

  it("follows a service that switches configuration with UpdateService", async () => {
    const a = (await createConfig(uniqueName("cfga", 32))).AutoScalingConfiguration!;
    const b = (await createConfig(uniqueName("cfgb", 32))).AutoScalingConfiguration!;
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand({
        ...publicImageService(uniqueName("switch")),
        AutoScalingConfigurationArn: a.AutoScalingConfigurationArn,
      }),
    );
    await waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, "RUNNING");
    await ctx.appRunner.send(
      new UpdateServiceCommand({
        ServiceArn: Service!.ServiceArn,
        AutoScalingConfigurationArn: b.AutoScalingConfigurationArn,
      }),
    );
    const updated = await waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, "RUNNING");
    expect(updated.AutoScalingConfigurationSummary?.AutoScalingConfigurationArn).toBe(
      b.AutoScalingConfigurationArn,
    );
    const forB = await ctx.appRunner.send(
      new ListServicesForAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: b.AutoScalingConfigurationArn,
      }),
    );
    expect(forB.ServiceArnList).toEqual([Service!.ServiceArn]);
    const forA = await ctx.appRunner.send(
      new ListServicesForAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: a.AutoScalingConfigurationArn,
      }),
    );
    expect(forA.ServiceArnList).toEqual([]);
  });
});

describe("delete", () => {
  it("deletes one revision: INACTIVE with DeletedAt, and gone from the list", async () => {
    const name = uniqueName("gone", 32);
    const config = (await createConfig(name)).AutoScalingConfiguration!;
    const { AutoScalingConfiguration } = await ctx.appRunner.send(
      new DeleteAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: config.AutoScalingConfigurationArn,
      }),
    );
    expect(AutoScalingConfiguration).toMatchObject({ Status: "INACTIVE" });
    expect(AutoScalingConfiguration?.DeletedAt).toBeInstanceOf(Date);
    const listed = await ctx.appRunner.send(
      new ListAutoScalingConfigurationsCommand({ AutoScalingConfigurationName: name }),
    );
    expect(listed.AutoScalingConfigurationSummaryList ?? []).toEqual([]);
  });

  it("deletes every revision with DeleteAllRevisions", async () => {
    const name = uniqueName("allrev", 32);
    await createConfig(name);
    await createConfig(name);
    const third = (await createConfig(name)).AutoScalingConfiguration!;
    await ctx.appRunner.send(
      new DeleteAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: third.AutoScalingConfigurationArn,
        DeleteAllRevisions: true,
      }),
    );
    const listed = await ctx.appRunner.send(
      new ListAutoScalingConfigurationsCommand({ AutoScalingConfigurationName: name }),
    );
    expect(listed.AutoScalingConfigurationSummaryList ?? []).toEqual([]);
  });

  it("answers an unknown ARN with ResourceNotFoundException", async () => {
    const AutoScalingConfigurationArn = unknownArn("autoscalingconfiguration/none/1");
    await expectEachAwsError("ResourceNotFoundException", [
      () =>
        ctx.appRunner.send(
          new DeleteAutoScalingConfigurationCommand({ AutoScalingConfigurationArn }),
        ),
      () =>
        ctx.appRunner.send(
          new DescribeAutoScalingConfigurationCommand({ AutoScalingConfigurationArn }),
        ),
    ]);
  });
});
