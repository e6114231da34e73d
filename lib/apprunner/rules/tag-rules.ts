import type { Tag } from "../schema/shapes.generated";
import type { ApiIssue } from "./api-issue";

/**
 * The model's TagKey pattern refuses `aws:` only in lower case; AWS reserves the prefix in any
 * case. Tags without a Key cannot be stored (the model leaves Key optional).
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
  return issues;
}
