import type { CreateAutoScalingConfigurationRequest } from "../schema/shapes.generated";
import type { ApiIssue } from "./api-issue";
import { tagIssues } from "./tag-rules";

export function createAutoScalingConfigurationIssues(
  input: CreateAutoScalingConfigurationRequest,
): ApiIssue[] {
  const issues: ApiIssue[] = [];
  if (input.MinSize !== undefined && input.MaxSize !== undefined && input.MinSize > input.MaxSize)
    issues.push({
      path: "MinSize",
      rule: "min-max-size",
      message: `MinSize (${input.MinSize}) must be less than or equal to MaxSize (${input.MaxSize})`,
    });
  issues.push(...tagIssues(input.Tags));
  return issues;
}
