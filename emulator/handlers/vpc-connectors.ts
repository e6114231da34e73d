import type { VpcConnector } from "@/lib/apprunner/schema/shapes.generated";
import { QUOTAS } from "@/lib/apprunner/rules";

import type { AppRunnerHandlers, HandlerContext } from "../context";
import { ServiceQuotaExceededError } from "../errors";
import { arnPrefix, epochSeconds, hex32 } from "../ids";
import { pageArray } from "../pagination";
import { fieldError } from "./field-error";
import { insertResource } from "./insert-resource";
import { pageSize, parseDoc, requireResource, requireUndeleted } from "./lookup";
import { requireUnused } from "./require-unused";
import { nextRevision, parseRevisionArn } from "./revisions";

type VpcConnectorDoc = VpcConnector;

/**
 * "The ARN must be a full VPC connector ARN." (API_DescribeVpcConnector, API_DeleteVpcConnector):
 * unlike the revisioned configurations, a partial `.../name` or `.../name/revision` is refused.
 */
function requireFullArn(ctx: HandlerContext, arn: string): string {
  if (parseRevisionArn(ctx, arn, "vpcconnector").form !== "full")
    throw fieldError("VpcConnectorArn", arn, "Member must be a full VPC connector ARN");
  return arn;
}

export const vpcConnectorHandlers = {
  CreateVpcConnector(input, ctx) {
    if (input.Subnets.length === 0)
      throw fieldError("Subnets", undefined, "Member must list at least one subnet ID");
    const rows = ctx.store.all("vpc-connector", ctx.region);
    // "At this time, App Runner supports only one revision per name." (API_VpcConnector)
    if (rows.some((r) => r.status === "ACTIVE" && r.name === input.VpcConnectorName))
      throw fieldError(
        "VpcConnectorName",
        input.VpcConnectorName,
        "Member must not name an existing VPC connector: App Runner supports only one revision per name",
      );
    if (rows.filter((r) => r.status === "ACTIVE").length >= QUOTAS.vpcConnectors)
      throw new ServiceQuotaExceededError(
        `You have reached the quota of ${QUOTAS.vpcConnectors} VPC connectors in ${ctx.region}.`,
      );
    const revision = nextRevision<VpcConnectorDoc>(
      rows,
      input.VpcConnectorName,
      (d) => d.VpcConnectorRevision,
    );
    const arn = `${arnPrefix(ctx.region, ctx.account)}:vpcconnector/${input.VpcConnectorName}/${revision}/${hex32()}`;
    const doc: VpcConnectorDoc = {
      VpcConnectorName: input.VpcConnectorName,
      VpcConnectorArn: arn,
      VpcConnectorRevision: revision,
      Subnets: input.Subnets,
      SecurityGroups: input.SecurityGroups ?? [],
      Status: "ACTIVE",
      CreatedAt: epochSeconds(ctx.now),
    };
    insertResource(
      ctx,
      {
        arn,
        kind: "vpc-connector",
        name: input.VpcConnectorName,
        status: "ACTIVE",
        tags: input.Tags,
      },
      doc,
    );
    return { VpcConnector: doc };
  },

  DescribeVpcConnector(input, ctx) {
    const row = requireResource(ctx, requireFullArn(ctx, input.VpcConnectorArn), "vpc-connector");
    return { VpcConnector: parseDoc<VpcConnectorDoc>(row) };
  },

  DeleteVpcConnector(input, ctx) {
    const arn = requireFullArn(ctx, input.VpcConnectorArn);
    const row = requireUndeleted(ctx, arn, "vpc-connector", "INACTIVE");
    requireUnused(
      ctx,
      row,
      "$.NetworkConfiguration.EgressConfiguration.VpcConnectorArn",
      "Give the service public outgoing traffic or another VPC connector first.",
    );
    const doc: VpcConnectorDoc = {
      ...parseDoc<VpcConnectorDoc>(row),
      Status: "INACTIVE",
      DeletedAt: epochSeconds(ctx.now),
    };
    ctx.store.saveDoc(row, "INACTIVE", doc);
    return { VpcConnector: doc };
  },

  ListVpcConnectors(input, ctx) {
    const docs = ctx.store
      .all("vpc-connector", ctx.region)
      .filter((r) => r.status === "ACTIVE")
      .map((r) => parseDoc<VpcConnectorDoc>(r));
    const page = pageArray(
      docs,
      "vpc-connectors",
      input.NextToken,
      pageSize(input.MaxResults, 100),
    );
    return { VpcConnectors: page.items, ...(page.nextToken ? { NextToken: page.nextToken } : {}) };
  },
} satisfies Partial<AppRunnerHandlers>;
