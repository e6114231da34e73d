import { describe, expect, it } from "vitest";

import { updateServiceIssues } from "@/lib/apprunner/rules";
import { validateOperationInput } from "@/lib/apprunner/validation";

const SERVICE_ARN =
  "arn:aws:apprunner:us-east-1:123456789012:service/hello-app/8fe1e10304f84fd2b0df550fe98a71fa";
const CONNECTION =
  "arn:aws:apprunner:us-east-1:123456789012:connection/gh/e7656250f67242d7819feade6800f59e";

describe("updateServiceIssues", () => {
  it("has nothing to say about an update that only names the service", () => {
    expect(updateServiceIssues({ ServiceArn: SERVICE_ARN })).toEqual([]);
  });

  it("checks a Cpu/Memory pair only when both are given (the rest is the current service's)", () => {
    expect(
      updateServiceIssues({ ServiceArn: SERVICE_ARN, InstanceConfiguration: { Cpu: "4 vCPU" } }),
    ).toEqual([]);
    expect(
      updateServiceIssues({
        ServiceArn: SERVICE_ARN,
        InstanceConfiguration: { Cpu: "4 vCPU", Memory: "2 GB" },
      }),
    ).toEqual([
      {
        path: "InstanceConfiguration.Memory",
        rule: "cpu-memory-pair",
        message:
          "Cpu '4 vCPU' and Memory '2 GB' are not a valid pair: 4 vCPU allows 8 GB, 10 GB or 12 GB",
      },
    ]);
    expect(
      updateServiceIssues({
        ServiceArn: SERVICE_ARN,
        InstanceConfiguration: { Memory: "2 G8" },
      }).map((i) => i.path),
    ).toEqual(["InstanceConfiguration.Memory"]);
  });

  it("applies the source rules to a replaced source, but does not demand a CodeConfiguration", () => {
    expect(
      updateServiceIssues({
        ServiceArn: SERVICE_ARN,
        SourceConfiguration: {
          AuthenticationConfiguration: { ConnectionArn: CONNECTION },
          CodeRepository: {
            RepositoryUrl: "https://github.com/me/app",
            SourceCodeVersion: { Type: "BRANCH", Value: "release" },
          },
        },
      }),
    ).toEqual([]);
    expect(
      updateServiceIssues({
        ServiceArn: SERVICE_ARN,
        SourceConfiguration: {
          ImageRepository: {
            ImageIdentifier: "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v2",
            ImageRepositoryType: "ECR",
            ImageConfiguration: { RuntimeEnvironmentVariables: { PORT: "80" } },
          },
        },
      }).map((i) => i.path),
    ).toEqual([
      "SourceConfiguration.AuthenticationConfiguration.AccessRoleArn",
      "SourceConfiguration.ImageRepository.ImageConfiguration.RuntimeEnvironmentVariables",
    ]);
  });

  it("applies the network and observability rules", () => {
    expect(
      updateServiceIssues({
        ServiceArn: SERVICE_ARN,
        NetworkConfiguration: { EgressConfiguration: { EgressType: "VPC" } },
        ObservabilityConfiguration: { ObservabilityEnabled: true },
      }).map((i) => i.path),
    ).toEqual([
      "NetworkConfiguration.EgressConfiguration.VpcConnectorArn",
      "ObservabilityConfiguration.ObservabilityConfigurationArn",
    ]);
  });

  it("is what validateOperationInput applies to UpdateService", () => {
    const result = validateOperationInput("UpdateService", {
      ServiceArn: SERVICE_ARN,
      NetworkConfiguration: {
        IpAddressType: "DUAL_STACK",
        IngressConfiguration: { IsPubliclyAccessible: false },
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toBe(
        "1 validation error detected: Value at 'networkConfiguration.ipAddressType' failed to satisfy constraint: IpAddressType DUAL_STACK is only available with a public endpoint (IsPubliclyAccessible true)",
      );
  });
});

describe("rules of other operations", () => {
  it("CreateAutoScalingConfiguration: MinSize must not exceed MaxSize", () => {
    const create = (MinSize: number, MaxSize: number) =>
      validateOperationInput("CreateAutoScalingConfiguration", {
        AutoScalingConfigurationName: "high-availability",
        MinSize,
        MaxSize,
      });
    expect(create(3, 3).ok).toBe(true);
    const result = create(5, 3);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([
        {
          path: "MinSize",
          rule: "min-max-size",
          message: "MinSize (5) must be less than or equal to MaxSize (3)",
        },
      ]);
  });

  it("TagResource: refuses a reserved key in any case", () => {
    const result = validateOperationInput("TagResource", {
      ResourceArn: SERVICE_ARN,
      Tags: [{ Key: "Aws:owner", Value: "me" }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(["Tags[0].Key"]);
  });

  it("operations without extra rules pass on shape alone", () => {
    expect(validateOperationInput("ListServices", {}).ok).toBe(true);
    expect(
      validateOperationInput("ListOperations", { ServiceArn: SERVICE_ARN, MaxResults: 20 }).ok,
    ).toBe(true);
  });
});
