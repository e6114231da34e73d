import type { OperationInput, OperationName } from "../schema/operations.generated";
import type { ApiIssue } from "./api-issue";
import { createAutoScalingConfigurationIssues } from "./auto-scaling-rules";
import { createServiceIssues } from "./create-service-issues";
import { customDomainIssues } from "./custom-domain-rules";
import { createObservabilityConfigurationIssues } from "./observability-rules";
import { tagIssues } from "./tag-rules";
import { updateServiceIssues } from "./update-service-issues";

type Rules = { [O in OperationName]?: (input: OperationInput<O>) => ApiIssue[] };

/** The operations with rules beyond their shapes; the rest have none. */
const RULES: Rules = {
  CreateService: createServiceIssues,
  UpdateService: updateServiceIssues,
  CreateAutoScalingConfiguration: createAutoScalingConfigurationIssues,
  AssociateCustomDomain: customDomainIssues,
  TagResource: (input) => tagIssues(input.Tags),
  CreateConnection: (input) => tagIssues(input.Tags),
  CreateObservabilityConfiguration: createObservabilityConfigurationIssues,
  CreateVpcConnector: (input) => tagIssues(input.Tags),
  CreateVpcIngressConnection: (input) => tagIssues(input.Tags),
};

export function operationRuleIssues<O extends OperationName>(
  operation: O,
  input: OperationInput<O>,
): ApiIssue[] {
  const rules = RULES[operation] as ((input: OperationInput<O>) => ApiIssue[]) | undefined;
  return rules ? rules(input) : [];
}
