import type { AppRunnerHandlers, HandlerContext } from "../context";
import { deleteServiceRefusal } from "@/lib/apprunner/rules";

import { InvalidRequestError, ServiceQuotaExceededError } from "../errors";
import { arnPrefix, epochSeconds, hex32, urlSlug } from "../ids";
import { decodeToken, encodeToken } from "../pagination";
import { RawJson } from "../raw-json";
import { toAutoScalingSummary } from "../shapes/auto-scaling";
import { toOperationSummary } from "../shapes/operation";
import { buildService, toServiceSummary, updatedService, type ServiceDoc } from "../shapes/service";
import type { ResourceRow } from "../store/resource-store";
import { resolveAutoScaling } from "./auto-scaling-revisions";
import { fieldError } from "./field-error";
import { pageSize, parseDoc, requireResource, requireUndeleted } from "./lookup";
import { checkServiceReferences, withFullObservabilityArn } from "./service-references";
import { putTags } from "./put-tags";
import { requireServiceState } from "./require-service-state";
import { requireValidService } from "./require-valid-service";

function nameTaken(name: string): InvalidRequestError {
  return new InvalidRequestError(`Service with the provided name already exists: ${name}`);
}

/** Checks that the service's status allows `action`, then starts its operation. */
function startOperation(
  ctx: HandlerContext,
  arn: string,
  action: "PauseService" | "ResumeService" | "StartDeployment",
  type: "PAUSE_SERVICE" | "RESUME_SERVICE" | "START_DEPLOYMENT",
) {
  const row = requireResource(ctx, arn, "service");
  requireServiceState(row, action);
  return ctx.lifecycle.start(row, parseDoc<ServiceDoc>(row), type, ctx.now);
}

