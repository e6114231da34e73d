import type { HandlerContext } from "../context";
import { InvalidRequestError, ResourceNotFoundError, type ApiError } from "../errors";
import type { ResourceKind, ResourceRow } from "../store/resource-store";

const LABEL: Record<ResourceKind, string> = {
  service: "service",
  "auto-scaling": "auto scaling configuration",
  connection: "connection",
  "vpc-connector": "VPC connector",
  "vpc-ingress": "VPC ingress connection",
  observability: "observability configuration",
  "custom-domain": "custom domain",
};

/**
 * The row behind an ARN, if it is of that kind in the caller's region. Resources of other
 * regions are invisible, as in AWS.
 */
export function findResource(
  ctx: HandlerContext,
  arn: string,
  kind: ResourceKind,
): ResourceRow | undefined {
  const row = ctx.store.get(arn);
  return row && row.kind === kind && row.region === ctx.region ? row : undefined;
}

export function requireResource(
  ctx: HandlerContext,
  arn: string,
  kind: ResourceKind,
  error: (message: string) => ApiError = (m) => new ResourceNotFoundError(m),
): ResourceRow {
  const row = findResource(ctx, arn, kind);
  if (!row) throw error(`No ${LABEL[kind]} found with ARN ${arn} in ${ctx.region}.`);
  return row;
}

/**
 * The service a request attaches something to (a domain, an ingress connection). The attached
 * thing is the request's subject, so naming a missing service is a bad request, not a missing
 * resource.
 */
export function requireTargetService(ctx: HandlerContext, arn: string): ResourceRow {
  return requireResource(ctx, arn, "service", (m) => new InvalidRequestError(m));
}

/**
 * The resource a Delete names. Deleting what is already deleted (listed under `deletedStatus`):
 * AWS no longer finds it.
 */
export function requireUndeleted(
  ctx: HandlerContext,
  arn: string,
  kind: ResourceKind,
  deletedStatus: "DELETED" | "INACTIVE",
): ResourceRow {
  const row = requireResource(ctx, arn, kind);
  if (row.status === deletedStatus)
    throw new ResourceNotFoundError(`The ${LABEL[kind]} ${arn} is already deleted.`);
  return row;
}

export function parseDoc<T>(row: ResourceRow): T {
  return JSON.parse(row.doc) as T;
}

/** Page size: the caller's MaxResults, or the operation's maximum. */
export function pageSize(maxResults: number | undefined, max: number): number {
  return maxResults ?? max;
}
