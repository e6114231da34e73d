import type { ObservabilityConfiguration } from "@/lib/apprunner/schema/shapes.generated";
import { QUOTAS } from "@/lib/apprunner/rules";

import type { AppRunnerHandlers, HandlerContext } from "../context";
import { ResourceNotFoundError, ServiceQuotaExceededError } from "../errors";
import { arnPrefix, epochSeconds, hex32 } from "../ids";
import { pageArray } from "../pagination";
import { insertResource } from "./insert-resource";
import { pageSize, parseDoc } from "./lookup";
import { requireUnused } from "./require-unused";
import { listedRevisions, nextRevision, refreshLatestRevision, requireRevision } from "./revisions";

type ObservabilityDoc = ObservabilityConfiguration;

const revisionOf = (doc: ObservabilityDoc) => doc.ObservabilityConfigurationRevision;

/**
 * "The ARN can be a full observability configuration ARN, or a partial ARN ending with either
 * .../name or .../name/revision. If a revision isn't specified, the latest active revision is
 * described." (API_DescribeObservabilityConfiguration; "… is deleted.", the Delete page)
 */
function requireObservability(ctx: HandlerContext, arn: string) {
  return requireRevision(ctx, arn, "observability", "observabilityconfiguration", revisionOf);
}

export const observabilityHandlers = {
  CreateObservabilityConfiguration(input, ctx) {
    const name = input.ObservabilityConfigurationName;
    const rows = ctx.store.all("observability", ctx.region);
    const active = rows.filter((r) => r.status === "ACTIVE");
    const names = new Set(active.map((r) => r.name));
    if (!names.has(name) && names.size >= QUOTAS.observabilityNames)
      throw new ServiceQuotaExceededError(
        `You can have up to ${QUOTAS.observabilityNames} observability configuration names in ${ctx.region}.`,
      );
    if (active.filter((r) => r.name === name).length >= QUOTAS.observabilityRevisionsPerName)
      throw new ServiceQuotaExceededError(
        `Observability configuration ${name} already has ${QUOTAS.observabilityRevisionsPerName} active revisions.`,
      );
    const revision = nextRevision(rows, name, revisionOf);
    const arn = `${arnPrefix(ctx.region, ctx.account)}:observabilityconfiguration/${name}/${revision}/${hex32()}`;
    const doc: ObservabilityDoc = {
      ObservabilityConfigurationArn: arn,
      ObservabilityConfigurationName: name,
      ...(input.TraceConfiguration ? { TraceConfiguration: input.TraceConfiguration } : {}),
      ObservabilityConfigurationRevision: revision,
      Latest: true,
      Status: "ACTIVE",
      CreatedAt: epochSeconds(ctx.now),
    };
    insertResource(
      ctx,
      { arn, kind: "observability", name, status: "ACTIVE", tags: input.Tags },
      doc,
    );
    refreshLatestRevision(ctx, "observability", name, revisionOf);
    return { ObservabilityConfiguration: parseDoc<ObservabilityDoc>(ctx.store.get(arn)!) };
  },

  DescribeObservabilityConfiguration(input, ctx) {
    const row = requireObservability(ctx, input.ObservabilityConfigurationArn);
    return { ObservabilityConfiguration: parseDoc<ObservabilityDoc>(row) };
  },

  DeleteObservabilityConfiguration(input, ctx) {
    const arn = input.ObservabilityConfigurationArn;
    const row = requireObservability(ctx, arn);
    if (row.status === "INACTIVE")
      throw new ResourceNotFoundError(`The observability configuration ${arn} is already deleted.`);
    // "You can't delete a configuration that's used by one or more App Runner services."
    // (API_DeleteObservabilityConfiguration)
    requireUnused(
      ctx,
      row,
      "$.ObservabilityConfiguration.ObservabilityConfigurationArn",
      "Turn observability off for the service, or give it another configuration, first.",
    );
    const doc: ObservabilityDoc = {
      ...parseDoc<ObservabilityDoc>(row),
      Status: "INACTIVE",
      Latest: false,
      DeletedAt: epochSeconds(ctx.now),
    };
    ctx.store.saveDoc(row, "INACTIVE", doc);
    refreshLatestRevision(ctx, "observability", row.name, revisionOf);
    return { ObservabilityConfiguration: parseDoc<ObservabilityDoc>(ctx.store.get(row.arn)!) };
  },

  ListObservabilityConfigurations(input, ctx) {
    const docs = listedRevisions(
      ctx,
      "observability",
      { name: input.ObservabilityConfigurationName, latestOnly: input.LatestOnly },
      (r) => parseDoc<ObservabilityDoc>(r),
    );
    const page = pageArray(docs, "observability", input.NextToken, pageSize(input.MaxResults, 100));
    return {
      ObservabilityConfigurationSummaryList: page.items.map((d) => ({
        ObservabilityConfigurationArn: d.ObservabilityConfigurationArn,
        ObservabilityConfigurationName: d.ObservabilityConfigurationName,
        ObservabilityConfigurationRevision: d.ObservabilityConfigurationRevision,
      })),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  },
} satisfies Partial<AppRunnerHandlers>;
