/**
 * Partial ARNs cut from a full one the server returned, so a test needs no account id or region
 * of its own: `arn:…:autoscalingconfiguration/name/3/<id>` → `…/name` or `…/name/3`.
 */
export function partialArn(fullArn: string, upTo: "name" | "revision"): string {
  const parts = fullArn.split("/");
  if (parts.length !== 4) throw new Error(`not a revisioned resource ARN: ${fullArn}`);
  return parts.slice(0, upTo === "name" ? 2 : 3).join("/");
}

/** The ARN of nothing, in the account and region of an ARN the server returned. */
export function missingArnLike(fullArn: string, resource: string): string {
  const head = fullArn.split(":").slice(0, 5).join(":");
  return `${head}:${resource}/0123456789abcdef0123456789abcdef`;
}
