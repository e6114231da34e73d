import type { HandlerContext } from "../context";
import { InvalidRequestError } from "../errors";
import type { ResourceRow } from "../store/resource-store";

/**
 * App Runner refuses to delete what a live service still points to at `usedAt` (a JSON path in
 * the service's doc), so the service is never left naming a resource that is gone.
 */
export function requireUnused(
  ctx: HandlerContext,
  row: ResourceRow,
  usedAt: string,
  remedy: string,
): void {
  const user = ctx.store.serviceUsing(ctx.region, usedAt, row.arn);
  if (user)
    throw new InvalidRequestError(
      `You can't delete ${row.arn}: service ${user} uses it. ${remedy}`,
    );
}
