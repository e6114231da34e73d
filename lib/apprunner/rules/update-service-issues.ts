import type { UpdateServiceRequest } from "../schema/shapes.generated";
import type { ApiIssue } from "./api-issue";
import { instanceIssues } from "./instance-rules";
import { networkIssues } from "./network-rules";
import { observabilityIssues } from "./observability-rules";
import { sourceConfigurationIssues } from "./source-rules";

/**
 * UpdateService's stateless rules: the same as CreateService for the parts the request replaces.
 * What depends on the current service (code↔image switch, a Cpu or Memory left unchanged) is the
 * server's to check.
 */
export function updateServiceIssues(input: UpdateServiceRequest): ApiIssue[] {
  return [
    ...(input.SourceConfiguration
      ? sourceConfigurationIssues(input.SourceConfiguration, "update")
      : []),
    ...(input.InstanceConfiguration ? instanceIssues(input.InstanceConfiguration, "update") : []),
    ...(input.NetworkConfiguration ? networkIssues(input.NetworkConfiguration) : []),
    ...(input.ObservabilityConfiguration
      ? observabilityIssues(input.ObservabilityConfiguration)
      : []),
  ];
}
