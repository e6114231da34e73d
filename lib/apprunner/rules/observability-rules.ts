import type {
  CreateObservabilityConfigurationRequest,
  ServiceObservabilityConfiguration,
} from "../schema/shapes.generated";
import type { ApiIssue } from "./api-issue";
import { tagIssues } from "./tag-rules";

/**
 * "The name DefaultConfiguration is reserved. You can't use it to create a new observability
 * configuration, and you can't create a revision of it." (API_CreateObservabilityConfiguration;
 * auto scaling reserved the same name once and no longer does.)
 */
export const RESERVED_OBSERVABILITY_NAME = "DefaultConfiguration";

export function createObservabilityConfigurationIssues(
  input: CreateObservabilityConfigurationRequest,
): ApiIssue[] {
  const issues = tagIssues(input.Tags);
  if (input.ObservabilityConfigurationName === RESERVED_OBSERVABILITY_NAME)
    issues.unshift({
      path: "ObservabilityConfigurationName",
      rule: "observability-name-reserved",
      message: `${RESERVED_OBSERVABILITY_NAME} is reserved by App Runner; choose another name`,
    });
  return issues;
}

const ARN_PATH = "ObservabilityConfiguration.ObservabilityConfigurationArn";

/** The model: the ARN is "specified only when ObservabilityEnabled is true" — and then needed. */
export function observabilityIssues(observability: ServiceObservabilityConfiguration): ApiIssue[] {
  const { ObservabilityEnabled: enabled, ObservabilityConfigurationArn: arn } = observability;
  if (enabled && !arn)
    return [
      {
        path: ARN_PATH,
        rule: "observability-arn-required",
        message: "ObservabilityEnabled true needs an ObservabilityConfigurationArn",
      },
    ];
  if (!enabled && arn)
    return [
      {
        path: ARN_PATH,
        rule: "observability-arn-unexpected",
        message: "ObservabilityConfigurationArn is only valid when ObservabilityEnabled is true",
      },
    ];
  return [];
}
