/**
 * A stable, machine-readable name for the rule an issue breaks, so a caller can put its own words
 * on a field's problem (the wizard's friendlier wording) without writing the rule a second time.
 * The first group are the model's shape constraints; the rest are App Runner's prose rules.
 */
export type RuleCode =
  // The model's shapes (lib/apprunner/validation.ts)
  | "operation"
  | "body"
  | "type"
  | "required"
  | "length"
  | "list-length"
  | "range"
  | "pattern"
  | "enum"
  | "map-key"
  | "map-value"
  | "constraint"
  | "internal"
  // SourceConfiguration
  | "one-source"
  | "access-role-required"
  | "ecr-public-uri"
  | "ecr-private-uri"
  | "auto-deploy-unavailable"
  | "connection-required"
  | "code-configuration-required"
  | "code-configuration-values-required"
  // Environment variables and secrets
  | "reserved-env-name"
  | "env-limit"
  | "secret-reference"
  // InstanceConfiguration
  | "cpu-value"
  | "memory-value"
  | "cpu-memory-pair"
  // NetworkConfiguration
  | "vpc-connector-required"
  | "vpc-connector-unexpected"
  | "dual-stack-needs-public"
  // ObservabilityConfiguration
  | "observability-arn-required"
  | "observability-arn-unexpected"
  | "observability-name-reserved"
  // Tags
  | "tag-key-required"
  | "tag-key-reserved"
  | "tag-limit"
  // Auto scaling
  | "min-max-size"
  // Custom domains
  | "wildcard-position"
  | "wildcard-www";