export const serviceHandlers = {
  CreateService(request, ctx) {
    const { store, region } = ctx;
    if (store.liveServiceByName(region, request.ServiceName)) throw nameTaken(request.ServiceName);
    if (store.countLiveServices(region) >= ctx.options.maxServices)
      throw new ServiceQuotaExceededError(
        `You have reached the quota of ${ctx.options.maxServices} services in ${region}. Delete a service you no longer need.`,
      );
    checkServiceReferences(ctx, request);
    const input = withFullObservabilityArn(ctx, request);
    const autoScaling = resolveAutoScaling(ctx, input.AutoScalingConfigurationArn);
    const id = hex32();
    const arn = `${arnPrefix(region, ctx.account)}:service/${input.ServiceName}/${id}`;
    const doc = buildService(
      input,
      {
        arn,
        id,
        url: ctx.serviceUrls.mint(urlSlug(), region),
        account: ctx.account,
        nowSeconds: epochSeconds(ctx.now),
      },
      toAutoScalingSummary(autoScaling, true),
    );
    const row: ResourceRow = {
      id: 0,
      arn,
      kind: "service",
      region,
      name: input.ServiceName,
      status: doc.Status,
      link: autoScaling.AutoScalingConfigurationArn ?? null,
      doc: JSON.stringify(doc),
      extra: "{}",
    };
    try {
      store.insert(row);
    } catch (error) {
      // The unique index is the last word if two creates race for one name.
      if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE")
        throw nameTaken(input.ServiceName);
      throw error;
    }
    putTags(ctx, arn, input.Tags ?? []);
    ctx.lifecycle.createLogGroups(region, doc, ctx.now);
    const { operationId, service } = ctx.lifecycle.start(row, doc, "CREATE_SERVICE", ctx.now);
    return { Service: service, OperationId: operationId };
  },

  DescribeService(input, ctx) {
    const row = requireResource(ctx, input.ServiceArn, "service");
    return new RawJson(`{"Service":${row.doc}}`);
  },

  ListServices(input, ctx) {
    const size = pageSize(input.MaxResults, 20);
    const after = decodeToken("services", input.NextToken) ?? 0;
    const rows = ctx.store.page("service", ctx.region, after, size + 1, true);
    const page = rows.slice(0, size);
    const last = page[page.length - 1];
    return {
      ServiceSummaryList: page.map((r) => toServiceSummary(parseDoc<ServiceDoc>(r))),
      ...(rows.length > size && last ? { NextToken: encodeToken("services", last.id) } : {}),
    };
  },

  UpdateService(request, ctx) {
    const row = requireResource(ctx, request.ServiceArn, "service");
    requireServiceState(row, "UpdateService");
    const current = parseDoc<ServiceDoc>(row);
    const source = request.SourceConfiguration;
    if (source) {
      const wasImage = Boolean(current.SourceConfiguration.ImageRepository);
      if ((wasImage && source.CodeRepository) || (!wasImage && source.ImageRepository))
        throw fieldError(
          wasImage ? "SourceConfiguration.CodeRepository" : "SourceConfiguration.ImageRepository",
          undefined,
          "A service can't switch between a code repository and an image repository; create a new service instead",
        );
    }
    checkServiceReferences(ctx, {
      ...request,
      SourceConfiguration: source && {
        ...source,
        AuthenticationConfiguration:
          source.AuthenticationConfiguration ??
          current.SourceConfiguration.AuthenticationConfiguration,
      },
    });
    const input = withFullObservabilityArn(ctx, request);
    const autoScaling =
      input.AutoScalingConfigurationArn === undefined
        ? undefined
        : toAutoScalingSummary(resolveAutoScaling(ctx, input.AutoScalingConfigurationArn), true);
    // Only ServiceArn is required and every answer carries an OperationId (the model requires
    // it), so an update that changes nothing is still an operation: it redeploys as it is.
    const pending = updatedService(current, input, ctx.account, autoScaling);
    requireValidService(pending, input);
    const { operationId, service } = ctx.lifecycle.start(
      row,
      current,
      "UPDATE_SERVICE",
      ctx.now,
      pending,
    );
    return { Service: service, OperationId: operationId };
  },

  DeleteService(input, ctx) {
    // AWS does not say what deleting a deleted service answers; like every other Delete here
    // (and CloudFormation's handler contract), it is not found any more.
    const row = requireUndeleted(ctx, input.ServiceArn, "service", "DELETED");
    requireServiceState(row, "DeleteService");
    const refusal = deleteServiceRefusal(ctx.store.linkedTo(row.arn, "vpc-ingress"));
    if (refusal) throw new InvalidRequestError(refusal);
    // "A description of the App Runner service that this request just deleted": as it is when
    // the call is made, OPERATION_IN_PROGRESS, until the operation ends DELETED.
    const started = ctx.lifecycle.start(row, parseDoc<ServiceDoc>(row), "DELETE_SERVICE", ctx.now);
    return { Service: started.service, OperationId: started.operationId };
  },

  PauseService(input, ctx) {
    const started = startOperation(ctx, input.ServiceArn, "PauseService", "PAUSE_SERVICE");
    return { Service: started.service, OperationId: started.operationId };
  },

  ResumeService(input, ctx) {
    const started = startOperation(ctx, input.ServiceArn, "ResumeService", "RESUME_SERVICE");
    return { Service: started.service, OperationId: started.operationId };
  },

  StartDeployment(input, ctx) {
    const started = startOperation(ctx, input.ServiceArn, "StartDeployment", "START_DEPLOYMENT");
    return { OperationId: started.operationId };
  },

  ListOperations(input, ctx) {
    const row = requireResource(ctx, input.ServiceArn, "service");
    const size = pageSize(input.MaxResults, 20);
    const scope = `operations:${row.id}`;
    const before = decodeToken(scope, input.NextToken) ?? Number.MAX_SAFE_INTEGER;
    const ops = ctx.store.operations(row.arn, before, size + 1);
    const page = ops.slice(0, size);
    const last = page[page.length - 1];
    return {
      OperationSummaryList: page.map(toOperationSummary),
      ...(ops.length > size && last ? { NextToken: encodeToken(scope, last.seq) } : {}),
    };
  },
} satisfies Partial<AppRunnerHandlers>;
