/** Tags on every taggable resource: at create, TagResource, UntagResource, ListTagsForResource. */
import {
  CreateAutoScalingConfigurationCommand,
  CreateConnectionCommand,
  CreateObservabilityConfigurationCommand,
  CreateServiceCommand,
  CreateVpcConnectorCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { expectAwsError, expectEachAwsError, expectInvalidField } from "../support/aws-error";
import { uniqueName, unknownArn } from "../support/names";
import { publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";

const ctx = emulatorForFile({ operationMs: 300 });

async function tagsOf(arn: string) {
  const { Tags } = await ctx.appRunner.send(new ListTagsForResourceCommand({ ResourceArn: arn }));
  return [...(Tags ?? [])].sort((a, b) => a.Key!.localeCompare(b.Key!));
}

describe("tags", () => {
  it("keeps a service's create-time tags, adds, overwrites and removes", async () => {
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand(
        publicImageService(uniqueName("tagged"), [
          { Key: "team", Value: "web" },
          { Key: "env", Value: "dev" },
        ]),
      ),
    );
    const arn = Service!.ServiceArn!;
    expect(await tagsOf(arn)).toEqual([
      { Key: "env", Value: "dev" },
      { Key: "team", Value: "web" },
    ]);

    await ctx.appRunner.send(
      new TagResourceCommand({
        ResourceArn: arn,
        Tags: [
          { Key: "env", Value: "prod" },
          { Key: "cost-center", Value: "" },
        ],
      }),
    );
    expect(await tagsOf(arn)).toEqual([
      { Key: "cost-center", Value: "" },
      { Key: "env", Value: "prod" },
      { Key: "team", Value: "web" },
    ]);

    await ctx.appRunner.send(
      new UntagResourceCommand({ ResourceArn: arn, TagKeys: ["team", "not-there"] }),
    );
    expect(await tagsOf(arn)).toEqual([
      { Key: "cost-center", Value: "" },
      { Key: "env", Value: "prod" },
    ]);
  });

  it("works on connections, auto scaling, observability and VPC connector resources", async () => {
    const tags = [{ Key: "owner", Value: "platform" }];
    const arns = [
      (
        await ctx.appRunner.send(
          new CreateConnectionCommand({
            ConnectionName: uniqueName("tc", 32),
            ProviderType: "GITHUB",
            Tags: tags,
          }),
        )
      ).Connection!.ConnectionArn!,
      (
        await ctx.appRunner.send(
          new CreateAutoScalingConfigurationCommand({
            AutoScalingConfigurationName: uniqueName("ta", 32),
            Tags: tags,
          }),
        )
      ).AutoScalingConfiguration!.AutoScalingConfigurationArn!,
      (
        await ctx.appRunner.send(
          new CreateObservabilityConfigurationCommand({
            ObservabilityConfigurationName: uniqueName("to", 32),
            Tags: tags,
          }),
        )
      ).ObservabilityConfiguration!.ObservabilityConfigurationArn!,
      (
        await ctx.appRunner.send(
          new CreateVpcConnectorCommand({
            VpcConnectorName: uniqueName("tv"),
            Subnets: ["subnet-1"],
            Tags: tags,
          }),
        )
      ).VpcConnector!.VpcConnectorArn!,
    ];
    for (const arn of arns) {
      expect(await tagsOf(arn), arn).toEqual(tags);
      await ctx.appRunner.send(
        new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: "extra", Value: "1" }] }),
      );
      expect(await tagsOf(arn), arn).toEqual([{ Key: "extra", Value: "1" }, ...tags]);
    }
  });

  it("refuses aws: keys and over-long keys and values", async () => {
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("badtags"))),
    );
    const arn = Service!.ServiceArn!;
    const tag = (Key: string, Value: string) =>
      ctx.appRunner.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key, Value }] }));
    await expectInvalidField(tag("aws:createdBy", "me"), /tags/i);
    await expectInvalidField(tag("k".repeat(129), "v"), /tags/i);
    await expectInvalidField(tag("team", "v".repeat(257)), /tags/i);
    expect(await tagsOf(arn)).toEqual([]);
  });

  it("refuses a resource more than 50 tags, at create and with TagResource", async () => {
    const tags = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: "v" }));
    await expectInvalidField(
      ctx.appRunner.send(
        new CreateServiceCommand(publicImageService(uniqueName("manytags"), tags(51, "k"))),
      ),
      "tags",
      /at most 50 tags; this request would give it 51/,
    );
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("fulltags"), tags(50, "k"))),
    );
    const arn = Service!.ServiceArn!;
    // Replacing an existing key adds nothing, so a full resource still takes it.
    await ctx.appRunner.send(
      new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: "k0", Value: "new" }] }),
    );
    await expectAwsError(
      ctx.appRunner.send(new TagResourceCommand({ ResourceArn: arn, Tags: tags(1, "extra") })),
      "InvalidRequestException",
      /^A resource can have at most 50 tags; this request would give it 51$/,
    );
    expect(await tagsOf(arn)).toHaveLength(50);
  });

  it("answers unknown resources with ResourceNotFoundException", async () => {
    const ResourceArn = unknownArn("service/none");
    await expectEachAwsError("ResourceNotFoundException", [
      () => ctx.appRunner.send(new ListTagsForResourceCommand({ ResourceArn })),
      () =>
        ctx.appRunner.send(
          new TagResourceCommand({ ResourceArn, Tags: [{ Key: "a", Value: "b" }] }),
        ),
      () => ctx.appRunner.send(new UntagResourceCommand({ ResourceArn, TagKeys: ["a"] })),
    ]);
  });

  it("refuses a ResourceArn that is not an ARN", async () => {
    await expectInvalidField(
      ctx.appRunner.send(new ListTagsForResourceCommand({ ResourceArn: "service/none" })),
      "resourceArn",
    );
  });
});
