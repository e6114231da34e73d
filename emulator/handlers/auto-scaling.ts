import { DEFAULT_AUTO_SCALING } from "@/lib/apprunner/constants";
import { QUOTAS } from "@/lib/apprunner/rules";

import type { AppRunnerHandlers, HandlerContext } from "../context";
import { InvalidRequestError, ResourceNotFoundError, ServiceQuotaExceededError } from "../errors";
import { epochSeconds } from "../ids";
import { pageArray } from "../pagination";
import { toAutoScaling, toAutoScalingSummary, type AutoScalingDoc } from "../shapes/auto-scaling";
import {
  currentDefault,
  DEFAULT_NAME,
  ensureDefaultAutoScaling,
  insertRevision,
  refreshLatest,
  refreshServices,
  revisionOf,
  saveRevision,
} from "./auto-scaling-revisions";
import { fieldError } from "./field-error";
import { pageSize, parseDoc } from "./lookup";
import { putTags } from "./put-tags";
import { listedRevisions, nextRevision, parseRevisionArn, requireRevision } from "./revisions";

const ARN_TYPE = "autoscalingconfiguration";

/**
 * Every operation that takes an auto scaling configuration ARN takes "a full auto scaling
 * configuration ARN, or a partial ARN ending with either .../name or .../name/revision. If a
 * revision isn't specified, the latest active revision is …" (described, deleted, used, set as
 * the default: API_DescribeAutoScalingConfiguration, API_DeleteAutoScalingConfiguration,
 * API_ListServicesForAutoScalingConfiguration, API_UpdateDefaultAutoScalingConfiguration).
 */
function requireAutoScaling(ctx: HandlerContext, arn: string) {
  ensureDefaultAutoScaling(ctx);
  return requireRevision(ctx, arn, "auto-scaling", ARN_TYPE, revisionOf);
}

