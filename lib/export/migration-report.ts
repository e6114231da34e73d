import type { CreateServiceCommandInput } from "@aws-sdk/client-apprunner";

import { APP_RUNNER_DEFAULT_SCALING } from "./express-request";
import { leafPaths, type Leaf } from "./leaf-paths";

/** What happens to one App Runner setting in ECS Express Mode. */
export type Fate = "carried" | "changed" | "none";

export const FATE_LABELS: Record<Fate, string> = {
  carried: "Carried over",
  changed: "Changed",
  none: "No counterpart",
};

export type ReportRow = {
  /** The setting's path in the CreateService request, e.g. `InstanceConfiguration.Cpu`. */
  path: string;
  value: string;
  fate: Fate;
  /** Where it goes in CreateExpressGatewayService, or what stands in for it. */
  counterpart: string;
  /** What the person must do, when anything. */
  action?: string;
};

type Rule = {
  pattern: RegExp;
  row: (leaf: Leaf) => Omit<ReportRow, "path" | "value">;
};

const RUN = String.raw`SourceConfiguration\.(ImageRepository\.ImageConfiguration|CodeRepository\.CodeConfiguration\.CodeConfigurationValues)`;

// "Resources created by Amazon ECS Express Mode services", Amazon ECS Developer Guide: "an
// Express Mode service requires only a container image, task execution role and
// infrastructure role to get started." Nothing in the request builds code.
const BUILD_FIRST = {
  fate: "none" as const,
  counterpart: "none: Express Mode runs a container image",
  action:
    "Build an image from the repository (e.g. in CI with a Dockerfile), push it to Amazon ECR, and put its URI in primaryContainer.image.",
};

