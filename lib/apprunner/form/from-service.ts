import type { Service } from "@aws-sdk/client-apprunner";

import { fromCreateServiceInput } from "./from-create-service-input";
import type { WizardValues } from "./wizard-values";

/**
 * A service as DescribeService returns it → form values (for "Duplicate" and for importing a
 * DescribeService output). A default auto scaling configuration stays "default" rather than
 * pinning today's revision of it.
 */
export function fromService(service: Service): WizardValues {
  const autoScaling = service.AutoScalingConfigurationSummary;
  return fromCreateServiceInput({
    ServiceName: service.ServiceName ?? "",
    SourceConfiguration: service.SourceConfiguration,
    InstanceConfiguration: service.InstanceConfiguration,
    HealthCheckConfiguration: service.HealthCheckConfiguration,
    NetworkConfiguration: service.NetworkConfiguration,
    ObservabilityConfiguration: service.ObservabilityConfiguration,
    EncryptionConfiguration: service.EncryptionConfiguration,
    ...(autoScaling && !autoScaling.IsDefault && autoScaling.AutoScalingConfigurationArn
      ? { AutoScalingConfigurationArn: autoScaling.AutoScalingConfigurationArn }
      : {}),
  });
}
