import type { HandlerContext } from "../context";
import type { NewResource } from "../store/resource-store";

type Resource = Pick<NewResource, "arn" | "kind" | "name" | "status"> & { link?: string };

/**
 * Stores a new resource in the caller's region. Its API shape is kept whole as `doc`, so
 * Describe and List answer from it without rebuilding it.
 */
export function insertResource(ctx: HandlerContext, resource: Resource, doc: object): void {
  ctx.store.insert({
    ...resource,
    region: ctx.region,
    link: resource.link ?? null,
    doc: JSON.stringify(doc),
    extra: "{}",
  });
}
