/**
 * Tags on every taggable resource: at create, TagResource, UntagResource, ListTagsForResource.
 * Tests quote the App Runner API reference page (API_*) and the sentence they check.
 */
import {
  CreateAutoScalingConfigurationCommand,
  CreateConnectionCommand,
  CreateObservabilityConfigurationCommand,
  CreateServiceCommand,
  CreateVpcConnectorCommand,
  CreateVpcIngressConnectionCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { expectAwsError, expectEachAwsError, expectInvalidField } from "../support/aws-error";
import { uniqueName, unknownArn } from "../support/names";
import { publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";
import { slowOnAws } from "../support/target";
import { waitForServiceStatus } from "../support/wait-for";

const ctx = emulatorForFile({ operationMs: 300 });
/** Waits minutes for a service to be RUNNING on AWS (CONFORMANCE_SKIP_SLOW=1 skips it). */
const slow = it.skipIf(slowOnAws("waits for a service to be RUNNING"));

async function tagsOf(arn: string) {
  const { Tags } = await ctx.appRunner.send(new ListTagsForResourceCommand({ ResourceArn: arn }));
  return [...(Tags ?? [])].sort((a, b) => a.Key!.localeCompare(b.Key!));
}

describe("tags", () => {
  // API_TagResource, Tags: "If a key is new to the resource, the tag is added with the provided
  // value. If a key is already associated with the resource, the value of the tag is updated."
  // API_UntagResource: "Remove tags from an App Runner resource." API_ListTagsForResource: "The
  // response contains a list of tag key-value pairs."
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

  // Every Create* of a resource takes Tags: "A list of metadata items that you can associate with
  // your [connection | auto scaling configuration | observability configuration | VPC connector]
  // resource." (API_CreateConnection, API_CreateAutoScalingConfiguration, ...)
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

  // API_Tag: Key "Length Constraints: Minimum length of 1. Maximum length of 128. Pattern:
  // ^(?!aws:).+"; Value "Maximum length of 256."
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

  // App Runner's pages state no number; 50 is AWS's usual "Maximum number of tags per resource"
  // (a choice, docs/emulator-fidelity.md).
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

  // API_TagResource / API_UntagResource / API_ListTagsForResource, ResourceArn: "It must be the
  // ARN of an App Runner resource." Errors: ResourceNotFoundException.
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

// API_CreateVpcIngressConnection, Tags: "An optional list of metadata items that you can
// associate with the VPC Ingress Connection resource." API_ListTagsForResource: "List tags that
// are associated with for an App Runner resource."
slow("tags a VPC ingress connection at create and afterwards", async () => {
  const { Service } = await ctx.appRunner.send(
    new CreateServiceCommand({
      ...publicImageService(uniqueName("tagpriv")),
      NetworkConfiguration: { IngressConfiguration: { IsPubliclyAccessible: false } },
    }),
  );
  await waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, "RUNNING");
  const { VpcIngressConnection } = await ctx.appRunner.send(
    new CreateVpcIngressConnectionCommand({
      ServiceArn: Service!.ServiceArn,
      VpcIngressConnectionName: uniqueName("tagingress"),
      IngressVpcConfiguration: { VpcId: "vpc-0123456789abcdef0", VpcEndpointId: "vpce-0a1b" },
      Tags: [{ Key: "team", Value: "net" }],
    }),
  );
  const arn = VpcIngressConnection!.VpcIngressConnectionArn!;
  expect(await tagsOf(arn)).toEqual([{ Key: "team", Value: "net" }]);
  await ctx.appRunner.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ["team"] }));
  expect(await tagsOf(arn)).toEqual([]);
});
