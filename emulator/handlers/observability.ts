import type { ObservabilityConfiguration } from "@/lib/apprunner/schema/shapes.generated";
import { QUOTAS } from "@/lib/apprunner/rules";

import type { AppRunnerHandlers, HandlerContext } from "../context";
import { ServiceQuotaExceededError } from "../errors";
import { arnPrefix, epochSeconds, hex32 } from "../ids";
import { pageArray } from "../pagination";
import { alreadyDeleted, pageSize, parseDoc, requireResource } from "./lookup";
import { putTags } from "./put-tags";

type ObservabilityDoc = ObservabilityConfiguration;

function refreshLatest(ctx: HandlerContext, name: string): void {
  const rows = ctx.store.all("observability", ctx.region).filter((r) => r.name === name);
  const top = Math.max(
    0,
    ...rows
      .filter((r) => r.status === "ACTIVE")
      .map((r) => parseDoc<ObservabilityDoc>(r).ObservabilityConfigurationRevision ?? 0),
  );
  for (const row of rows) {
    const doc = parseDoc<ObservabilityDoc>(row);
    const latest = row.status === "ACTIVE" && doc.ObservabilityConfigurationRevision === top;
    if (doc.Latest !== latest)
      ctx.store.update({ ...row, doc: JSON.stringify({ ...doc, Latest: latest }) });
  }
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
    const revision =
      1 +
      Math.max(
        0,
        ...rows
          .filter((r) => r.name === name)
          .map((r) => parseDoc<ObservabilityDoc>(r).ObservabilityConfigurationRevision ?? 0),
      );
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
    ctx.store.insert({
      arn,
      kind: "observability",
      region: ctx.region,
      name,
      status: "ACTIVE",
      link: null,
      doc: JSON.stringify(doc),
      extra: "{}",
    });
    putTags(ctx, arn, input.Tags ?? []);
    refreshLatest(ctx, name);
    return { ObservabilityConfiguration: parseDoc<ObservabilityDoc>(ctx.store.get(arn)!) };
  },

  DescribeObservabilityConfiguration(input, ctx) {
    const row = requireResource(ctx, input.ObservabilityConfigurationArn, "observability");
    return { ObservabilityConfiguration: parseDoc<ObservabilityDoc>(row) };
  },

  DeleteObservabilityConfiguration(input, ctx) {
    const row = requireResource(ctx, input.ObservabilityConfigurationArn, "observability");
    if (row.status !== "ACTIVE") throw alreadyDeleted(row);
    const doc: ObservabilityDoc = {
      ...parseDoc<ObservabilityDoc>(row),
      Status: "INACTIVE",
      Latest: false,
      DeletedAt: epochSeconds(ctx.now),
    };
    ctx.store.update({ ...row, status: "INACTIVE", doc: JSON.stringify(doc) });
    refreshLatest(ctx, row.name);
    return { ObservabilityConfiguration: parseDoc<ObservabilityDoc>(ctx.store.get(row.arn)!) };
  },

  ListObservabilityConfigurations(input, ctx) {
    const docs = ctx.store
      .all("observability", ctx.region)
      .filter((r) => r.status === "ACTIVE")
      .filter(
        (r) =>
          input.ObservabilityConfigurationName === undefined ||
          r.name === input.ObservabilityConfigurationName,
      )
      .map((r) => parseDoc<ObservabilityDoc>(r))
      .filter((d) => !input.LatestOnly || d.Latest);
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
