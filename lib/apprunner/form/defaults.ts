import { DEFAULT_INSTANCE, DEFAULT_PORT, HEALTH_CHECK_DEFAULTS } from "@/lib/apprunner/constants";

import type { WizardValues } from "./wizard-values";

/** A blank form: App Runner's own defaults wherever it has one. */
export function blankValues(): WizardValues {
  return {
    source: {
      type: "image",
      imageRepositoryType: "ECR_PUBLIC",
      imageIdentifier: "",
      accessRoleArn: "",
      connectionArn: "",
      repositoryUrl: "",
      branch: "main",
      sourceDirectory: "",
      autoDeployments: false,
    },
    build: {
      configurationSource: "API",
      runtime: "",
      buildCommand: "",
      startCommand: "",
      port: DEFAULT_PORT,
      env: [],
    },
    instance: {
      cpu: DEFAULT_INSTANCE.Cpu,
      memory: DEFAULT_INSTANCE.Memory,
      instanceRoleArn: "",
      autoScaling: "default",
      autoScalingArn: "",
    },
    network: {
      ingress: "public",
      egressType: "DEFAULT",
      vpcConnectorArn: "",
      ipAddressType: "IPV4",
    },
    healthCheck: {
      protocol: HEALTH_CHECK_DEFAULTS.Protocol,
      path: HEALTH_CHECK_DEFAULTS.Path,
      interval: HEALTH_CHECK_DEFAULTS.Interval,
      timeout: HEALTH_CHECK_DEFAULTS.Timeout,
      healthyThreshold: HEALTH_CHECK_DEFAULTS.HealthyThreshold,
      unhealthyThreshold: HEALTH_CHECK_DEFAULTS.UnhealthyThreshold,
    },
    service: {
      name: "",
      tracing: false,
      observabilityConfigurationArn: "",
      encryption: "aws",
      kmsKey: "",
      tags: [],
    },
  };
}
