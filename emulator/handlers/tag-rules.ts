import type { Tag } from "@/lib/apprunner/schema/shapes.generated";

import type { HandlerContext } from "../context";
import { InvalidRequestError } from "../errors";

export const MAX_TAGS = 50;

/** Adds or replaces tags, refusing a resource that would end up with more than 50. */
export function putTags(ctx: HandlerContext, arn: string, tags: readonly Tag[]): void {
  if (tags.length === 0) return;
  const keys = new Set(ctx.store.tags(arn).map((t) => t.Key));
  for (const t of tags) keys.add(t.Key!);
  if (keys.size > MAX_TAGS)
    throw new InvalidRequestError(
      `A resource can have at most ${MAX_TAGS} tags; this request would give it ${keys.size}.`,
    );
  ctx.store.putTags(
    arn,
    tags.map((t) => ({ Key: t.Key!, Value: t.Value ?? "" })),
  );
}
