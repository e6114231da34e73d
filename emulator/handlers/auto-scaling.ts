import type {
  CreateAutoScalingConfigurationRequest,
  DeleteAutoScalingConfigurationRequest,
  DescribeAutoScalingConfigurationRequest,
  ListAutoScalingConfigurationsRequest,
  ListServicesForAutoScalingConfigurationRequest,
  UpdateDefaultAutoScalingConfigurationRequest,
} from "@/lib/apprunner/schema/shapes.generated";

import { DEFAULT_AUTO_SCALING } from "@/lib/apprunner/constants";

import type { HandlerContext } from "../context";
import { InvalidRequestError, ServiceQuotaExceededError } from "../errors";
import { arnPrefix, epochSeconds, hex32 } from "../ids";
import { pageArray } from "../pagination";
import { toAutoScaling, toAutoScalingSummary, type AutoScalingDoc } from "../shapes/auto-scaling";
import type { ServiceDoc } from "../shapes/service";
import type { ResourceRow } from "../store/resource-store";
import { fieldError } from "./field-error";
import { alreadyDeleted, parseDoc, pageSize, requireResource } from "./lookup";
import { putTags } from "./tag-rules";

const DEFAULT_NAME = DEFAULT_AUTO_SCALING.AutoScalingConfigurationName;
const MAX_NAMES = 10;
const MAX_REVISIONS = 5;

function save(ctx: HandlerContext, row: ResourceRow, doc: AutoScalingDoc): void {
  ctx.store.update({ ...row, status: doc.Status ?? "ACTIVE", doc: JSON.stringify(doc) });
}