const RULES: Rule[] = [
  {
    pattern: /^ServiceName$/,
    row: () => ({ fate: "carried", counterpart: "serviceName" }),
  },
  {
    pattern: /^SourceConfiguration\.ImageRepository\.ImageIdentifier$/,
    row: () => ({ fate: "carried", counterpart: "primaryContainer.image" }),
  },
  {
    // CreateExpressGatewayServiceRequest.executionRoleArn (SDK docs): "This role is required for
    // Amazon ECS to pull container images from Amazon ECR".
    pattern: /^SourceConfiguration\.ImageRepository\.ImageRepositoryType$/,
    row: (l) => ({
      fate: "changed",
      counterpart: "none needed: the image URI names its registry",
      action:
        l.value === "ECR"
          ? "The execution role pulls private ECR images: give it AmazonECSTaskExecutionRolePolicy or equivalent."
          : undefined,
    }),
  },
  {
    pattern: /^SourceConfiguration\.AuthenticationConfiguration\.AccessRoleArn$/,
    row: () => ({
      fate: "changed",
      counterpart: "executionRoleArn",
      action:
        "App Runner's access role does not carry over: the task execution role pulls the image instead.",
    }),
  },
  {
    pattern: /^SourceConfiguration\.AuthenticationConfiguration\.ConnectionArn$/,
    row: () => BUILD_FIRST,
  },
  {
    pattern: /^SourceConfiguration\.AutoDeploymentsEnabled$/,
    row: (l) => ({
      fate: l.value === true ? "none" : "carried",
      counterpart: "no setting in CreateExpressGatewayService",
      action:
        l.value === true
          ? "Deploy new images yourself, e.g. from CI with aws ecs update-express-gateway-service."
          : undefined,
    }),
  },
  {
    pattern:
      /^SourceConfiguration\.CodeRepository\.(RepositoryUrl|SourceDirectory|SourceCodeVersion\.\w+|CodeConfiguration\.ConfigurationSource|CodeConfiguration\.CodeConfigurationValues\.(Runtime|BuildCommand))$/,
    row: () => BUILD_FIRST,
  },
  {
    // ExpressGatewayContainer (SDK docs): "the container port (defaults to 80)".
    pattern: new RegExp(`^${RUN}\\.Port$`),
    row: () => ({
      fate: "changed",
      counterpart: "primaryContainer.containerPort (a number)",
    }),
  },
  {
    pattern: new RegExp(`^${RUN}\\.StartCommand$`),
    row: () => ({
      fate: "changed",
      counterpart: "primaryContainer.command (a list of arguments)",
      action: "Check the split into arguments; quoted or shell commands run under sh -c.",
    }),
  },
  {
    pattern: new RegExp(`^${RUN}\\.RuntimeEnvironmentVariables\\.`),
    row: () => ({ fate: "carried", counterpart: "primaryContainer.environment" }),
  },
  {
    // executionRoleArn (SDK docs): the role is needed to "retrieve sensitive data from ...
    // Parameter Store or ... Secrets Manager".
    pattern: new RegExp(`^${RUN}\\.RuntimeEnvironmentSecrets\\.`),
    row: () => ({
      fate: "carried",
      counterpart: "primaryContainer.secrets (valueFrom)",
      action: "The execution role must be allowed to read this secret or parameter.",
    }),
  },
  {
    pattern: /^InstanceConfiguration\.Cpu$/,
    row: () => ({ fate: "carried", counterpart: "cpu (CPU units)" }),
  },
  {
    pattern: /^InstanceConfiguration\.Memory$/,
    row: () => ({ fate: "carried", counterpart: "memory (MiB)" }),
  },
  {
    // taskRoleArn (SDK docs): "The Amazon Resource Name (ARN) of the IAM role that containers in
    // this task can assume."
    pattern: /^InstanceConfiguration\.InstanceRoleArn$/,
    row: () => ({
      fate: "changed",
      counterpart: "taskRoleArn",
      action: "Let ECS tasks assume the role: its trust policy names App Runner today.",
    }),
  },
  {
    // ExpressGatewayScalingTarget, ECS API reference: autoScalingMetric "Valid Values:
    // AVERAGE_CPU | AVERAGE_MEMORY | REQUEST_COUNT_PER_TARGET" — no concurrency metric.
    pattern: /^AutoScalingConfigurationArn$/,
    row: () => ({
      fate: "changed",
      counterpart: "scalingTarget (minTaskCount, maxTaskCount, autoScalingMetric)",
      action:
        "Copy MinSize and MaxSize from this configuration; its MaxConcurrency has no counterpart: choose AVERAGE_CPU or REQUEST_COUNT_PER_TARGET and a target value.",
    }),
  },
  {
    // healthCheckPath (SDK docs): "The path on the container that the Application Load Balancer
    // uses for health checks."
    pattern: /^HealthCheckConfiguration\.Protocol$/,
    row: (l) =>
      l.value === "TCP"
        ? {
            fate: "changed",
            counterpart: "healthCheckPath (HTTP only)",
            action:
              "Express Mode checks over HTTP: serve a path that answers 200 and set healthCheckPath (the default is /ping).",
          }
        : { fate: "carried", counterpart: "the load balancer's HTTP health check" },
  },
  {
    pattern: /^HealthCheckConfiguration\.Path$/,
    row: () => ({ fate: "carried", counterpart: "healthCheckPath" }),
  },
  {
    // "Resources created by Amazon ECS Express Mode services": "Application Load Balancer with
    // HTTPS listener, listener rules, and target groups".
    pattern: /^HealthCheckConfiguration\.(Interval|Timeout|HealthyThreshold|UnhealthyThreshold)$/,
    row: () => ({
      fate: "none",
      counterpart: "no field in CreateExpressGatewayService",
      action:
        "If the defaults don't suit, change the health check of the target group Express Mode creates.",
    }),
  },
  {
    pattern: /^NetworkConfiguration\.IngressConfiguration\.IsPubliclyAccessible$/,
    row: (l) =>
      l.value === true
        ? { fate: "carried", counterpart: "the Application Load Balancer Express Mode creates" }
        : {
            fate: "none",
            counterpart: "no private-endpoint field in CreateExpressGatewayService",
            action:
              "The documentation we checked doesn't say how to make the load balancer internal: verify before moving a private service.",
          },
  },
  {
    // ExpressGatewayServiceNetworkConfiguration, ECS API reference: "By default, an Express
    // service utilizes subnets and security groups associated with the default VPC."
    pattern: /^NetworkConfiguration\.EgressConfiguration\.EgressType$/,
    row: (l) =>
      l.value === "VPC"
        ? { fate: "changed", counterpart: "networkConfiguration (the tasks run in your VPC)" }
        : { fate: "changed", counterpart: "no networkConfiguration: the default VPC's subnets" },
  },
  {
    // aws_ecs_express_gateway_service (Terraform AWS provider): "At least 2 subnets must be
    // specified when using network configuration."
    pattern: /^NetworkConfiguration\.EgressConfiguration\.VpcConnectorArn$/,
    row: () => ({
      fate: "changed",
      counterpart: "networkConfiguration.subnets and securityGroups",
      action:
        "Use the connector's subnets (at least two) and security groups; no connector is needed.",
    }),
  },
  {
    pattern: /^NetworkConfiguration\.IpAddressType$/,
    row: (l) => ({
      fate: l.value === "IPV4" ? "carried" : "none",
      counterpart: "no field in CreateExpressGatewayService",
      action: l.value === "IPV4" ? undefined : "Dual-stack has no setting in the request.",
    }),
  },
  {
    pattern: /^ObservabilityConfiguration\.ObservabilityEnabled$/,
    row: (l) =>
      l.value === true
        ? {
            fate: "none",
            counterpart: "no tracing field in CreateExpressGatewayService",
            action:
              "Tracing needs a collector of your own (see the observability configuration row).",
          }
        : { fate: "carried", counterpart: "nothing to set: tracing is off" },
  },
  {
    // taskDefinitionArn (SDK docs): "This allows you to manage your own task definition, giving
    // you more control over the service configuration such as adding sidecar containers."
    pattern: /^ObservabilityConfiguration\.ObservabilityConfigurationArn$/,
    row: () => ({
      fate: "none",
      counterpart: "no tracing field in CreateExpressGatewayService",
      action:
        "For X-Ray tracing, add a collector sidecar in a task definition of your own (taskDefinitionArn).",
    }),
  },
  {
    // EncryptionConfiguration, App Runner API reference: the key App Runner "uses to encrypt the
    // copy of your source repository that it maintains and your service logs".
    pattern: /^EncryptionConfiguration\.KmsKey$/,
    row: () => ({
      fate: "none",
      counterpart: "no encryption field in CreateExpressGatewayService",
      action:
        "Encrypt the ECR repository and the service's log group with this key if you need it.",
    }),
  },
  {
    pattern: /^Tags\.\d+\.(Key|Value)$/,
    row: () => ({ fate: "carried", counterpart: "tags" }),
  },
];

