/**
 * The name inside an App Runner resource ARN: the segment after the resource type
 * (`…:connection/<name>/<id>`, `…:vpcconnector/<name>/<revision>/<id>`), or undefined.
 */
export function resourceNameFromArn(arn: string): string | undefined {
  if (!arn.startsWith("arn:")) return undefined;
  const name = arn.split("/")[1];
  return name || undefined;
}
