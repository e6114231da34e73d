/** What App Runner fills in when a CreateService request leaves a member out. */
export const HEALTH_CHECK_DEFAULTS = {
  Protocol: "TCP",
  Path: "/",
  Interval: 5,
  Timeout: 2,
  HealthyThreshold: 1,
  UnhealthyThreshold: 5,
} as const;

export const DEFAULT_PORT = "8080";

export const DEFAULT_INSTANCE = { Cpu: "1024", Memory: "2048" } as const;

export const DEFAULT_AUTO_SCALING = {
  AutoScalingConfigurationName: "DefaultConfiguration",
  AutoScalingConfigurationRevision: 1,
  MaxConcurrency: 100,
  MinSize: 1,
  MaxSize: 25,
} as const;

export const DEFAULT_NETWORK = {
  EgressType: "DEFAULT",
  IsPubliclyAccessible: true,
  IpAddressType: "IPV4",
} as const;
