import type {
  AutoScalingConfigurationSummary,
  CreateServiceRequest,
  Service,
  ServiceSummary,
  SourceConfiguration,
  UpdateServiceRequest,
} from "@/lib/apprunner/schema/shapes.generated";

import {
  DEFAULT_INSTANCE,
  DEFAULT_PORT,
  HEALTH_CHECK_DEFAULTS,
  normalizeCpu,
  normalizeMemory,
} from "@/lib/apprunner/constants";

export type ServiceDoc = Service;

/** AutoDeploymentsEnabled defaults to false where it is not supported (ECR Public, other accounts). */
function withSourceDefaults(source: SourceConfiguration, account: string): SourceConfiguration {
  const out: SourceConfiguration = structuredClone(source);
  if (out.ImageRepository) {
    const image = out.ImageRepository;
    const sameAccount = image.ImageIdentifier?.startsWith(`${account}.`) ?? false;
    const supported = image.ImageRepositoryType === "ECR" && sameAccount;
    out.AutoDeploymentsEnabled ??= supported;
    image.ImageConfiguration = {
      ...image.ImageConfiguration,
      Port: image.ImageConfiguration?.Port ?? DEFAULT_PORT,
    };
  } else if (out.CodeRepository) {
    out.AutoDeploymentsEnabled ??= true;
    const values = out.CodeRepository.CodeConfiguration?.CodeConfigurationValues;
    if (values) values.Port ??= DEFAULT_PORT;
  }
  return out;
}

type Configurable = Pick<
  CreateServiceRequest,
  | "InstanceConfiguration"
  | "HealthCheckConfiguration"
  | "NetworkConfiguration"
  | "ObservabilityConfiguration"
>;

/** The configuration members of a Service, each with FACTS.md's defaults filled in. */
function configuration(
  input: Configurable,
): Pick<
  ServiceDoc,
  | "InstanceConfiguration"
  | "HealthCheckConfiguration"
  | "NetworkConfiguration"
  | "ObservabilityConfiguration"
> {
  const instance = input.InstanceConfiguration;
  const network = input.NetworkConfiguration;
  const egress = network?.EgressConfiguration;
  return {
    InstanceConfiguration: {
      Cpu: normalizeCpu(instance?.Cpu ?? DEFAULT_INSTANCE.Cpu) ?? DEFAULT_INSTANCE.Cpu,
      Memory:
        normalizeMemory(instance?.Memory ?? DEFAULT_INSTANCE.Memory) ?? DEFAULT_INSTANCE.Memory,
      ...(instance?.InstanceRoleArn ? { InstanceRoleArn: instance.InstanceRoleArn } : {}),
    },
    HealthCheckConfiguration: { ...HEALTH_CHECK_DEFAULTS, ...input.HealthCheckConfiguration },
    NetworkConfiguration: {
      EgressConfiguration:
        egress?.EgressType === "VPC"
          ? { EgressType: "VPC", VpcConnectorArn: egress.VpcConnectorArn }
          : { EgressType: "DEFAULT" },
      IngressConfiguration: {
        IsPubliclyAccessible: network?.IngressConfiguration?.IsPubliclyAccessible ?? true,
      },
      IpAddressType: network?.IpAddressType ?? "IPV4",
    },
    ObservabilityConfiguration: input.ObservabilityConfiguration?.ObservabilityEnabled
      ? {
          ObservabilityEnabled: true,
          ObservabilityConfigurationArn:
            input.ObservabilityConfiguration.ObservabilityConfigurationArn,
        }
      : { ObservabilityEnabled: false },
  };
}

export type NewServiceIds = {
  arn: string;
  id: string;
  url: string;
  account: string;
  nowSeconds: number;
};

export function buildService(
  input: CreateServiceRequest,
  ids: NewServiceIds,
  autoScaling: AutoScalingConfigurationSummary,
): ServiceDoc {
  return {
    ServiceName: input.ServiceName,
    ServiceId: ids.id,
    ServiceArn: ids.arn,
    ServiceUrl: ids.url,
    CreatedAt: ids.nowSeconds,
    UpdatedAt: ids.nowSeconds,
    Status: "OPERATION_IN_PROGRESS",
    SourceConfiguration: withSourceDefaults(input.SourceConfiguration!, ids.account),
    ...configuration(input),
    ...(input.EncryptionConfiguration
      ? { EncryptionConfiguration: { KmsKey: input.EncryptionConfiguration.KmsKey } }
      : {}),
    AutoScalingConfigurationSummary: autoScaling,
  } as ServiceDoc;
}

/**
 * UpdateService's result: members given replace the current ones (with defaults filled);
 * members left out keep their current values.
 */
export function updatedService(
  current: ServiceDoc,
  input: UpdateServiceRequest,
  account: string,
  autoScaling: AutoScalingConfigurationSummary | undefined,
): ServiceDoc {
  const next = structuredClone(current);
  const filled = configuration(input);
  const source = input.SourceConfiguration;
  if (source) {
    // "CodeConfiguration is required only for CreateService request" (API_CodeRepository): an
    // update that leaves it out keeps the service's build and start settings.
    const code = source.CodeRepository;
    const keptCode = current.SourceConfiguration.CodeRepository?.CodeConfiguration;
    // Credentials left out keep the current ones, as the reference checks already assume.
    next.SourceConfiguration = withSourceDefaults(
      {
        ...source,
        ...(code && !code.CodeConfiguration && keptCode
          ? { CodeRepository: { ...code, CodeConfiguration: keptCode } }
          : {}),
        AuthenticationConfiguration:
          source.AuthenticationConfiguration ??
          current.SourceConfiguration.AuthenticationConfiguration,
      },
      account,
    );
  }
  if (input.InstanceConfiguration) {
    // Cpu or Memory left out keeps the current value, so a one-sided change stays a real size.
    const given = input.InstanceConfiguration;
    next.InstanceConfiguration = {
      ...filled.InstanceConfiguration,
      Cpu: given.Cpu ? filled.InstanceConfiguration.Cpu : current.InstanceConfiguration.Cpu,
      Memory: given.Memory
        ? filled.InstanceConfiguration.Memory
        : current.InstanceConfiguration.Memory,
    };
  }
  if (input.HealthCheckConfiguration)
    next.HealthCheckConfiguration = filled.HealthCheckConfiguration;
  const network = input.NetworkConfiguration;
  if (network) {
    // Each part left out stays as it is: changing ingress must not drop a VPC egress.
    const now = current.NetworkConfiguration;
    const fill = filled.NetworkConfiguration;
    next.NetworkConfiguration = {
      EgressConfiguration: network.EgressConfiguration
        ? fill.EgressConfiguration
        : now.EgressConfiguration,
      IngressConfiguration: network.IngressConfiguration
        ? fill.IngressConfiguration
        : now.IngressConfiguration,
      IpAddressType: network.IpAddressType ? fill.IpAddressType : now.IpAddressType,
    };
  }
  if (input.ObservabilityConfiguration)
    next.ObservabilityConfiguration = filled.ObservabilityConfiguration;
  if (autoScaling) next.AutoScalingConfigurationSummary = autoScaling;
  return next;
}

export function toServiceSummary(doc: ServiceDoc): ServiceSummary {
  return {
    ServiceName: doc.ServiceName,
    ServiceId: doc.ServiceId,
    ServiceArn: doc.ServiceArn,
    ServiceUrl: doc.ServiceUrl,
    CreatedAt: doc.CreatedAt,
    UpdatedAt: doc.UpdatedAt,
    Status: doc.Status,
  };
}
