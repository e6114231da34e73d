import { MAX_TAGS, tagLimitMessage } from "@/lib/apprunner/rules";
import type { Tag } from "@/lib/apprunner/schema/shapes.generated";

import type { HandlerContext } from "../context";
import { InvalidRequestError } from "../errors";

/**
 * Adds or replaces tags. The request alone was checked against the limit by the shared rules;
 * only here are the resource's existing tags known, so existing + new is checked here.
 */
export function putTags(ctx: HandlerContext, arn: string, tags: readonly Tag[]): void {
  if (tags.length === 0) return;
  const keys = new Set(ctx.store.tags(arn).map((t) => t.Key));
  for (const t of tags) keys.add(t.Key!);
  if (keys.size > MAX_TAGS) throw new InvalidRequestError(tagLimitMessage(keys.size));
  ctx.store.putTags(
    arn,
    tags.map((t) => ({ Key: t.Key!, Value: t.Value ?? "" })),
  );
}
