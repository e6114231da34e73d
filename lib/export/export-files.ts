import type { CreateServiceCommandInput } from "@aws-sdk/client-apprunner";

import { toAppRunnerCloudFormation } from "./apprunner-cloudformation";
import { toAppRunnerTerraform } from "./apprunner-terraform";
import { templateJson, templateYaml } from "./cloudformation-text";
import { expressCliCommand, expressRequestJson } from "./express-cli";
import { toExpressCloudFormation } from "./express-cloudformation";
import { toExpressRequest } from "./express-request";
import { toExpressTerraform } from "./express-terraform";
import { migrationReport } from "./migration-report";
import { migrationReportMarkdown } from "./migration-report-text";

export type ExportGroup = "apprunner" | "express" | "report";

export type ExportFile = {
  id: string;
  group: ExportGroup;
  title: string;
  fileName: string;
  mediaType: string;
  text: string;
};

/** A file name part from the service name; a draft without one is "service". */
function baseName(input: CreateServiceCommandInput): string {
  return (input.ServiceName ?? "").replace(/[^A-Za-z0-9_-]/g, "") || "service";
}

/**
 * Every export of one request, in the order the Export view shows them. Pure and
 * deterministic: the same request gives the same bytes (no dates, keys in a fixed order).
 */
export function exportFiles(input: CreateServiceCommandInput): ExportFile[] {
  const name = baseName(input);
  const appRunnerTemplate = toAppRunnerCloudFormation(input);
  const expressTemplate = toExpressCloudFormation(input);
  const request = toExpressRequest(input);
  return [
    {
      id: "apprunner-cfn-yaml",
      group: "apprunner",
      title: "App Runner CloudFormation (YAML)",
      fileName: `${name}-apprunner.cfn.yaml`,
      mediaType: "application/yaml",
      text: templateYaml(appRunnerTemplate),
    },
    {
      id: "apprunner-cfn-json",
      group: "apprunner",
      title: "App Runner CloudFormation (JSON)",
      fileName: `${name}-apprunner.cfn.json`,
      mediaType: "application/json",
      text: templateJson(appRunnerTemplate),
    },
    {
      id: "apprunner-terraform",
      group: "apprunner",
      title: "App Runner Terraform",
      fileName: `${name}-apprunner.tf`,
      mediaType: "text/plain",
      text: toAppRunnerTerraform(input),
    },
    {
      id: "express-request",
      group: "express",
      title: "Express Mode request (CreateExpressGatewayService JSON)",
      fileName: `${name}-express-request.json`,
      mediaType: "application/json",
      text: expressRequestJson(request),
    },
    {
      id: "express-cli",
      group: "express",
      title: "Express Mode AWS CLI command",
      fileName: `${name}-express-create.sh`,
      mediaType: "text/x-shellscript",
      text: expressCliCommand(request),
    },
    {
      id: "express-cfn-yaml",
      group: "express",
      title: "Express Mode CloudFormation (YAML)",
      fileName: `${name}-express.cfn.yaml`,
      mediaType: "application/yaml",
      text: templateYaml(expressTemplate),
    },
    {
      id: "express-cfn-json",
      group: "express",
      title: "Express Mode CloudFormation (JSON)",
      fileName: `${name}-express.cfn.json`,
      mediaType: "application/json",
      text: templateJson(expressTemplate),
    },
    {
      id: "express-terraform",
      group: "express",
      title: "Express Mode Terraform",
      fileName: `${name}-express.tf`,
      mediaType: "text/plain",
      text: toExpressTerraform(input),
    },
    {
      id: "migration-report",
      group: "report",
      title: "Migration report (Markdown)",
      fileName: `${name}-migration.md`,
      mediaType: "text/markdown",
      text: migrationReportMarkdown(input.ServiceName ?? name, migrationReport(input)),
    },
  ];
}