export const autoScalingHandlers = {
  CreateAutoScalingConfiguration(input, ctx) {
    ensureDefaultAutoScaling(ctx);
    const name = input.AutoScalingConfigurationName;
    const values = {
      MaxConcurrency: input.MaxConcurrency ?? DEFAULT_AUTO_SCALING.MaxConcurrency,
      MinSize: input.MinSize ?? DEFAULT_AUTO_SCALING.MinSize,
      MaxSize: input.MaxSize ?? DEFAULT_AUTO_SCALING.MaxSize,
    };
    if (values.MinSize > values.MaxSize)
      throw fieldError(
        "MinSize",
        values.MinSize,
        `Member must be less than or equal to MaxSize (${values.MaxSize})`,
      );
    const rows = ctx.store.all("auto-scaling", ctx.region);
    const sameName = rows.filter((r) => r.name === name);
    const activeNames = new Set(
      rows.filter((r) => r.status === "ACTIVE" && r.name !== DEFAULT_NAME).map((r) => r.name),
    );
    if (
      !activeNames.has(name) &&
      name !== DEFAULT_NAME &&
      activeNames.size >= QUOTAS.autoScalingNames
    )
      throw new ServiceQuotaExceededError(
        `You can have up to ${QUOTAS.autoScalingNames} auto scaling configuration names in ${ctx.region}. Delete one you no longer use.`,
      );
    if (sameName.filter((r) => r.status === "ACTIVE").length >= QUOTAS.autoScalingRevisionsPerName)
      throw new ServiceQuotaExceededError(
        `Auto scaling configuration ${name} already has ${QUOTAS.autoScalingRevisionsPerName} active revisions. Delete an older revision first.`,
      );
    const revision = nextRevision(sameName, name, revisionOf);
    const { row } = insertRevision(ctx, name, revision, values, false);
    putTags(ctx, row.arn, input.Tags ?? []);
    refreshLatest(ctx, name);
    return { AutoScalingConfiguration: toAutoScaling(ctx.store.get(row.arn)!, ctx.store) };
  },

  DescribeAutoScalingConfiguration(input, ctx) {
    ensureDefaultAutoScaling(ctx);
    const row = requireAutoScaling(ctx, input.AutoScalingConfigurationArn);
    return { AutoScalingConfiguration: toAutoScaling(row, ctx.store) };
  },

  DeleteAutoScalingConfiguration(input, ctx) {
    ensureDefaultAutoScaling(ctx);
    const arn = input.AutoScalingConfigurationArn;
    // "When DeleteAllRevisions is set to true, the only valid value for the Amazon Resource Name
    // (ARN) is a partial ARN ending with: .../name." (API_DeleteAutoScalingConfiguration)
    if (input.DeleteAllRevisions && parseRevisionArn(ctx, arn, ARN_TYPE).form !== "name")
      throw fieldError(
        "AutoScalingConfigurationArn",
        arn,
        "Member must be a partial ARN ending with .../name when DeleteAllRevisions is true",
      );
    const row = requireAutoScaling(ctx, arn);
    if (row.status === "INACTIVE")
      throw new ResourceNotFoundError(`The auto scaling configuration ${arn} is already deleted.`);
    const targets = input.DeleteAllRevisions
      ? ctx.store
          .all("auto-scaling", ctx.region)
          .filter((r) => r.name === row.name && r.status === "ACTIVE")
      : [row];
    for (const target of targets) {
      const config = toAutoScaling(target, ctx.store);
      if (config.IsDefault)
        throw new InvalidRequestError(
          `You can't delete ${config.AutoScalingConfigurationArn}: it is the default auto scaling configuration. Make another configuration the default first.`,
        );
      if (config.HasAssociatedService)
        throw new InvalidRequestError(
          `You can't delete ${config.AutoScalingConfigurationArn}: services use it. Move them to another configuration first.`,
        );
    }
    for (const target of targets) {
      const doc = parseDoc<AutoScalingDoc>(target);
      if (doc.Status === "INACTIVE") continue;
      saveRevision(ctx, target, {
        ...doc,
        Status: "INACTIVE",
        Latest: false,
        DeletedAt: epochSeconds(ctx.now),
      });
    }
    refreshLatest(ctx, row.name);
    return { AutoScalingConfiguration: toAutoScaling(ctx.store.get(row.arn)!, ctx.store) };
  },

  ListAutoScalingConfigurations(input, ctx) {
    ensureDefaultAutoScaling(ctx);
    const rows = listedRevisions(
      ctx,
      "auto-scaling",
      { name: input.AutoScalingConfigurationName, latestOnly: input.LatestOnly },
      (r) => toAutoScaling(r, ctx.store),
    );
    const page = pageArray(rows, "asc", input.NextToken, pageSize(input.MaxResults, 100));
    return {
      AutoScalingConfigurationSummaryList: page.items.map((c) =>
        toAutoScalingSummary(c, c.HasAssociatedService ?? false),
      ),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  },

  UpdateDefaultAutoScalingConfiguration(input, ctx) {
    const previous = currentDefault(ctx);
    const row = requireAutoScaling(ctx, input.AutoScalingConfigurationArn);
    if (row.status !== "ACTIVE")
      throw new InvalidRequestError(
        `${row.arn} is INACTIVE (deleted) and can't become the default.`,
      );
    if (previous.arn !== row.arn) {
      saveRevision(ctx, previous, { ...parseDoc<AutoScalingDoc>(previous), IsDefault: false });
      refreshServices(ctx, previous.arn, false);
      saveRevision(ctx, row, { ...parseDoc<AutoScalingDoc>(row), IsDefault: true });
      refreshServices(ctx, row.arn, true);
    }
    return { AutoScalingConfiguration: toAutoScaling(ctx.store.get(row.arn)!, ctx.store) };
  },

  ListServicesForAutoScalingConfiguration(input, ctx) {
    ensureDefaultAutoScaling(ctx);
    const row = requireAutoScaling(ctx, input.AutoScalingConfigurationArn);
    const arns = ctx.store
      .linkedTo(row.arn, "service")
      .filter((s) => s.status !== "DELETED")
      .map((s) => s.arn);
    const page = pageArray(
      arns,
      `asc-services:${row.arn}`,
      input.NextToken,
      pageSize(input.MaxResults, 100),
    );
    return { ServiceArnList: page.items, ...(page.nextToken ? { NextToken: page.nextToken } : {}) };
  },
} satisfies Partial<AppRunnerHandlers>;
