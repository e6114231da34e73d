import type { CreateServiceCommandInput } from "@aws-sdk/client-apprunner";

import { REFERENCED_ARNS, referencedArns } from "./apprunner-cloudformation";
import { attribute, block, expression, hclText, type HclItem } from "./hcl";
import { sortedEntries } from "./source-parts";

/** `VpcConnectorArn` → `vpc_connector_arn`: the provider names each argument after the API member. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

const MAPS = new Set(["RuntimeEnvironmentVariables", "RuntimeEnvironmentSecrets"]);

/** The referenced ARNs become variables (as in the CloudFormation export); this one's name. */
const variableFor: Record<string, string> = Object.fromEntries(
  REFERENCED_ARNS.map(({ parameter }) => [parameter, snakeCase(parameter)]),
);

function body(value: Record<string, unknown>, arns: Record<string, string | undefined>): HclItem[] {
  return Object.entries(value).flatMap(([key, v]): HclItem[] => {
    const name = snakeCase(key);
    if (v === undefined || v === null || v === "") return [];
    if (arns[key] !== undefined && v === arns[key]) {
      return attribute(name, expression(`var.${variableFor[key]}`));
    }
    if (MAPS.has(key)) {
      const entries = sortedEntries(v as Record<string, string>);
      return entries.length ? attribute(name, { map: Object.fromEntries(entries) }) : [];
    }
    if (typeof v === "object") return block(name, body(v as Record<string, unknown>, arns));
    return attribute(name, v as string | number | boolean);
  });
}

/**
 * The service as Terraform's `aws_apprunner_service`, arguments named after the API members
 * (aws_apprunner_service, Terraform AWS provider: `source_configuration`, `instance_configuration`,
 * `health_check_configuration`, `network_configuration`, `observability_configuration`,
 * `encryption_configuration`, `auto_scaling_configuration_arn`, `tags`). The auto scaling, VPC
 * connector and observability configurations are referenced by ARN through variables.
 */
export function toAppRunnerTerraform(input: CreateServiceCommandInput): string {
  const arns = referencedArns(input);
  const { Tags, ...rest } = input;
  const variables = REFERENCED_ARNS.flatMap(({ parameter, type }) => {
    const arn = arns[parameter];
    return arn
      ? block(
          "variable",
          [
            ...attribute("description", `ARN of the ${type} the service uses`),
            ...attribute("type", expression("string")),
            ...attribute("default", arn),
          ],
          [variableFor[parameter]!],
        )
      : [];
  });
  const tags = (Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""] as const);
  const service = block(
    "resource",
    [
      ...body(rest as Record<string, unknown>, arns),
      ...(tags.length ? attribute("tags", { map: Object.fromEntries(tags) }) : []),
    ],
    ["aws_apprunner_service", "this"],
  );
  return hclText([...variables, ...service]);
}
