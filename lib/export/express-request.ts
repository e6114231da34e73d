import type { CreateServiceCommandInput } from "@aws-sdk/client-apprunner";
import type { CreateExpressGatewayServiceCommandInput } from "@aws-sdk/client-ecs";

import { cpuUnits, memoryMiB, runSettings } from "./source-parts";

/**
 * What App Runner has no value for and the person must fill in. The roles are required:
 * CreateExpressGatewayService, API reference: "Provide an execution role for task operations
 * and an infrastructure role for managing Amazon Web Services resources on your behalf."
 */
export const EXPRESS_PLACEHOLDERS = {
  executionRoleArn: "<execution-role-arn>",
  infrastructureRoleArn: "<infrastructure-role-arn>",
  subnet: "<subnet-id>",
  securityGroup: "<security-group-id>",
} as const;

/**
 * App Runner's default auto scaling configuration. AutoScalingConfiguration, App Runner API
 * reference: MinSize "Default: 1", MaxSize "Default: 25".
 */
export const APP_RUNNER_DEFAULT_SCALING = { MinSize: 1, MaxSize: 25, MaxConcurrency: 100 };

/**
 * App Runner's StartCommand is one string; ECS's `command` is a list of arguments. A plain
 * command splits on spaces; one with quotes or shell syntax runs under `sh -c` as written.
 */
export function commandArgs(startCommand: string): string[] {
  const trimmed = startCommand.trim();
  return /["'`$|&;<>()\\*?~]/.test(trimmed) ? ["sh", "-c", trimmed] : trimmed.split(/\s+/);
}

/**
 * The ECS Express Mode counterpart of an App Runner CreateService request, typed against the
 * SDK so a field ECS doesn't have fails the type check. Only images carry over: a code
 * repository service's image must be built first, so its `image` is a placeholder.
 */
export function toExpressRequest(
  input: CreateServiceCommandInput,
): CreateExpressGatewayServiceCommandInput {
  const source = input.SourceConfiguration;
  const run = runSettings(input);
  const health = input.HealthCheckConfiguration;
  const egress = input.NetworkConfiguration?.EgressConfiguration;
  const tags = (input.Tags ?? []).map((t) => ({ key: t.Key, value: t.Value }));
  return {
    serviceName: input.ServiceName,
    executionRoleArn: EXPRESS_PLACEHOLDERS.executionRoleArn,
    infrastructureRoleArn: EXPRESS_PLACEHOLDERS.infrastructureRoleArn,
    primaryContainer: {
      image: source?.ImageRepository?.ImageIdentifier ?? "<image-built-from-the-repository>",
      // ExpressGatewayContainer: the container port "defaults to 80"; App Runner's is 8080.
      containerPort: Number(run.port ?? "8080"),
      ...(run.startCommand ? { command: commandArgs(run.startCommand) } : {}),
      ...(run.env.length ? { environment: run.env.map(([name, value]) => ({ name, value })) } : {}),
      ...(run.secrets.length
        ? { secrets: run.secrets.map(([name, valueFrom]) => ({ name, valueFrom })) }
        : {}),
    },
    ...(input.InstanceConfiguration?.InstanceRoleArn
      ? { taskRoleArn: input.InstanceConfiguration.InstanceRoleArn }
      : {}),
    cpu: cpuUnits(input.InstanceConfiguration?.Cpu) ?? "1024",
    memory: memoryMiB(input.InstanceConfiguration?.Memory) ?? "2048",
    // A TCP check has no path: Express Mode's load balancer checks over HTTP only.
    ...(health?.Protocol === "HTTP" ? { healthCheckPath: health.Path || "/" } : {}),
    ...(egress?.EgressType === "VPC"
      ? {
          networkConfiguration: {
            subnets: [EXPRESS_PLACEHOLDERS.subnet],
            securityGroups: [EXPRESS_PLACEHOLDERS.securityGroup],
          },
        }
      : {}),
    ...(input.AutoScalingConfigurationArn
      ? {}
      : {
          scalingTarget: {
            minTaskCount: APP_RUNNER_DEFAULT_SCALING.MinSize,
            maxTaskCount: APP_RUNNER_DEFAULT_SCALING.MaxSize,
          },
        }),
    ...(tags.length ? { tags } : {}),
  };
}
