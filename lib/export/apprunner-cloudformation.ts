import type { CreateServiceCommandInput } from "@aws-sdk/client-apprunner";

import { sortedEntries } from "./source-parts";

/**
 * Resources the service uses by ARN. They are referenced, not re-declared: the ARN is a template
 * parameter whose default is today's value, so the stack adopts nothing it didn't create and the
 * person can point it at a configuration of the new stack instead.
 */
export const REFERENCED_ARNS = [
  { parameter: "AutoScalingConfigurationArn", type: "AWS::AppRunner::AutoScalingConfiguration" },
  { parameter: "VpcConnectorArn", type: "AWS::AppRunner::VpcConnector" },
  {
    parameter: "ObservabilityConfigurationArn",
    type: "AWS::AppRunner::ObservabilityConfiguration",
  },
] as const;

type Parameter = (typeof REFERENCED_ARNS)[number]["parameter"];

/**
 * AWS::AppRunner::Service, CloudFormation template reference (ImageConfiguration):
 * "RuntimeEnvironmentVariables" : [ KeyValuePair, ... ] — a list of Name/Value pairs where the
 * API takes a map.
 */
function keyValuePairs(map: Record<string, string> | undefined) {
  const entries = sortedEntries(map);
  return entries.length ? entries.map(([Name, Value]) => ({ Name, Value })) : undefined;
}

function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0
  );
}

/** Plain data with App Runner's maps as CloudFormation's lists, and every key sorted. */
function toProperties(value: unknown, key = ""): unknown {
  if (key === "RuntimeEnvironmentVariables" || key === "RuntimeEnvironmentSecrets") {
    return keyValuePairs(value as Record<string, string>);
  }
  if (Array.isArray(value)) return value.map((v) => toProperties(v));
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, toProperties(v, k)] as const)
      // An emptied object (a connection not chosen yet) is left out like an empty value.
      .filter(([, v]) => v !== undefined && v !== "" && !isEmptyObject(v))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return Object.fromEntries(entries);
  }
  return value;
}

/** The ARN values this request holds, by template parameter. */
export function referencedArns(
  input: CreateServiceCommandInput,
): Partial<Record<Parameter, string>> {
  const egress = input.NetworkConfiguration?.EgressConfiguration;
  const observability = input.ObservabilityConfiguration;
  return {
    ...(input.AutoScalingConfigurationArn
      ? { AutoScalingConfigurationArn: input.AutoScalingConfigurationArn }
      : {}),
    ...(egress?.EgressType === "VPC" && egress.VpcConnectorArn
      ? { VpcConnectorArn: egress.VpcConnectorArn }
      : {}),
    ...(observability?.ObservabilityEnabled && observability.ObservabilityConfigurationArn
      ? { ObservabilityConfigurationArn: observability.ObservabilityConfigurationArn }
      : {}),
  };
}

/**
 * The service as an `AWS::AppRunner::Service` template: CloudFormation's property names are the
 * API's, so the request carries over as it is, apart from the environment maps (lists there)
 * and the referenced ARNs (parameters).
 */
export function toAppRunnerCloudFormation(input: CreateServiceCommandInput): object {
  const arns = referencedArns(input);
  const properties = toProperties(input) as Record<string, unknown>;
  const network = properties.NetworkConfiguration as
    { EgressConfiguration?: Record<string, unknown> } | undefined;
  const observability = properties.ObservabilityConfiguration as
    Record<string, unknown> | undefined;
  if (arns.AutoScalingConfigurationArn) {
    properties.AutoScalingConfigurationArn = { Ref: "AutoScalingConfigurationArn" };
  }
  if (arns.VpcConnectorArn && network?.EgressConfiguration) {
    network.EgressConfiguration.VpcConnectorArn = { Ref: "VpcConnectorArn" };
  }
  if (arns.ObservabilityConfigurationArn && observability) {
    observability.ObservabilityConfigurationArn = { Ref: "ObservabilityConfigurationArn" };
  }
  const parameters = Object.fromEntries(
    REFERENCED_ARNS.flatMap(({ parameter, type }) => {
      const arn = arns[parameter];
      return arn
        ? [
            [
              parameter,
              { Type: "String", Default: arn, Description: `ARN of the ${type} the service uses` },
            ],
          ]
        : [];
    }),
  );
  return {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: `App Runner service ${input.ServiceName ?? ""}, exported by Runnerdeck`,
    ...(Object.keys(parameters).length ? { Parameters: parameters } : {}),
    Resources: {
      Service: { Type: "AWS::AppRunner::Service", Properties: properties },
    },
  };
}
