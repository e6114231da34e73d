import type { ServiceObservabilityConfiguration } from "../schema/shapes.generated";
import type { ApiIssue } from "./api-issue";

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
