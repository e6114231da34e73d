/** `arn:<partition>:apprunner:<region>:<account>:service/<name>/<32 hex>` */
const SERVICE_ARN =
  /^arn:(aws[a-z-]*):apprunner:([a-z0-9-]+):(\d{12}):service\/([A-Za-z0-9][A-Za-z0-9_-]{3,39})\/([0-9a-f]{32})$/;

export type ServiceArnParts = {
  partition: string;
  region: string;
  account: string;
  name: string;
  id: string;
};

export function parseServiceArn(arn: string): ServiceArnParts | undefined {
  const m = SERVICE_ARN.exec(arn);
  if (!m) return undefined;
  return { partition: m[1]!, region: m[2]!, account: m[3]!, name: m[4]!, id: m[5]! };
}

/** The log group App Runner writes the service's event and deployment logs to. */
export function serviceLogGroup(arn: string): string | undefined {
  const parts = parseServiceArn(arn);
  return parts && `/aws/apprunner/${parts.name}/${parts.id}/service`;
}

/** The readable page address of a service: `/services/<name>/<id>`. */
export function servicePath(arn: string): string | undefined {
  const parts = parseServiceArn(arn);
  return parts && `/services/${parts.name}/${parts.id}`;
}
