/**
 * Auto scaling configurations: revisions per name, the account's default, limits and the rules
 * on deleting. Each test quotes the AWS page and sentence it checks (API_* pages are the App
 * Runner API reference; "Managing App Runner automatic scaling" is the developer guide's page).
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
import { missingArnLike, partialArn } from "../support/resource-arns";
import { publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";
import { slowOnAws } from "../support/target";
import { waitForServiceStatus } from "../support/wait-for";

const ctx = emulatorForFile({ operationMs: 300 });
/** Waits minutes for a service to be RUNNING on AWS (CONFORMANCE_SKIP_SLOW=1 skips it). */
const slow = it.skipIf(slowOnAws("waits for a service to be RUNNING"));

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

async function deleteAllRevisions(anyRevisionArn: string) {
  await ctx.appRunner.send(
    new DeleteAutoScalingConfigurationCommand({
      AutoScalingConfigurationArn: partialArn(anyRevisionArn, "name"),
      DeleteAllRevisions: true,
    }),
  );
}

async function currentDefault() {
  const { AutoScalingConfigurationSummaryList } = await ctx.appRunner.send(
    new ListAutoScalingConfigurationsCommand({ MaxResults: 100 }),
  );
  return AutoScalingConfigurationSummaryList!.filter((c) => c.IsDefault);
}

