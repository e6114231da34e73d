export type { ApiIssue } from "./api-issue";
export type { RuleCode } from "./rule-code";
export { createAutoScalingConfigurationIssues } from "./auto-scaling-rules";
export { createServiceIssues } from "./create-service-issues";
export { customDomainIssues, isWildcardDomain, wwwSubdomainOf } from "./custom-domain-rules";
export { environmentIssues } from "./environment-rules";
export { instanceIssues } from "./instance-rules";
export { networkIssues } from "./network-rules";
export {
  createObservabilityConfigurationIssues,
  observabilityIssues,
  RESERVED_OBSERVABILITY_NAME,
} from "./observability-rules";
export { operationRuleIssues } from "./operation-rules";
export { MAX_TAGS, QUOTAS } from "./quotas";
export { isSecretReference } from "./secret-reference";
export { deleteServiceRefusal } from "./service-delete-rules";
export {
  SERVICE_STATE_RULES,
  serviceStateRefusal,
  type ServiceStateOperation,
} from "./service-state-rules";
export { sourceConfigurationIssues } from "./source-rules";
export { tagIssues, tagLimitMessage } from "./tag-rules";
export { updateServiceIssues } from "./update-service-issues";
