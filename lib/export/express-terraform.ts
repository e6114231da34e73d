import type { CreateServiceCommandInput } from "@aws-sdk/client-apprunner";

import { snakeCase } from "./apprunner-terraform";
import { toExpressRequest } from "./express-request";
import { attribute, block, expression, hclText, type HclItem } from "./hcl";

/**
 * The Express Mode counterpart as Terraform's `aws_ecs_express_gateway_service`
 * (Terraform AWS provider, aws_ecs_express_gateway_service: `execution_role_arn` and
 * `infrastructure_role_arn` "(Required)"; `primary_container` with `environment` and `secret`
 * blocks; `network_configuration`; `scaling_target`). The roles, and a VPC service's subnets
 * and security groups, are variables the person fills in.
 */
export function toExpressTerraform(input: CreateServiceCommandInput): string {
  const request = toExpressRequest(input);
  const container = request.primaryContainer;
  const vpc = request.networkConfiguration !== undefined;
  const variable = (name: string, description: string, type = "string") =>
    block(
      "variable",
      [...attribute("description", description), ...attribute("type", expression(type))],
      [name],
    );
  const containerBody: HclItem[] = container
    ? [
        ...attribute("image", container.image),
        ...attribute("container_port", container.containerPort),
        ...(container.command ? attribute("command", container.command) : []),
        ...(container.environment ?? []).flatMap((e) =>
          block("environment", [
            ...attribute("name", e.name),
            ...attribute("value", e.value ?? ""),
          ]),
        ),
        // The provider's example spells the block `secret`, one per secret.
        ...(container.secrets ?? []).flatMap((s) =>
          block("secret", [...attribute("name", s.name), ...attribute("value_from", s.valueFrom)]),
        ),
      ]
    : [];
  const scaling = request.scalingTarget;
  const service = block(
    "resource",
    [
      ...attribute("service_name", request.serviceName),
      ...attribute("execution_role_arn", expression("var.execution_role_arn")),
      ...attribute("infrastructure_role_arn", expression("var.infrastructure_role_arn")),
      ...attribute("task_role_arn", request.taskRoleArn),
      ...attribute("cpu", request.cpu),
      ...attribute("memory", request.memory),
      ...attribute("health_check_path", request.healthCheckPath),
      ...block("primary_container", containerBody),
      ...(vpc
        ? block("network_configuration", [
            ...attribute("subnets", expression("var.subnets")),
            ...attribute("security_groups", expression("var.security_groups")),
          ])
        : []),
      ...(scaling
        ? block(
            "scaling_target",
            Object.entries(scaling).flatMap(([k, v]) => attribute(snakeCase(k), v as number)),
          )
        : []),
      ...(request.tags?.length
        ? attribute("tags", {
            map: Object.fromEntries(request.tags.map((t) => [t.key ?? "", t.value ?? ""])),
          })
        : []),
    ],
    ["aws_ecs_express_gateway_service", "this"],
  );
  return hclText([
    ...variable(
      "execution_role_arn",
      "Task execution role: pulls the image, writes logs, reads secrets",
    ),
    ...variable(
      "infrastructure_role_arn",
      "Infrastructure role: lets ECS create the load balancer, security groups and scaling",
    ),
    ...(vpc
      ? [
          ...variable(
            "subnets",
            "Subnets of the App Runner VPC connector (at least two)",
            "list(string)",
          ),
          ...variable(
            "security_groups",
            "Security groups of the App Runner VPC connector",
            "list(string)",
          ),
        ]
      : []),
    ...service,
  ]);
}