describe("revisions", () => {
  // API_CreateAutoScalingConfiguration: "When you use it for the first time in an Amazon Web
  // Services Region, App Runner creates revision number 1 of this name. When you use the same name
  // in subsequent calls, App Runner creates incremental revisions of the configuration."
  // API_AutoScalingConfiguration, Latest: "It's set to true for the configuration with the highest
  // Revision among all configurations that share the same AutoScalingConfigurationName."
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
        `^arn:aws:apprunner:${ctx.region}:${ctx.accountId}:autoscalingconfiguration/${name}/1/[0-9a-f]{32}$`,
      ),
    );
    expect(first.CreatedAt).toBeInstanceOf(Date);

    const second = (await createConfig(name)).AutoScalingConfiguration!;
    expect(second.AutoScalingConfigurationRevision).toBe(2);
    expect(second.Latest).toBe(true);
    expect(second.AutoScalingConfigurationArn).toContain(`/${name}/2/`);
    expect((await describeConfig(first.AutoScalingConfigurationArn!)).Latest).toBe(false);
  });

  // API_CreateAutoScalingConfiguration: MaxConcurrency "Default: 100", MinSize "Default: 1",
  // MaxSize "Default: 25".
  it("fills defaults 100 / 1 / 25 for sizes not given", async () => {
    const { AutoScalingConfiguration } = await createConfig(uniqueName("sized", 32));
    expect(AutoScalingConfiguration).toMatchObject({
      MaxConcurrency: 100,
      MinSize: 1,
      MaxSize: 25,
    });
  });

  // API_ListAutoScalingConfigurations: AutoScalingConfigurationName "If specified, App Runner
  // lists revisions that share this name."; LatestOnly "Set to false to list all revisions for
  // each requested configuration name."
  it("lists by name and LatestOnly", async () => {
    const name = uniqueName("listed", 32);
    await createConfig(name);
    await createConfig(name);
    const all = await ctx.appRunner.send(
      new ListAutoScalingConfigurationsCommand({
        AutoScalingConfigurationName: name,
        LatestOnly: false,
      }),
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

  // API_ListAutoScalingConfigurations, LatestOnly: "Set to true to list only the latest revision
  // for each requested configuration name. [...] Default: true"
  it("lists only the latest revision of each name when LatestOnly is not given", async () => {
    const name = uniqueName("deflist", 32);
    await createConfig(name);
    const second = (await createConfig(name)).AutoScalingConfiguration!;
    const byName = await ctx.appRunner.send(
      new ListAutoScalingConfigurationsCommand({ AutoScalingConfigurationName: name }),
    );
    expect(
      byName.AutoScalingConfigurationSummaryList?.map((c) => c.AutoScalingConfigurationArn),
    ).toEqual([second.AutoScalingConfigurationArn]);
    const everything = await ctx.appRunner.send(new ListAutoScalingConfigurationsCommand({}));
    const ours = everything.AutoScalingConfigurationSummaryList!.filter(
      (c) => c.AutoScalingConfigurationName === name,
    );
    expect(ours.map((c) => c.AutoScalingConfigurationRevision)).toEqual([2]);
    await deleteAllRevisions(second.AutoScalingConfigurationArn!);
  });

  // "Managing App Runner automatic scaling": "You can have up to 10 unique auto scaling
  // configuration names and up to 5 revisions for each configuration."
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
  // API_AutoScalingConfiguration, IsDefault: "Each account can have only one default
  // AutoScalingConfiguration per region."
  it("is DefaultConfiguration revision 1 and is the only default", async () => {
    const defaults = await currentDefault();
    expect(defaults).toHaveLength(1);
    expect(defaults[0]).toMatchObject({
      AutoScalingConfigurationName: "DefaultConfiguration",
      AutoScalingConfigurationRevision: 1,
    });
  });

  // API_DeleteAutoScalingConfiguration: "You can't delete the default auto scaling configuration
  // or a configuration that's used by one or more App Runner services."
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

  // API_UpdateDefaultAutoScalingConfiguration: "The existing default auto scaling configuration
  // will be set to non-default automatically." "Managing App Runner automatic scaling", section
  // on the default configuration (in substance): the configuration designated as the default is
  // assigned by default to new services created afterwards.
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
  // API_ListServicesForAutoScalingConfiguration: "Returns a list of the associated App Runner
  // services using an auto scaling configuration." API_AutoScalingConfiguration,
  // HasAssociatedService: "A value of true indicates one or more services are associated."
  // API_DeleteAutoScalingConfiguration: "You can't delete [...] a configuration that's used by one
  // or more App Runner services."
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

  slow("follows a service that switches configuration with UpdateService", async () => {
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
  // API_AutoScalingConfiguration, Status: "If the status of a configuration revision is INACTIVE,
  // it was deleted and can't be used." API_ListAutoScalingConfigurations: "Returns a list of
  // active App Runner automatic scaling configurations".
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

  // API_DeleteAutoScalingConfiguration, DeleteAllRevisions: "Set to true to delete all of the
  // revisions associated with the AutoScalingConfigurationArn parameter value. When
  // DeleteAllRevisions is set to true, the only valid value for the Amazon Resource Name (ARN) is
  // a partial ARN ending with: .../name."
  it("deletes every revision with DeleteAllRevisions and a .../name ARN", async () => {
    const name = uniqueName("allrev", 32);
    const first = (await createConfig(name)).AutoScalingConfiguration!;
    await createConfig(name);
    const third = (await createConfig(name)).AutoScalingConfiguration!;
    for (const arn of [
      third.AutoScalingConfigurationArn!,
      partialArn(third.AutoScalingConfigurationArn!, "revision"),
    ])
      await expectInvalidField(
        ctx.appRunner.send(
          new DeleteAutoScalingConfigurationCommand({
            AutoScalingConfigurationArn: arn,
            DeleteAllRevisions: true,
          }),
        ),
        "autoScalingConfigurationArn",
      );
    const { AutoScalingConfiguration } = await ctx.appRunner.send(
      new DeleteAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: partialArn(first.AutoScalingConfigurationArn!, "name"),
        DeleteAllRevisions: true,
      }),
    );
    expect(AutoScalingConfiguration).toMatchObject({
      AutoScalingConfigurationArn: third.AutoScalingConfigurationArn,
      Status: "INACTIVE",
    });
    const listed = await ctx.appRunner.send(
      new ListAutoScalingConfigurationsCommand({
        AutoScalingConfigurationName: name,
        LatestOnly: false,
      }),
    );
    expect(listed.AutoScalingConfigurationSummaryList ?? []).toEqual([]);
    expect((await describeConfig(first.AutoScalingConfigurationArn!)).Status).toBe("INACTIVE");
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

// Each of these pages says of AutoScalingConfigurationArn: "The ARN can be a full auto scaling
// configuration ARN, or a partial ARN ending with either .../name or .../name/revision. If a
// revision isn't specified, the latest active revision is [described | deleted | used | set as
// the default]."
describe("partial ARNs", () => {
  async function twoRevisions() {
    const name = uniqueName("partial", 32);
    const first = (await createConfig(name, { MaxSize: 3 })).AutoScalingConfiguration!;
    const second = (await createConfig(name, { MaxSize: 4 })).AutoScalingConfiguration!;
    return {
      first: first.AutoScalingConfigurationArn!,
      second: second.AutoScalingConfigurationArn!,
      byName: partialArn(first.AutoScalingConfigurationArn!, "name"),
      firstByRevision: partialArn(first.AutoScalingConfigurationArn!, "revision"),
    };
  }

  // API_DescribeAutoScalingConfiguration
  it("Describe: .../name is the latest active revision, .../name/revision that revision", async () => {
    const arns = await twoRevisions();
    expect(await describeConfig(arns.byName)).toMatchObject({
      AutoScalingConfigurationArn: arns.second,
      MaxSize: 4,
    });
    expect(await describeConfig(arns.firstByRevision)).toMatchObject({
      AutoScalingConfigurationArn: arns.first,
      MaxSize: 3,
    });
    await expectAwsError(
      ctx.appRunner.send(
        new DescribeAutoScalingConfigurationCommand({
          AutoScalingConfigurationArn: `${arns.byName}/9`,
        }),
      ),
      "ResourceNotFoundException",
    );
    await deleteAllRevisions(arns.first);
  });

  // API_DeleteAutoScalingConfiguration: "If a revision isn't specified, the latest active
  // revision is deleted."
  it("Delete: .../name deletes the latest active revision, then the one before", async () => {
    const arns = await twoRevisions();
    const deleted = await ctx.appRunner.send(
      new DeleteAutoScalingConfigurationCommand({ AutoScalingConfigurationArn: arns.byName }),
    );
    expect(deleted.AutoScalingConfiguration).toMatchObject({
      AutoScalingConfigurationArn: arns.second,
      Status: "INACTIVE",
    });
    expect(await describeConfig(arns.byName)).toMatchObject({
      AutoScalingConfigurationArn: arns.first,
      Latest: true,
    });
    const again = await ctx.appRunner.send(
      new DeleteAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: arns.firstByRevision,
      }),
    );
    expect(again.AutoScalingConfiguration?.AutoScalingConfigurationArn).toBe(arns.first);
    await expectAwsError(
      ctx.appRunner.send(
        new DeleteAutoScalingConfigurationCommand({ AutoScalingConfigurationArn: arns.byName }),
      ),
      "ResourceNotFoundException",
    );
  });

  // API_UpdateDefaultAutoScalingConfiguration: "If a revision isn't specified, the latest active
  // revision is set as the default." API_AutoScalingConfiguration, IsDefault: "The default
  // AutoScalingConfiguration can be any revision under the same AutoScalingConfigurationName."
  it("UpdateDefault: .../name makes the latest revision the default, .../name/1 the first", async () => {
    const [previous] = await currentDefault();
    const arns = await twoRevisions();
    const latest = await ctx.appRunner.send(
      new UpdateDefaultAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: arns.byName,
      }),
    );
    expect(latest.AutoScalingConfiguration).toMatchObject({
      AutoScalingConfigurationArn: arns.second,
      IsDefault: true,
    });
    const first = await ctx.appRunner.send(
      new UpdateDefaultAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: arns.firstByRevision,
      }),
    );
    expect(first.AutoScalingConfiguration).toMatchObject({
      AutoScalingConfigurationArn: arns.first,
      IsDefault: true,
    });
    expect((await describeConfig(arns.second)).IsDefault).toBe(false);
    await ctx.appRunner.send(
      new UpdateDefaultAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: previous!.AutoScalingConfigurationArn,
      }),
    );
    await deleteAllRevisions(arns.first);
  });

  // API_ListServicesForAutoScalingConfiguration: "If a revision isn't specified, the latest
  // active revision is used."
  it("ListServicesFor: .../name lists the services of the latest revision", async () => {
    const arns = await twoRevisions();
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand({
        ...publicImageService(uniqueName("bylatest")),
        AutoScalingConfigurationArn: arns.second,
      }),
    );
    const byName = await ctx.appRunner.send(
      new ListServicesForAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: arns.byName,
      }),
    );
    expect(byName.ServiceArnList).toEqual([Service!.ServiceArn]);
    const byFirst = await ctx.appRunner.send(
      new ListServicesForAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: arns.firstByRevision,
      }),
    );
    expect(byFirst.ServiceArnList).toEqual([]);
    await expectAwsError(
      ctx.appRunner.send(
        new ListServicesForAutoScalingConfigurationCommand({
          AutoScalingConfigurationArn: missingArnLike(
            arns.first,
            "autoscalingconfiguration/none/1",
          ),
        }),
      ),
      "ResourceNotFoundException",
    );
  });
});