function insertRevision(
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
  ctx.store.insert({
    arn,
    kind: "auto-scaling",
    region: ctx.region,
    name,
    status: "ACTIVE",
    link: null,
    doc: JSON.stringify(doc),
    extra: "{}",
  });
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

function currentDefault(ctx: HandlerContext): ResourceRow {
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
  const prefix = `${arnPrefix(ctx.region, ctx.account)}:autoscalingconfiguration/`;
  const [name, revision, id] = arn.startsWith(prefix) ? arn.slice(prefix.length).split("/") : [];
  const candidates = ctx.store
    .all("auto-scaling", ctx.region)
    .filter((r) => r.status === "ACTIVE" && r.name === name)
    .map((r) => parseDoc<AutoScalingDoc>(r))
    .filter(
      (d) =>
        (revision === undefined || String(d.AutoScalingConfigurationRevision) === revision) &&
        (id === undefined || d.AutoScalingConfigurationArn === arn),
    )
    .sort(
      (a, b) =>
        (b.AutoScalingConfigurationRevision ?? 0) - (a.AutoScalingConfigurationRevision ?? 0),
    );
  const found = candidates[0];
  if (!found)
    throw fieldError(
      "AutoScalingConfigurationArn",
      arn,
      `Member must name an ACTIVE auto scaling configuration in ${ctx.region}`,
    );
  return found;
}

/** Latest is true only on the highest active revision of a name. */
function refreshLatest(ctx: HandlerContext, name: string): void {
  const rows = ctx.store.all("auto-scaling", ctx.region).filter((r) => r.name === name);
  const active = rows.filter((r) => r.status === "ACTIVE");
  const top = Math.max(
    0,
    ...active.map((r) => parseDoc<AutoScalingDoc>(r).AutoScalingConfigurationRevision ?? 0),
  );
  for (const row of rows) {
    const doc = parseDoc<AutoScalingDoc>(row);
    const latest = row.status === "ACTIVE" && doc.AutoScalingConfigurationRevision === top;
    if (doc.Latest !== latest) save(ctx, row, { ...doc, Latest: latest });
  }
}

/** Services carry a copy of their configuration's summary; keep IsDefault in it current. */
function refreshServices(ctx: HandlerContext, configArn: string, isDefault: boolean): void {
  for (const row of ctx.store.linkedTo(configArn, "service")) {
    const doc = parseDoc<ServiceDoc>(row);
    doc.AutoScalingConfigurationSummary = {
      ...doc.AutoScalingConfigurationSummary,
      IsDefault: isDefault,
    };
    ctx.store.update({ ...row, doc: JSON.stringify(doc) });
  }
}

export const autoScalingHandlers = {
  CreateAutoScalingConfiguration(
    input: CreateAutoScalingConfigurationRequest,
    ctx: HandlerContext,
  ) {
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
    if (!activeNames.has(name) && name !== DEFAULT_NAME && activeNames.size >= MAX_NAMES)
      throw new ServiceQuotaExceededError(
        `You can have up to ${MAX_NAMES} auto scaling configuration names in ${ctx.region}. Delete one you no longer use.`,
      );
    if (sameName.filter((r) => r.status === "ACTIVE").length >= MAX_REVISIONS)
      throw new ServiceQuotaExceededError(
        `Auto scaling configuration ${name} already has ${MAX_REVISIONS} active revisions. Delete an older revision first.`,
      );
    const revision =
      1 +
      Math.max(
        0,
        ...sameName.map((r) => parseDoc<AutoScalingDoc>(r).AutoScalingConfigurationRevision ?? 0),
      );
    const { row } = insertRevision(ctx, name, revision, values, false);
    putTags(ctx, row.arn, input.Tags ?? []);
    refreshLatest(ctx, name);
    return { AutoScalingConfiguration: toAutoScaling(ctx.store.get(row.arn)!, ctx.store) };
  },

  DescribeAutoScalingConfiguration(
    input: DescribeAutoScalingConfigurationRequest,
    ctx: HandlerContext,
  ) {
    ensureDefaultAutoScaling(ctx);
    const row = requireResource(ctx, input.AutoScalingConfigurationArn, "auto-scaling");
    return { AutoScalingConfiguration: toAutoScaling(row, ctx.store) };
  },

  DeleteAutoScalingConfiguration(
    input: DeleteAutoScalingConfigurationRequest,
    ctx: HandlerContext,
  ) {
    ensureDefaultAutoScaling(ctx);
    const row = requireResource(ctx, input.AutoScalingConfigurationArn, "auto-scaling");
    if (row.status !== "ACTIVE") throw alreadyDeleted(row);
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
      save(ctx, target, {
        ...doc,
        Status: "INACTIVE",
        Latest: false,
        DeletedAt: epochSeconds(ctx.now),
      });
    }
    refreshLatest(ctx, row.name);
    return { AutoScalingConfiguration: toAutoScaling(ctx.store.get(row.arn)!, ctx.store) };
  },

  ListAutoScalingConfigurations(input: ListAutoScalingConfigurationsRequest, ctx: HandlerContext) {
    ensureDefaultAutoScaling(ctx);
    const rows = ctx.store
      .all("auto-scaling", ctx.region)
      .filter((r) => r.status === "ACTIVE")
      .filter(
        (r) =>
          input.AutoScalingConfigurationName === undefined ||
          r.name === input.AutoScalingConfigurationName,
      )
      .map((r) => toAutoScaling(r, ctx.store))
      .filter((c) => !input.LatestOnly || c.Latest);
    const page = pageArray(rows, "asc", input.NextToken, pageSize(input.MaxResults, 100));
    return {
      AutoScalingConfigurationSummaryList: page.items.map((c) =>
        toAutoScalingSummary(c, c.HasAssociatedService ?? false),
      ),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  },

  UpdateDefaultAutoScalingConfiguration(
    input: UpdateDefaultAutoScalingConfigurationRequest,
    ctx: HandlerContext,
  ) {
    const previous = currentDefault(ctx);
    const row = requireResource(ctx, input.AutoScalingConfigurationArn, "auto-scaling");
    if (row.status !== "ACTIVE")
      throw new InvalidRequestError(
        `${row.arn} is INACTIVE (deleted) and can't become the default.`,
      );
    if (previous.arn !== row.arn) {
      save(ctx, previous, { ...parseDoc<AutoScalingDoc>(previous), IsDefault: false });
      refreshServices(ctx, previous.arn, false);
      save(ctx, row, { ...parseDoc<AutoScalingDoc>(row), IsDefault: true });
      refreshServices(ctx, row.arn, true);
    }
    return { AutoScalingConfiguration: toAutoScaling(ctx.store.get(row.arn)!, ctx.store) };
  },

  ListServicesForAutoScalingConfiguration(
    input: ListServicesForAutoScalingConfigurationRequest,
    ctx: HandlerContext,
  ) {
    ensureDefaultAutoScaling(ctx);
    const row = requireResource(ctx, input.AutoScalingConfigurationArn, "auto-scaling");
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
};
