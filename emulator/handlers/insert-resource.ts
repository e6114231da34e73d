import type { Tag } from "@/lib/apprunner/schema/shapes.generated";

import type { HandlerContext } from "../context";
import type { NewResource } from "../store/resource-store";
import { putTags } from "./put-tags";

type Resource = Pick<NewResource, "arn" | "kind" | "name" | "status"> & {
  link?: string;
  /** The Tags of the Create request, if the operation takes any. */
  tags?: readonly Tag[];
};

/**
 * Stores a new resource in the caller's region, with its tags. Its API shape is kept whole as
 * `doc`, so Describe and List answer from it without rebuilding it.
 */
export function insertResource(
  ctx: HandlerContext,
  { tags = [], link, ...resource }: Resource,
  doc: object,
): void {
  ctx.store.insert({
    ...resource,
    region: ctx.region,
    link: link ?? null,
    doc: JSON.stringify(doc),
    extra: "{}",
  });
  putTags(ctx, resource.arn, tags);
}