// API_CreateAutoScalingConfiguration, AutoScalingConfigurationName: "Prior to the release of Auto
// scale configuration enhancements, the name DefaultConfiguration was reserved. This restriction
// is no longer in place. [...] Create new revisions of the DefaultConfiguration. Delete the
// revisions of the DefaultConfiguration."
describe("DefaultConfiguration is no longer reserved", () => {
  it("takes a new revision of DefaultConfiguration, which can be deleted while not the default", async () => {
    const { AutoScalingConfiguration } = await createConfig("DefaultConfiguration", {
      MaxSize: 7,
    });
    expect(AutoScalingConfiguration).toMatchObject({
      AutoScalingConfigurationName: "DefaultConfiguration",
      IsDefault: false,
      Latest: true,
    });
    expect(AutoScalingConfiguration!.AutoScalingConfigurationRevision).toBeGreaterThan(1);
    const deleted = await ctx.appRunner.send(
      new DeleteAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn: AutoScalingConfiguration!.AutoScalingConfigurationArn,
      }),
    );
    expect(deleted.AutoScalingConfiguration?.Status).toBe("INACTIVE");
    const [stillDefault] = await currentDefault();
    expect(stillDefault).toMatchObject({
      AutoScalingConfigurationName: "DefaultConfiguration",
      AutoScalingConfigurationRevision: 1,
    });
  });
});

// "Managing App Runner automatic scaling", section on the default configuration (in substance):
// a new default designation doesn't affect the associations existing services already have.
it("a new default leaves existing services on the configuration they had", async () => {
  const [previous] = await currentDefault();
  const { Service } = await ctx.appRunner.send(
    new CreateServiceCommand(publicImageService(uniqueName("keepcfg"))),
  );
  const other = (await createConfig(uniqueName("otherdef", 32))).AutoScalingConfiguration!;
  await ctx.appRunner.send(
    new UpdateDefaultAutoScalingConfigurationCommand({
      AutoScalingConfigurationArn: other.AutoScalingConfigurationArn,
    }),
  );
  const { ServiceArnList } = await ctx.appRunner.send(
    new ListServicesForAutoScalingConfigurationCommand({
      AutoScalingConfigurationArn: previous!.AutoScalingConfigurationArn,
    }),
  );
  expect(ServiceArnList).toContain(Service!.ServiceArn);
  await ctx.appRunner.send(
    new UpdateDefaultAutoScalingConfigurationCommand({
      AutoScalingConfigurationArn: previous!.AutoScalingConfigurationArn,
    }),
  );
  await deleteAllRevisions(other.AutoScalingConfigurationArn!);
});
