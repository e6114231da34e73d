import type { AppRunnerHandlers, HandlerContext } from "../context";
import { InvalidStateError, ResourceNotFoundError } from "../errors";
import type { ResourceRow } from "../store/resource-store";
import { putTags } from "./put-tags";

function taggable(ctx: HandlerContext, arn: string): ResourceRow {
  const row = ctx.store.get(arn);
  if (!row || row.kind === "custom-domain" || row.region !== ctx.region)
    throw new ResourceNotFoundError(
      `No App Runner resource found with ARN ${arn} in ${ctx.region}.`,
    );
  return row;
}

function requireLive(row: ResourceRow): void {
  if (row.status === "DELETED" || row.status === "INACTIVE")
    throw new InvalidStateError(`The resource ${row.arn} is ${row.status}; its tags can't change.`);
}

export const tagHandlers = {
  TagResource(input, ctx) {
    const row = taggable(ctx, input.ResourceArn);
    requireLive(row);
    putTags(ctx, row.arn, input.Tags);
    return {};
  },

  UntagResource(input, ctx) {
    const row = taggable(ctx, input.ResourceArn);
    requireLive(row);
    ctx.store.removeTags(row.arn, input.TagKeys);
    return {};
  },

  ListTagsForResource(input, ctx) {
    const row = taggable(ctx, input.ResourceArn);
    return { Tags: ctx.store.tags(row.arn) };
  },
} satisfies Partial<AppRunnerHandlers>;
