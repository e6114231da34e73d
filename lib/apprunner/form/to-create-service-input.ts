import type { CreateServiceCommandInput, SourceConfiguration } from "@aws-sdk/client-apprunner";

import type { WizardValues } from "./wizard-values";

// Types only: `import type` keeps the SDK out of the browser bundle.

/** Code read from `apprunner.yaml` replaces everything the build step asks for. */
export function usesRepositoryConfig(values: WizardValues): boolean {
  return values.source.type === "code" && values.build.configurationSource === "REPOSITORY";
}

function nonEmpty(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function envMaps(env: WizardValues["build"]["env"]) {
  const plain: Record<string, string> = {};
  const secret: Record<string, string> = {};
  for (const row of env) (row.kind === "secret" ? secret : plain)[row.name.trim()] = row.value;
  return {
    ...(Object.keys(plain).length ? { RuntimeEnvironmentVariables: plain } : {}),
    ...(Object.keys(secret).length ? { RuntimeEnvironmentSecrets: secret } : {}),
  };
}

function sourceConfiguration(values: WizardValues): SourceConfiguration {
  const { source, build } = values;
  if (source.type === "image") {
    const isPrivate = source.imageRepositoryType === "ECR";
    return {
      ImageRepository: {
        ImageIdentifier: source.imageIdentifier.trim(),
        ImageRepositoryType: source.imageRepositoryType,
        ImageConfiguration: {
          Port: build.port.trim(),
          ...(nonEmpty(build.startCommand) ? { StartCommand: build.startCommand.trim() } : {}),
          ...envMaps(build.env),
        },
      },
      AutoDeploymentsEnabled: source.autoDeployments,
      ...(isPrivate
        ? { AuthenticationConfiguration: { AccessRoleArn: source.accessRoleArn.trim() } }
        : {}),
    };
  }
  const fromRepository = usesRepositoryConfig(values);
  return {
    CodeRepository: {
      RepositoryUrl: source.repositoryUrl.trim(),
      SourceCodeVersion: { Type: "BRANCH", Value: source.branch.trim() },
      ...(nonEmpty(source.sourceDirectory)
        ? { SourceDirectory: source.sourceDirectory.trim() }
        : {}),
      CodeConfiguration: fromRepository
        ? { ConfigurationSource: "REPOSITORY" }
        : {
            ConfigurationSource: "API",
            CodeConfigurationValues: {
              Runtime: build.runtime === "" ? undefined : build.runtime,
              ...(nonEmpty(build.buildCommand) ? { BuildCommand: build.buildCommand.trim() } : {}),
              ...(nonEmpty(build.startCommand) ? { StartCommand: build.startCommand.trim() } : {}),
              Port: build.port.trim(),
              ...envMaps(build.env),
            } as NonNullable<
              NonNullable<SourceConfiguration["CodeRepository"]>["CodeConfiguration"]
            >["CodeConfigurationValues"],
          },
    },
    AutoDeploymentsEnabled: source.autoDeployments,
    AuthenticationConfiguration: { ConnectionArn: source.connectionArn.trim() },
  };
}

/**
 * The exact CreateService request the form describes. Empty optional fields are left out so
 * App Runner applies its own defaults, and the review page shows what is really sent.
 */
export function toCreateServiceInput(values: WizardValues): CreateServiceCommandInput {
  const { instance, network, healthCheck: hc, service } = values;
  const http = hc.protocol === "HTTP";
  const tags = service.tags.map((t) => ({ Key: t.key, Value: t.value }));
  return {
    ServiceName: service.name.trim(),
    SourceConfiguration: sourceConfiguration(values),
    InstanceConfiguration: {
      Cpu: instance.cpu,
      Memory: instance.memory,
      ...(nonEmpty(instance.instanceRoleArn)
        ? { InstanceRoleArn: instance.instanceRoleArn.trim() }
        : {}),
    },
    ...(instance.autoScaling === "existing" && nonEmpty(instance.autoScalingArn)
      ? { AutoScalingConfigurationArn: instance.autoScalingArn.trim() }
      : {}),
    NetworkConfiguration: {
      IngressConfiguration: { IsPubliclyAccessible: network.ingress === "public" },
      EgressConfiguration:
        network.egressType === "VPC"
          ? { EgressType: "VPC", VpcConnectorArn: network.vpcConnectorArn.trim() }
          : { EgressType: "DEFAULT" },
      IpAddressType: network.ipAddressType,
    },
    HealthCheckConfiguration: {
      Protocol: hc.protocol,
      ...(http ? { Path: hc.path.trim() } : {}),
      ...(hc.interval !== null ? { Interval: hc.interval } : {}),
      ...(hc.timeout !== null ? { Timeout: hc.timeout } : {}),
      ...(hc.healthyThreshold !== null ? { HealthyThreshold: hc.healthyThreshold } : {}),
      ...(hc.unhealthyThreshold !== null ? { UnhealthyThreshold: hc.unhealthyThreshold } : {}),
    },
    ObservabilityConfiguration: service.tracing
      ? {
          ObservabilityEnabled: true,
          ObservabilityConfigurationArn: service.observabilityConfigurationArn.trim(),
        }
      : { ObservabilityEnabled: false },
    ...(service.encryption === "kms"
      ? { EncryptionConfiguration: { KmsKey: service.kmsKey.trim() } }
      : {}),
    ...(tags.length ? { Tags: tags } : {}),
  };
}
