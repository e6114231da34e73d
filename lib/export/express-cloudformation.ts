import type { CreateServiceCommandInput } from "@aws-sdk/client-apprunner";

import { toExpressRequest } from "./express-request";
import { pascalKeys } from "./pascal-keys";

/**
 * The Express Mode counterpart as an `AWS::ECS::ExpressGatewayService` template. What App Runner
 * has no value for (the two roles; subnets and security groups for a VPC service) becomes a
 * template parameter. AWS::ECS::ExpressGatewayService, CloudFormation template reference:
 * "Provide an execution role for task operations and an infrastructure role for managing AWS
 * resources on your behalf."
 */
export function toExpressCloudFormation(input: CreateServiceCommandInput): object {
  const request = toExpressRequest(input);
  const vpc = request.networkConfiguration !== undefined;
  const properties = pascalKeys({
    ...request,
    executionRoleArn: undefined,
    infrastructureRoleArn: undefined,
    networkConfiguration: undefined,
  }) as Record<string, unknown>;
  const defined = Object.fromEntries(
    Object.entries({
      ...properties,
      ExecutionRoleArn: { Ref: "ExecutionRoleArn" },
      InfrastructureRoleArn: { Ref: "InfrastructureRoleArn" },
      ...(vpc
        ? {
            NetworkConfiguration: {
              Subnets: { Ref: "Subnets" },
              SecurityGroups: { Ref: "SecurityGroups" },
            },
          }
        : {}),
    })
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: `ECS Express Mode counterpart of the App Runner service ${input.ServiceName ?? ""}, exported by Runnerdeck`,
    Parameters: {
      ExecutionRoleArn: {
        Type: "String",
        Description:
          "Task execution role: pulls the image, writes logs, reads secrets (AmazonECSTaskExecutionRolePolicy or equivalent)",
      },
      InfrastructureRoleArn: {
        Type: "String",
        Description:
          "Infrastructure role: lets ECS create the load balancer, security groups and scaling (AmazonECSInfrastructureRoleforExpressGatewayServices)",
      },
      ...(vpc
        ? {
            Subnets: {
              Type: "List<AWS::EC2::Subnet::Id>",
              Description: "The subnets of the App Runner VPC connector, or others in the same VPC",
            },
            SecurityGroups: {
              Type: "List<AWS::EC2::SecurityGroup::Id>",
              Description: "The security groups of the App Runner VPC connector",
            },
          }
        : {}),
    },
    Resources: {
      Service: { Type: "AWS::ECS::ExpressGatewayService", Properties: defined },
    },
  };
}
