import { execFileSync } from "node:child_process";

import type { CreateExpressGatewayServiceCommandInput } from "@aws-sdk/client-ecs";
import { describe, expect, test } from "vitest";
import { parse as parseYaml } from "yaml";

import { exportFiles } from "@/lib/export/export-files";
import { expressCliCommand } from "@/lib/export/express-cli";
import { commandArgs, toExpressRequest } from "@/lib/export/express-request";

import { everySectionInput, presetInputs } from "./export-services";

const inputs = [...presetInputs(), ["every-section", everySectionInput()] as const];

// Checked by `tsc --noEmit`: the request is the SDK's own input type, and a member ECS doesn't
// have is refused, so an export can't drift into fields the API would reject.
const typed: CreateExpressGatewayServiceCommandInput = toExpressRequest(everySectionInput());
const refused: CreateExpressGatewayServiceCommandInput = {
  infrastructureRoleArn: "arn:aws:iam::123456789012:role/infra",
  // @ts-expect-error -- App Runner's name for it; ECS has no such member.
  InstanceConfiguration: { Cpu: "1024" },
};

type Template = {
  Parameters: Record<string, { Type: string }>;
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
};

describe.each(inputs)("Express Mode exports of %s", (_name, input) => {
  const files = exportFiles(input);
  const text = (id: string) => files.find((f) => f.id === id)!.text;

  test("the request file is the request, and the CLI command passes it through the shell unchanged", () => {
    const request = toExpressRequest(input);
    expect(JSON.parse(text("express-request"))).toEqual(request);
    // The command as a shell runs it, with `aws` standing in to print its --cli-input-json.
    const printed = execFileSync(
      "sh",
      ["-c", `aws() { printf '%s' "$4"; }\n${text("express-cli")}`],
      {
        encoding: "utf8",
      },
    );
    expect(JSON.parse(printed)).toEqual(request);
    expect(text("express-cli")).toMatch(
      /^aws ecs create-express-gateway-service --cli-input-json '/,
    );
  });

  test("the CloudFormation templates parse, agree, and have the required properties", () => {
    const json = JSON.parse(text("express-cfn-json")) as Template;
    expect(parseYaml(text("express-cfn-yaml"))).toEqual(json);
    const service = json.Resources.Service!;
    expect(service.Type).toBe("AWS::ECS::ExpressGatewayService");
    // aws_ecs_express_gateway_service (Terraform AWS provider): "The following arguments are
    // required: execution_role_arn, infrastructure_role_arn"; CfnExpressGatewayService (CDK):
    // executionRoleArn, infrastructureRoleArn and primaryContainer.image come before "the
    // properties below are optional".
    expect(service.Properties.ExecutionRoleArn).toEqual({ Ref: "ExecutionRoleArn" });
    expect(service.Properties.InfrastructureRoleArn).toEqual({ Ref: "InfrastructureRoleArn" });
    expect((service.Properties.PrimaryContainer as { Image: string }).Image).toEqual(
      expect.any(String),
    );
    // Every parameter the resource refers to is declared.
    const refs = JSON.stringify(service).match(/"Ref":"(\w+)"/g) ?? [];
    for (const ref of refs) expect(json.Parameters).toHaveProperty(ref.slice(7, -1));
  });

  test("the Terraform export declares the resource and the variables it uses", () => {
    const tf = text("express-terraform");
    expect(tf).toMatch(/^resource "aws_ecs_express_gateway_service" "this" \{$/m);
    for (const used of tf.matchAll(/var\.(\w+)/g)) {
      expect(tf).toContain(`variable "${used[1]}" {`);
    }
    expect(tf).toContain(`image          = "${toExpressRequest(input).primaryContainer!.image}"`);
  });
});

describe("the request carries the service over", () => {
  test("image, port, command, environment, secrets, size, roles, health path, tags", () => {
    expect(typed.primaryContainer).toEqual({
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop:2.4.1",
      containerPort: 3000,
      command: ["sh", "-c", `node server.js --name "shop front"`],
      environment: [
        { name: "GREETING", value: `it's "quoted" \${not} a template` },
        { name: "NODE_ENV", value: "production" },
      ],
      secrets: [
        { name: "API_KEY", valueFrom: "shop-api-key" },
        {
          name: "DB_PASSWORD",
          valueFrom: "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop-db-AbCdEf",
        },
      ],
    });
    expect(typed).toMatchObject({
      serviceName: "shop-front",
      cpu: "2048",
      memory: "4096",
      taskRoleArn: "arn:aws:iam::123456789012:role/shop-instance",
      healthCheckPath: "/healthz",
      tags: [
        { key: "team", value: "checkout" },
        { key: "cost-centre", value: "42" },
      ],
    });
    expect(typed.networkConfiguration?.subnets).toHaveLength(1);
    expect(refused.infrastructureRoleArn).toBeDefined();
  });

  test("a TCP health check leaves the path to Express Mode's default; App Runner's default port is kept", () => {
    const [, code] = presetInputs()[0]!;
    const request = toExpressRequest(code);
    expect(request.healthCheckPath).toBeUndefined();
    expect(request.primaryContainer?.containerPort).toBe(8080);
    expect(request.primaryContainer?.image).toMatch(/^<.+>$/);
  });

  test("start commands become argument lists", () => {
    expect(commandArgs("python  server.py --port 8080")).toEqual([
      "python",
      "server.py",
      "--port",
      "8080",
    ]);
    expect(commandArgs("npm start && echo done")).toEqual(["sh", "-c", "npm start && echo done"]);
  });

  test("the CLI command escapes single quotes for the shell", () => {
    const command = expressCliCommand({ infrastructureRoleArn: "it's" });
    const printed = execFileSync("sh", ["-c", `aws() { printf '%s' "$4"; }\n${command}`], {
      encoding: "utf8",
    });
    expect(JSON.parse(printed)).toEqual({ infrastructureRoleArn: "it's" });
  });
});
