import type { CreateServiceCommandInput } from "@aws-sdk/client-apprunner";

import { normalizeCpu, normalizeMemory } from "@/lib/apprunner/constants";
// Read where a request is imported or a service duplicated, never in a first load: the whole
// enums module is fine here.
import * as enums from "@/lib/apprunner/schema/enums.generated";

import { blankValues } from "./defaults";
import type { WizardValues } from "./wizard-values";

type EnvRow = WizardValues["build"]["env"][number];

function envRows(
  plain: Record<string, string> | undefined,
  secret: Record<string, string> | undefined,
): EnvRow[] {
  return [
    ...Object.entries(plain ?? {}).map(([name, value]) => ({
      name,
      value,
      kind: "plain" as const,
    })),
    ...Object.entries(secret ?? {}).map(([name, value]) => ({
      name,
      value,
      kind: "secret" as const,
    })),
  ];
}

/** Like `??` for enums: a value outside the allowed set falls back to the default. */
function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * A CreateService request (as a person wrote it, or as rebuilt from a Service) → form values.
 * Anything the request leaves out keeps the blank form's default.
 */
export function fromCreateServiceInput(input: Partial<CreateServiceCommandInput>): WizardValues {
  const values = blankValues();
  const sc = input.SourceConfiguration;
  const image = sc?.ImageRepository;
  const code = sc?.CodeRepository;
  if (image) {
    const repoType = oneOf(image.ImageRepositoryType, enums.ImageRepositoryTypeValues, "ECR");
    const cfg = image.ImageConfiguration;
    values.source = {
      ...values.source,
      type: "image",
      imageRepositoryType: repoType,
      imageIdentifier: image.ImageIdentifier ?? "",
      accessRoleArn: sc?.AuthenticationConfiguration?.AccessRoleArn ?? "",
      // App Runner's default: on for private ECR, off (and not allowed) for ECR Public.
      autoDeployments: sc?.AutoDeploymentsEnabled ?? repoType === "ECR",
    };
    values.build = {
      ...values.build,
      startCommand: cfg?.StartCommand ?? "",
      port: cfg?.Port ?? values.build.port,
      env: envRows(cfg?.RuntimeEnvironmentVariables, cfg?.RuntimeEnvironmentSecrets),
    };
  } else if (code) {
    const codeConfig = code.CodeConfiguration;
    const cv = codeConfig?.CodeConfigurationValues;
    values.source = {
      ...values.source,
      type: "code",
      connectionArn: sc?.AuthenticationConfiguration?.ConnectionArn ?? "",
      repositoryUrl: code.RepositoryUrl ?? "",
      branch: code.SourceCodeVersion?.Value ?? values.source.branch,
      sourceDirectory: code.SourceDirectory ?? "",
      autoDeployments: sc?.AutoDeploymentsEnabled ?? true,
    };
    values.build = {
      configurationSource: oneOf(
        codeConfig?.ConfigurationSource,
        enums.ConfigurationSourceValues,
        "API",
      ),
      runtime: oneOf<WizardValues["build"]["runtime"]>(cv?.Runtime, enums.RuntimeValues, ""),
      buildCommand: cv?.BuildCommand ?? "",
      startCommand: cv?.StartCommand ?? "",
      port: cv?.Port ?? values.build.port,
      env: envRows(cv?.RuntimeEnvironmentVariables, cv?.RuntimeEnvironmentSecrets),
    };
  }

  const inst = input.InstanceConfiguration;
  values.instance = {
    ...values.instance,
    cpu: (inst?.Cpu && normalizeCpu(inst.Cpu)) || values.instance.cpu,
    memory: (inst?.Memory && normalizeMemory(inst.Memory)) || values.instance.memory,
    instanceRoleArn: inst?.InstanceRoleArn ?? "",
    ...(input.AutoScalingConfigurationArn
      ? { autoScaling: "existing" as const, autoScalingArn: input.AutoScalingConfigurationArn }
      : {}),
  };

  const net = input.NetworkConfiguration;
  values.network = {
    ingress: net?.IngressConfiguration?.IsPubliclyAccessible === false ? "private" : "public",
    egressType: oneOf(net?.EgressConfiguration?.EgressType, enums.EgressTypeValues, "DEFAULT"),
    vpcConnectorArn: net?.EgressConfiguration?.VpcConnectorArn ?? "",
    ipAddressType: oneOf(net?.IpAddressType, enums.IpAddressTypeValues, "IPV4"),
  };

  const hc = input.HealthCheckConfiguration;
  const d = values.healthCheck;
  values.healthCheck = {
    protocol: oneOf(hc?.Protocol, enums.HealthCheckProtocolValues, d.protocol),
    path: hc?.Path ?? d.path,
    interval: hc?.Interval ?? d.interval,
    timeout: hc?.Timeout ?? d.timeout,
    healthyThreshold: hc?.HealthyThreshold ?? d.healthyThreshold,
    unhealthyThreshold: hc?.UnhealthyThreshold ?? d.unhealthyThreshold,
  };

  const obs = input.ObservabilityConfiguration;
  values.service = {
    name: input.ServiceName ?? "",
    tracing: obs?.ObservabilityEnabled ?? false,
    observabilityConfigurationArn: obs?.ObservabilityConfigurationArn ?? "",
    encryption: input.EncryptionConfiguration?.KmsKey ? "kms" : "aws",
    kmsKey: input.EncryptionConfiguration?.KmsKey ?? "",
    tags: (input.Tags ?? []).map((t) => ({ key: t.Key ?? "", value: t.Value ?? "" })),
  };
  return values;
}