/** The rule for one setting, or undefined for a setting this report doesn't know. */
export function ruleFor(path: string): Rule | undefined {
  return RULES.find((r) => r.pattern.test(path));
}

/**
 * Every setting of the request with its Express Mode counterpart. A setting no rule knows is
 * listed as such rather than left out, so nothing silently disappears from the report.
 */
export function migrationReport(input: CreateServiceCommandInput): ReportRow[] {
  const rows = leafPaths(input).map((leaf): ReportRow => {
    const rule = ruleFor(leaf.path);
    const base = { path: leaf.path, value: String(leaf.value) };
    return rule
      ? { ...base, ...rule.row(leaf) }
      : {
          ...base,
          fate: "none",
          counterpart: "not mapped by Runnerdeck",
          action: "Check by hand.",
        };
  });
  if (!input.AutoScalingConfigurationArn) {
    rows.push({
      path: "AutoScalingConfigurationArn",
      value: "(App Runner's default)",
      fate: "changed",
      counterpart: `scalingTarget: minTaskCount ${APP_RUNNER_DEFAULT_SCALING.MinSize}, maxTaskCount ${APP_RUNNER_DEFAULT_SCALING.MaxSize}`,
      action: `App Runner scales on ${APP_RUNNER_DEFAULT_SCALING.MaxConcurrency} concurrent requests per instance; Express Mode on a metric target (CPU by default, 60).`,
    });
  }
  return rows;
}

/**
 * What Express Mode creates around the service and what the person must bring.
 * "Resources created by Amazon ECS Express Mode services", Amazon ECS Developer Guide.
 */
export const EXPRESS_CREATES: readonly string[] = [
  "the default ECS cluster (if it does not already exist) with Fargate capacity providers",
  "a task definition with container, logging and networking configuration",
  "a service with canary deployment and auto scaling",
  "an Application Load Balancer with an HTTPS listener, listener rules and target groups",
  "security groups with minimal required ingress",
  "service-linked roles for auto scaling and load balancing",
  "an Application Auto Scaling target and target tracking policy",
  "a log group for the service, metric alarms to detect bad deployments, and an ACM certificate",
];

/** CreateExpressGatewayServiceRequest (SDK docs) for the two roles. */
export const YOU_PROVIDE: readonly { name: string; what: string }[] = [
  {
    name: "Task execution role (executionRoleArn)",
    what: "lets ECS pull the image, send logs to CloudWatch Logs and read secrets; AmazonECSTaskExecutionRolePolicy or equivalent",
  },
  {
    name: "Infrastructure role (infrastructureRoleArn)",
    what: "lets ECS create and manage the load balancer, target groups, security groups and scaling; AmazonECSInfrastructureRoleforExpressGatewayServices",
  },
];
