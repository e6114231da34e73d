/**
 * Where an API member (`SourceConfiguration.ImageRepository.ImageIdentifier`, as
 * validateOperationInput and toAppRunnerFailure name it) lives in the wizard's form, so a server-side
 * problem lands on the field a person can fix.
 */
const RULES: readonly [RegExp, string][] = [
  [/^ServiceName$/, "service.name"],
  [/ImageRepository\.ImageIdentifier$/, "source.imageIdentifier"],
  [/ImageRepository\.ImageRepositoryType$/, "source.imageRepositoryType"],
  [/AuthenticationConfiguration\.AccessRoleArn$/, "source.accessRoleArn"],
  [/AuthenticationConfiguration(\.ConnectionArn)?$/, "source.connectionArn"],
  [/AutoDeploymentsEnabled$/, "source.autoDeployments"],
  [/CodeRepository\.RepositoryUrl$/, "source.repositoryUrl"],
  [/SourceCodeVersion(\.\w+)?$/, "source.branch"],
  [/SourceDirectory$/, "source.sourceDirectory"],
  [/ConfigurationSource$/, "build.configurationSource"],
  [/Runtime$/, "build.runtime"],
  [/CodeConfigurationValues$/, "build.runtime"],
  [/BuildCommand$/, "build.buildCommand"],
  [/StartCommand$/, "build.startCommand"],
  [/\.Port$/, "build.port"],
  [/RuntimeEnvironment(Variables|Secrets)/, "build.env"],
  [/^InstanceConfiguration\.(Cpu|Memory)$/, "instance.size"],
  [/^InstanceConfiguration\.InstanceRoleArn$/, "instance.instanceRoleArn"],
  [/^AutoScalingConfigurationArn$/, "instance.autoScalingArn"],
  [/^NetworkConfiguration\.IngressConfiguration/, "network.ingress"],
  [/^NetworkConfiguration\.EgressConfiguration\.VpcConnectorArn$/, "network.vpcConnectorArn"],
  [/^NetworkConfiguration\.EgressConfiguration/, "network.egressType"],
  [/^NetworkConfiguration\.IpAddressType$/, "network.ipAddressType"],
  [/^HealthCheckConfiguration\.Protocol$/, "healthCheck.protocol"],
  [/^HealthCheckConfiguration\.Path$/, "healthCheck.path"],
  [/^HealthCheckConfiguration\.Interval$/, "healthCheck.interval"],
  [/^HealthCheckConfiguration\.Timeout$/, "healthCheck.timeout"],
  [/^HealthCheckConfiguration\.HealthyThreshold$/, "healthCheck.healthyThreshold"],
  [/^HealthCheckConfiguration\.UnhealthyThreshold$/, "healthCheck.unhealthyThreshold"],
  [/^ObservabilityConfiguration/, "service.observabilityConfigurationArn"],
  [/^EncryptionConfiguration/, "service.kmsKey"],
];

export function formFieldForApiPath(apiPath: string): string | undefined {
  const tag = /^Tags\[(\d+)\]\.(Key|Value)$/.exec(apiPath);
  if (tag) return `service.tags.${tag[1]}.${tag[2]!.toLowerCase()}`;
  // The list as a whole (the tag limit): the tags editor shows it.
  if (apiPath.startsWith("Tags")) return "service.tags";
  return RULES.find(([pattern]) => pattern.test(apiPath))?.[1];
}
