import type { Tag } from "../schema/shapes.generated";
import type { ApiIssue } from "./api-issue";
import { MAX_TAGS } from "./quotas";

/** `count` is how many distinct keys the resource would end up with. */
export function tagLimitMessage(count: number): string {
  return `A resource can have at most ${MAX_TAGS} tags; this request would give it ${count}`;
}

/**
 * The model's TagKey pattern refuses `aws:` only in lower case; AWS reserves the prefix in any
 * case. Tags without a Key cannot be stored (the model leaves Key optional). A request alone may
 * break the limit; what a resource already has is the server's to add.
 */
export function tagIssues(tags: readonly Tag[] | undefined, base = "Tags"): ApiIssue[] {
  const issues: ApiIssue[] = [];
  (tags ?? []).forEach((tag, index) => {
    if (tag.Key === undefined)
      issues.push({
        path: `${base}[${index}].Key`,
        rule: "tag-key-required",
        message: "A tag needs a Key",
      });
    else if (/^aws:/i.test(tag.Key))
      issues.push({
        path: `${base}[${index}].Key`,
        rule: "tag-key-reserved",
        message: `Tag key '${tag.Key}' starts with aws:, which is reserved for AWS`,
      });
  });
  const keys = new Set((tags ?? []).map((tag) => tag.Key)).size;
  if (keys > MAX_TAGS)
    issues.push({ path: base, rule: "tag-limit", message: tagLimitMessage(keys) });
  return issues;
}
