import type { VpcIngressConnection } from "@/lib/apprunner/schema/shapes.generated";
import { QUOTAS } from "@/lib/apprunner/rules";

import type { AppRunnerHandlers, HandlerContext } from "../context";
import { InvalidRequestError, InvalidStateError, ServiceQuotaExceededError } from "../errors";
import { arnPrefix, epochSeconds, hex32, urlSlug } from "../ids";
import type { Lifecycle } from "../lifecycle/lifecycle";
import { pageArray } from "../pagination";
import type { ResourceRow, ResourceStore } from "../store/resource-store";
import { insertResource } from "./insert-resource";
import { pageSize, parseDoc, requireResource, requireTargetService } from "./lookup";
import { requireServiceState } from "./require-service-state";

type IngressDoc = VpcIngressConnection;
type Settle = { arn: string; status: "AVAILABLE" | "DELETED" };

/** PENDING_* statuses settle after a while, as AWS provisions the endpoint. */
export function defineVpcIngressTimers(lifecycle: Lifecycle, store: ResourceStore): void {
  lifecycle.define("vpc-ingress-settle", (payload, timer) => {
    const { arn, status } = payload as Settle;
    const row = store.get(arn);
    if (!row || !row.status.startsWith("PENDING_")) return;
    const doc: IngressDoc = { ...parseDoc<IngressDoc>(row), Status: status };
    if (status === "DELETED") doc.DeletedAt = epochSeconds(timer.due_at);
    store.saveDoc(row, status, doc);
  });
}

function save(
  ctx: HandlerContext,
  row: ResourceRow,
  doc: IngressDoc,
  settle: Settle["status"],
): IngressDoc {
  ctx.store.saveDoc(row, doc.Status!, doc);
  ctx.lifecycle.after(
    ctx.lifecycle.fraction(0.3),
    "vpc-ingress-settle",
    { arn: row.arn, status: settle },
    ctx.now,
  );
  return doc;
}

/**
 * The statuses each change allows. "The VPC Ingress Connection must be in one of the following
 * states to be updated: AVAILABLE, FAILED_CREATION, FAILED_UPDATE" (API_UpdateVpcIngressConnection);
 * "… to be deleted: AVAILABLE, FAILED_CREATION, FAILED_UPDATE, FAILED_DELETION"
 * (API_DeleteVpcIngressConnection).
 */
const SETTLED = {
  update: ["AVAILABLE", "FAILED_CREATION", "FAILED_UPDATE"],
  delete: ["AVAILABLE", "FAILED_CREATION", "FAILED_UPDATE", "FAILED_DELETION"],
} as const;

function requireSettled(row: ResourceRow, action: keyof typeof SETTLED): void {
  if ((SETTLED[action] as readonly string[]).includes(row.status)) return;
  throw new InvalidStateError(
    `You can't ${action} ${row.arn} while its status is ${row.status}; it must be one of ${SETTLED[action].join(", ")}.`,
  );
}

export const vpcIngressHandlers = {
  CreateVpcIngressConnection(input, ctx) {
    const service = requireTargetService(ctx, input.ServiceArn);
    requireServiceState(service, "CreateVpcIngressConnection");
    const live = ctx.store.all("vpc-ingress", ctx.region).filter((r) => r.status !== "DELETED");
    if (live.some((r) => r.name === input.VpcIngressConnectionName))
      throw new InvalidRequestError(
        `VPC ingress connection with the provided name already exists: ${input.VpcIngressConnectionName}`,
      );
    if (live.length >= QUOTAS.vpcIngressConnections)
      throw new ServiceQuotaExceededError(
        `You have reached the quota of ${QUOTAS.vpcIngressConnections} VPC ingress connections.`,
      );
    const arn = `${arnPrefix(ctx.region, ctx.account)}:vpcingressconnection/${input.VpcIngressConnectionName}/${hex32()}`;
    const doc: IngressDoc = {
      VpcIngressConnectionArn: arn,
      VpcIngressConnectionName: input.VpcIngressConnectionName,
      ServiceArn: service.arn,
      Status: "PENDING_CREATION",
      AccountId: ctx.account,
      DomainName: `${urlSlug()}.${service.name.toLowerCase()}.${ctx.region}.awsapprunner.com`,
      IngressVpcConfiguration: input.IngressVpcConfiguration,
      CreatedAt: epochSeconds(ctx.now),
    };
    insertResource(
      ctx,
      {
        arn,
        kind: "vpc-ingress",
        name: input.VpcIngressConnectionName,
        status: "PENDING_CREATION",
        link: service.arn,
        tags: input.Tags,
      },
      doc,
    );
    return { VpcIngressConnection: save(ctx, ctx.store.get(arn)!, doc, "AVAILABLE") };
  },

  DescribeVpcIngressConnection(input, ctx) {
    const row = requireResource(ctx, input.VpcIngressConnectionArn, "vpc-ingress");
    return { VpcIngressConnection: parseDoc<IngressDoc>(row) };
  },

  UpdateVpcIngressConnection(input, ctx) {
    const row = requireResource(ctx, input.VpcIngressConnectionArn, "vpc-ingress");
    requireSettled(row, "update");
    const doc: IngressDoc = {
      ...parseDoc<IngressDoc>(row),
      IngressVpcConfiguration: input.IngressVpcConfiguration,
      Status: "PENDING_UPDATE",
    };
    return { VpcIngressConnection: save(ctx, row, doc, "AVAILABLE") };
  },

  DeleteVpcIngressConnection(input, ctx) {
    const row = requireResource(ctx, input.VpcIngressConnectionArn, "vpc-ingress");
    requireSettled(row, "delete");
    const doc: IngressDoc = { ...parseDoc<IngressDoc>(row), Status: "PENDING_DELETION" };
    return { VpcIngressConnection: save(ctx, row, doc, "DELETED") };
  },

  ListVpcIngressConnections(input, ctx) {
    // "The VPC Ingress Connections to be listed based on either the Service Arn or Vpc Endpoint
    // Id, or both." (API_ListVpcIngressConnections): both given, a connection must match both.
    const { ServiceArn: service, VpcEndpointId: endpoint } = input.Filter ?? {};
    const docs = ctx.store
      .all("vpc-ingress", ctx.region)
      .filter((r) => r.status !== "DELETED")
      .map((r) => parseDoc<IngressDoc>(r))
      .filter(
        (d) =>
          (service === undefined || d.ServiceArn === service) &&
          (endpoint === undefined || d.IngressVpcConfiguration?.VpcEndpointId === endpoint),
      );
    const page = pageArray(docs, "vpc-ingress", input.NextToken, pageSize(input.MaxResults, 100));
    return {
      VpcIngressConnectionSummaryList: page.items.map((d) => ({
        VpcIngressConnectionArn: d.VpcIngressConnectionArn,
        ServiceArn: d.ServiceArn,
      })),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  },
} satisfies Partial<AppRunnerHandlers>;
