import type { CreateServiceRequest } from "../schema/shapes.generated";
import type { ApiIssue } from "./api-issue";
import { instanceIssues } from "./instance-rules";
import { networkIssues } from "./network-rules";
import { observabilityIssues } from "./observability-rules";
import { sourceConfigurationIssues } from "./source-rules";
import { tagIssues } from "./tag-rules";

/**
 * CreateService's rules beyond the model's shapes that need no server state (name uniqueness,
 * connection status, quotas and cross-account ECR are the server's to check). Expects input that
 * already passed the shape checks.
 */
export function createServiceIssues(input: CreateServiceRequest): ApiIssue[] {
  return [
    ...sourceConfigurationIssues(input.SourceConfiguration, "create"),
    ...instanceIssues(input.InstanceConfiguration ?? {}, "create"),
    ...(input.NetworkConfiguration ? networkIssues(input.NetworkConfiguration) : []),
    ...(input.ObservabilityConfiguration
      ? observabilityIssues(input.ObservabilityConfiguration)
      : []),
    ...tagIssues(input.Tags),
  ];
}
