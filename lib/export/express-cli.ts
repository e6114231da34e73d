import type { CreateExpressGatewayServiceCommandInput } from "@aws-sdk/client-ecs";

/** The request as `--cli-input-json` takes it: the API's member names, as the SDK's input has them. */
export function expressRequestJson(request: CreateExpressGatewayServiceCommandInput): string {
  return `${JSON.stringify(request, null, 2)}\n`;
}

/**
 * The AWS CLI command (create-express-gateway-service, AWS CLI reference: "--execution-role-arn
 * <value> --infrastructure-role-arn <value> ... --primary-container <value>"); one JSON document
 * rather than a flag per member, single quotes escaped for POSIX shells.
 */
export function expressCliCommand(request: CreateExpressGatewayServiceCommandInput): string {
  const json = JSON.stringify(request, null, 2).replaceAll("'", `'\\''`);
  return `aws ecs create-express-gateway-service --cli-input-json '${json}'\n`;
}
