import { DEFAULT_AUTO_SCALING } from "@/lib/apprunner/constants";

import type { HandlerContext } from "../context";
import { arnPrefix, epochSeconds, hex32 } from "../ids";
import type { AutoScalingDoc } from "../shapes/auto-scaling";
import type { ServiceDoc } from "../shapes/service";
import type { ResourceRow } from "../store/resource-store";
import { fieldError } from "./field-error";
import { insertResource } from "./insert-resource";
import { parseDoc } from "./lookup";
import { findRevision, parseRevisionArn, refreshLatestRevision } from "./revisions";

/**
 * Auto scaling configurations as App Runner keeps them: named revisions, one `Latest` per name,
 * one default per account and region (`DefaultConfiguration` revision 1 until changed).
 */
export const DEFAULT_NAME = DEFAULT_AUTO_SCALING.AutoScalingConfigurationName;

export function saveRevision(ctx: HandlerContext, row: ResourceRow, doc: AutoScalingDoc): void {
  ctx.store.saveDoc(row, doc.Status ?? "ACTIVE", doc);
}

export function insertRevision(
  ctx: HandlerContext,
  name: string,
  revision: number,
  values: { MaxConcurrency: number; MinSize: number; MaxSize: number },
  isDefault: boolean,
): { row: ResourceRow; doc: AutoScalingDoc } {
  const arn = `${arnPrefix(ctx.region, ctx.account)}:autoscalingconfiguration/${name}/${revision}/${hex32()}`;
  const doc: AutoScalingDoc = {
    AutoScalingConfigurationArn: arn,
    AutoScalingConfigurationName: name,
    AutoScalingConfigurationRevision: revision,
    Latest: true,
    Status: "ACTIVE",
    ...values,
    CreatedAt: epochSeconds(ctx.now),
    IsDefault: isDefault,
  };
  insertResource(ctx, { arn, kind: "auto-scaling", name, status: "ACTIVE" }, doc);
  return { row: ctx.store.get(arn)!, doc };
}

const ensuredRegions = new WeakMap<object, Set<string>>();

/** Every account and region has `DefaultConfiguration` revision 1 from the start. */
export function ensureDefaultAutoScaling(ctx: HandlerContext): void {
  let regions = ensuredRegions.get(ctx.store);
  if (!regions) ensuredRegions.set(ctx.store, (regions = new Set()));
  if (regions.has(ctx.region)) return;
  const rows = ctx.store.all("auto-scaling", ctx.region);
  if (!rows.some((r) => r.name === DEFAULT_NAME)) {
    const hasDefault = rows.some((r) => parseDoc<AutoScalingDoc>(r).IsDefault);
    const { MaxConcurrency, MinSize, MaxSize } = DEFAULT_AUTO_SCALING;
    insertRevision(
      ctx,
      DEFAULT_NAME,
      DEFAULT_AUTO_SCALING.AutoScalingConfigurationRevision,
      { MaxConcurrency, MinSize, MaxSize },
      !hasDefault,
    );
  }
  regions.add(ctx.region);
}

export function currentDefault(ctx: HandlerContext): ResourceRow {
  ensureDefaultAutoScaling(ctx);
  const rows = ctx.store.all("auto-scaling", ctx.region);
  return rows.find((r) => r.status === "ACTIVE" && parseDoc<AutoScalingDoc>(r).IsDefault)!;
}

/**
 * The configuration a service will use: the given ARN (a full revision ARN, or one that stops
 * at the name or revision, meaning the latest active match), or the account default.
 */
export function resolveAutoScaling(ctx: HandlerContext, arn: string | undefined): AutoScalingDoc {
  if (arn === undefined) return parseDoc<AutoScalingDoc>(currentDefault(ctx));
  ensureDefaultAutoScaling(ctx);
  const parsed = parseRevisionArn(ctx, arn, "autoscalingconfiguration");
  const row = findRevision(ctx, parsed, "auto-scaling", revisionOf);
  if (!row || row.status !== "ACTIVE")
    throw fieldError(
      "AutoScalingConfigurationArn",
      arn,
      `Member must name an ACTIVE auto scaling configuration in ${ctx.region}`,
    );
  return parseDoc<AutoScalingDoc>(row);
}

export const revisionOf = (doc: AutoScalingDoc) => doc.AutoScalingConfigurationRevision;

/** Latest is true only on the highest active revision of a name. */
export function refreshLatest(ctx: HandlerContext, name: string): void {
  refreshLatestRevision(ctx, "auto-scaling", name, revisionOf);
}

/** Services carry a copy of their configuration's summary; keep IsDefault in it current. */
export function refreshServices(ctx: HandlerContext, configArn: string, isDefault: boolean): void {
  for (const row of ctx.store.linkedTo(configArn, "service")) {
    const doc = parseDoc<ServiceDoc>(row);
    doc.AutoScalingConfigurationSummary = {
      ...doc.AutoScalingConfigurationSummary,
      IsDefault: isDefault,
    };
    ctx.store.saveDoc(row, row.status, doc);
  }
}
